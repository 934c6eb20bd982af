// Builds a remixed model from the standard one: edited equations and added parameters, checked before anything runs.
import { ModelDeclarationError } from '../engine/check-declaration.ts';
import { type CompiledModel, compileModel } from '../engine/compile-model.ts';
import { firstNonFiniteEquation } from '../engine/non-finite.ts';
import type { ModelDeclaration, ParameterDeclaration } from '../engine/types.ts';
import { snapToStep } from '../link/sanitize-value.ts';
import { FORMAT_KEYS } from '../link/link-format.ts';
import { LESSON_KEYS, LINK_VIEW_PARAMETERS } from '../link/view-params.ts';
import { type Remix, remixLinkProblem } from './remix-format.ts';

export const REMIX_GROUP = 'remix';

export type RemixResult = { ok: true; model: CompiledModel } | { ok: false; problems: string[] };

/** Never throws: an edit that does not pass the checks comes back as problems, and nothing runs. */
export function applyRemix(base: ModelDeclaration, remix: Remix): RemixResult {
  const problems: string[] = [];
  const names = new Set(base.equations.map((e) => e.name));
  for (const name of Object.keys(remix.equations)) {
    if (!names.has(name)) problems.push(`there is no equation named "${name}"`);
  }
  // Every link key that is not a parameter: an added parameter may not take one of these names.
  const reserved = new Set<string>([
    ...FORMAT_KEYS,
    ...LINK_VIEW_PARAMETERS.map((parameter) => parameter.key),
    LESSON_KEYS.mode,
    LESSON_KEYS.lock,
    LESSON_KEYS.hide,
    LESSON_KEYS.exercise,
  ]);
  const linkProblem = remixLinkProblem(remix);
  if (linkProblem) problems.push(linkProblem);
  for (const p of remix.added) {
    if (reserved.has(p.key)) problems.push(`the key "${p.key}" is taken by the link format; choose another`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const added: ParameterDeclaration[] = remix.added.map((p) => ({
    key: p.key,
    label: { en: p.label, 'zh-Hant': p.label },
    note: { en: 'Added in this edited model.', 'zh-Hant': '在此修改版模型中新增。' },
    unit: p.unit,
    min: p.min,
    max: p.max,
    step: p.step,
    default: p.default,
    source: 'assumption',
    group: REMIX_GROUP,
  }));
  const declaration: ModelDeclaration = {
    ...base,
    groups: [
      ...base.groups,
      { id: REMIX_GROUP, headline: false, label: { en: 'Your parameters', 'zh-Hant': '您新增的參數' } },
    ],
    parameters: [...base.parameters, ...added],
    equations: base.equations.map((e) =>
      Object.hasOwn(remix.equations, e.name) ? { ...e, expr: remix.equations[e.name]! } : e,
    ),
    // A remix keeps its own presets out: they were written for the standard model.
    presets: base.presets,
  };
  let model: CompiledModel;
  try {
    model = compileModel(declaration);
  } catch (error) {
    if (error instanceof ModelDeclarationError) return { ok: false, problems: [...error.problems] };
    return { ok: false, problems: [(error as Error).message] };
  }
  const nonFinite = firstNonFinite(model);
  if (nonFinite) return { ok: false, problems: [nonFinite] };
  return { ok: true, model };
}

/**
 * Grid positions tried per parameter, ends included: every position of a slider with at most this many, else
 * evenly spaced ones. Why not every position: the shipped model's 27 sliders have 3,024 positions in all
 * (up to 401 each), and the check runs each time an edit is applied or a link opened; 41 each are about
 * 1,000 evaluations. A division by zero the samples miss is still flagged, while the page runs, by
 * firstNonFiniteEquation.
 */
export const SAMPLES_PER_PARAMETER = 41;

/** The values tried for one parameter: evenly spaced grid positions from min to max, snapped to the step. */
export function sampleValues(parameter: ParameterDeclaration): number[] {
  const positions = Math.floor((parameter.max - parameter.min) / parameter.step + 1e-9);
  const count = Math.min(SAMPLES_PER_PARAMETER - 1, positions);
  const values = new Set<number>([parameter.min, parameter.max]);
  for (let i = 1; i < count; i++) {
    const position = Math.round((i * positions) / count);
    values.add(snapToStep(parameter, parameter.min + position * parameter.step));
  }
  return [...values];
}

/** Tries the defaults and each parameter across its range (ends and inside): an edit that divides by zero is refused. */
function firstNonFinite(model: CompiledModel): string | null {
  const trials: { label: string; scenario: Record<string, number> }[] = [
    { label: 'at the defaults', scenario: { ...model.defaults } },
  ];
  for (const p of model.declaration.parameters) {
    for (const value of sampleValues(p)) {
      const where = value === p.min ? 'at its minimum' : value === p.max ? 'at its maximum' : `= ${value}`;
      trials.push({ label: `with ${p.key} ${where}`, scenario: { ...model.defaults, [p.key]: value } });
    }
  }
  for (const trial of trials) {
    let results;
    try {
      results = model.evaluate(trial.scenario);
    } catch (error) {
      return `the model fails ${trial.label}: ${(error as Error).message}`;
    }
    const name = firstNonFiniteEquation(model, results);
    if (name !== null)
      return `equation "${name}" is not a finite number ${trial.label} (a division by zero, or a power of a negative number?)`;
  }
  return null;
}
