// Checks a model declaration and lists every problem in words that name the parameter or equation.
import { guardExpression } from './expression-guard.ts';
import { ALLOWED_FUNCTIONS } from './math.ts';
import { KEY_PATTERN, SYMBOL_PATTERN, baselineTarget, keyToSymbol } from './symbols.ts';
import type { LocalText, ModelDeclaration, Source } from './types.ts';

export class ModelDeclarationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The model declaration has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ModelDeclarationError';
  }
}

/** The order in which equations must run, or the problems that prevent one. */
export interface CheckedDeclaration {
  problems: string[];
  /** Equation names, each after everything it reads. Empty when there are problems. */
  order: string[];
}

/** A slider with more positions than this cannot be moved to each of them, and its grid is rounding noise. */
export const MAX_SLIDER_STEPS = 1_000_000;

export function checkDeclaration(model: ModelDeclaration): CheckedDeclaration {
  const problems: string[] = [];
  const units = new Set(model.units.map((unit) => unit.id));
  const groups = new Set(model.groups.map((group) => group.id));
  const owners = new Map<string, string>();

  const claim = (symbol: string, owner: string) => {
    if (!SYMBOL_PATTERN.test(symbol))
      problems.push(`${owner}: "${symbol}" is not a valid symbol (letters and digits, starting lower-case)`);
    if (ALLOWED_FUNCTIONS.has(symbol)) problems.push(`${owner}: "${symbol}" is the name of a function`);
    const previous = owners.get(symbol);
    if (previous) problems.push(`${owner}: the symbol "${symbol}" is already used by ${previous}`);
    owners.set(symbol, owner);
  };

  for (const p of model.parameters) {
    const owner = `parameter "${p.key}"`;
    if (!KEY_PATTERN.test(p.key)) problems.push(`${owner}: the key must be kebab-case`);
    claim(keyToSymbol(p.key), owner);
    checkText(p.label, `${owner} label`, problems);
    // A missing note is the page's own copy waiting for its notes; the build requires every note (generate-model.ts).
    if (p.note !== undefined) checkText(p.note, `${owner} note`, problems);
    checkUnit(p.unit, units, owner, problems);
    checkSource(p.source, owner, problems);
    if (!groups.has(p.group)) problems.push(`${owner}: unknown group "${p.group}"`);
    const numbers = { min: p.min, max: p.max, step: p.step, default: p.default };
    for (const [name, value] of Object.entries(numbers)) {
      if (!Number.isFinite(value)) problems.push(`${owner}: ${name} is not a finite number`);
    }
    if (!(p.min < p.max)) problems.push(`${owner}: min (${p.min}) must be below max (${p.max})`);
    if (!(p.step > 0)) problems.push(`${owner}: step must be positive`);
    else if (!((p.max - p.min) / p.step <= MAX_SLIDER_STEPS))
      problems.push(
        `${owner}: step ${p.step} gives more than ${MAX_SLIDER_STEPS.toLocaleString('en')} steps from min to max`,
      );
    if (p.spread) {
      const { below, above, source } = p.spread;
      if (!(below >= 0 && above >= 0 && below + above > 0))
        problems.push(`${owner}: spread must be two non-negative numbers, not both 0`);
      checkSource(source, `${owner} spread`, problems);
    }
    if (p.default < p.min || p.default > p.max) {
      problems.push(`${owner}: default ${p.default} is outside its range ${p.min} to ${p.max}`);
    } else if (p.step > 0 && !isOnStep(p.default, p.min, p.step)) {
      problems.push(`${owner}: default ${p.default} is not on a step of ${p.step} from ${p.min}`);
    }
  }
  for (const c of model.constants) {
    const owner = `constant "${c.name}"`;
    claim(c.name, owner);
    checkText(c.label, `${owner} label`, problems);
    checkUnit(c.unit, units, owner, problems);
    checkSource(c.source, owner, problems);
    if (!Number.isFinite(c.value)) problems.push(`${owner}: value is not a finite number`);
  }
  for (const e of model.equations) {
    const owner = `equation "${e.name}"`;
    claim(e.name, owner);
    checkText(e.label, `${owner} label`, problems);
    checkUnit(e.unit, units, owner, problems);
  }

  const presetIds = new Set<string>();
  for (const preset of model.presets) {
    const owner = `preset "${preset.id}"`;
    if (!KEY_PATTERN.test(preset.id)) problems.push(`${owner}: the id must be kebab-case`);
    if (presetIds.has(preset.id)) problems.push(`${owner}: the id is used twice`);
    presetIds.add(preset.id);
    checkText(preset.title, `${owner} title`, problems);
    checkText(preset.explanation, `${owner} explanation`, problems);
    for (const [key, value] of Object.entries(preset.values)) {
      const parameter = model.parameters.find((p) => p.key === key);
      if (!parameter) problems.push(`${owner}: unknown parameter "${key}"`);
      else if (!(value >= parameter.min && value <= parameter.max) || !isOnStep(value, parameter.min, parameter.step)) {
        problems.push(`${owner}: ${key} = ${value} is outside its range or off its step`);
      }
    }
  }

  const isKnown = (symbol: string) => owners.has(baselineTarget(symbol) ?? symbol);
  const dependsOn = new Map<string, string[]>();
  const equationNames = new Set(model.equations.map((e) => e.name));
  for (const e of model.equations) {
    const guarded = guardExpression(e.expr, isKnown);
    if (!guarded.ok) {
      problems.push(`equation "${e.name}": ${guarded.message}`);
      continue;
    }
    const reads = [...guarded.symbols].map((symbol) => baselineTarget(symbol) ?? symbol);
    dependsOn.set(
      e.name,
      reads.filter((symbol) => equationNames.has(symbol)),
    );
  }
  if (problems.length > 0) return { problems, order: [] };

  const { order, cycle } = topologicalOrder(
    model.equations.map((e) => e.name),
    dependsOn,
  );
  if (cycle) problems.push(`equations form a cycle: ${cycle.join(' → ')}`);
  return { problems, order: cycle ? [] : order };
}

function topologicalOrder(names: string[], dependsOn: Map<string, string[]>): { order: string[]; cycle?: string[] } {
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  let cycle: string[] | undefined;
  const visit = (name: string): void => {
    if (cycle || state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      cycle = [...path.slice(path.indexOf(name)), name];
      return;
    }
    state.set(name, 'visiting');
    path.push(name);
    for (const dependency of dependsOn.get(name) ?? []) visit(dependency);
    path.pop();
    state.set(name, 'done');
    order.push(name);
  };
  for (const name of names) visit(name);
  return cycle ? { order, cycle } : { order };
}

function isOnStep(value: number, min: number, step: number): boolean {
  const steps = (value - min) / step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}

function checkText(text: LocalText | undefined, owner: string, problems: string[]): void {
  if (!text || !text.en?.trim() || !text['zh-Hant']?.trim())
    problems.push(`${owner}: needs English and Traditional Chinese text`);
}

function checkUnit(unit: string | undefined, units: Set<string>, owner: string, problems: string[]): void {
  if (!unit) problems.push(`${owner}: missing unit`);
  else if (!units.has(unit)) problems.push(`${owner}: unknown unit "${unit}"`);
}

function checkSource(source: Source | undefined, owner: string, problems: string[]): void {
  const ok =
    source === 'assumption' ||
    source === 'definition' ||
    (Array.isArray(source) && source.length > 0 && source.every((row) => /^[A-Z]\d+$/.test(row)));
  if (!ok) problems.push(`${owner}: missing source (row IDs such as "P1", "assumption" or "definition")`);
}
