// Runs the model checks written as data (a model bundle's `checks`): sweeps each grid and reports the first scenario that breaks the rule.
import type { CheckKind, ModelCheck } from '../engine/check-types.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Results } from '../engine/types.ts';

export interface CheckFailure {
  /** The swept values where the rule broke (other parameters at their defaults). */
  scenario: Readonly<Record<string, number>>;
  /** What broke, in English, with the numbers. */
  detail: string;
}

export interface CheckResult {
  id: string;
  passed: boolean;
  /** Scenarios evaluated (all of the grid when it passes; up to the failure otherwise). */
  evaluated: number;
  /** For a calibration: output × days × scale at the defaults. */
  measured?: number;
  failure?: CheckFailure;
}

/** Absolute slack for floating-point noise, in the output's own unit. */
const TOLERANCE = 1e-9;

type Grid = ModelCheck['grid'];

/** How many scenarios a grid holds: the product of its value counts (1 for an empty grid). */
export function gridSize(grid: Grid): number {
  return Object.values(grid).reduce((count, values) => count * values.length, 1);
}

/** Every combination of the grid's values, the last key varying fastest. */
export function* gridScenarios(grid: Grid): Generator<Record<string, number>> {
  const keys = Object.keys(grid);
  const index = keys.map(() => 0);
  if (keys.some((key) => grid[key]!.length === 0)) return;
  while (true) {
    yield Object.fromEntries(keys.map((key, k) => [key, grid[key]![index[k]!]!]));
    let k = keys.length - 1;
    while (k >= 0 && ++index[k]! === grid[keys[k]!]!.length) index[k--] = 0;
    if (k < 0) return;
  }
}

const describeScenario = (scenario: Readonly<Record<string, number>>) =>
  Object.entries(scenario)
    .map(([key, value]) => `${key} = ${value}`)
    .join(', ') || 'the defaults';
const round = (value: number) => Number(value.toPrecision(6));

/** Runs one check against `model`. Pure; never throws (an error while evaluating is a failure). */
export function runCheck(model: CompiledModel, check: ModelCheck): CheckResult {
  let evaluated = 0;
  const fail = (scenario: Readonly<Record<string, number>>, detail: string): CheckResult => ({
    id: check.id,
    passed: false,
    evaluated,
    failure: { scenario, detail },
  });
  const unknown = Object.keys(check.grid).filter((key) => !model.parameterByKey.has(key));
  if (unknown.length > 0) return fail({}, `the grid names unknown parameters: ${unknown.join(', ')}`);

  const evaluate = (scenario: Readonly<Record<string, number>>): Results | string => {
    evaluated++;
    try {
      return model.evaluate(scenario);
    } catch (error) {
      return `the model failed at ${describeScenario(scenario)}: ${(error as Error).message}`;
    }
  };
  const kind = check.kind;
  const outputs = outputsOf(kind);
  const missing = outputs.filter((name) => !(name in model.baseline));
  if (missing.length > 0) return fail({}, `the model has no result named ${missing.join(', ')}`);

  if (kind.type === 'non-increasing') {
    const values = check.grid[kind.in];
    if (!values) return fail({}, `the grid does not sweep ${kind.in}`);
    const ascending = [...values].sort((a, b) => a - b);
    const others: Record<string, readonly number[]> = { ...check.grid };
    delete others[kind.in];
    for (const fixed of gridScenarios(others)) {
      let previous: { value: number; at: number } | null = null;
      for (const at of ascending) {
        const scenario = { ...fixed, [kind.in]: at };
        const results = evaluate(scenario);
        if (typeof results === 'string') return fail(scenario, results);
        const value = results[kind.output]!;
        if (!Number.isFinite(value))
          return fail(scenario, `${kind.output} is ${value} at ${describeScenario(scenario)}`);
        if (previous && value > previous.value + TOLERANCE) {
          return fail(
            scenario,
            `${kind.output} rose from ${round(previous.value)} to ${round(value)} as ${kind.in} went from ${previous.at} to ${at} (with ${describeScenario(fixed)})`,
          );
        }
        previous = { value, at };
      }
    }
    return { id: check.id, passed: true, evaluated };
  }

  let measured: number | undefined;
  const withMeasured = (result: CheckResult): CheckResult =>
    measured === undefined ? result : { ...result, measured };
  for (const scenario of gridScenarios(check.grid)) {
    const results = evaluate(scenario);
    if (typeof results === 'string') return fail(scenario, results);
    if (kind.type === 'calibration') measured = results[kind.output]! * kind.days * kind.scale;
    const problem = brokenRule(kind, results);
    if (problem) return withMeasured(fail(scenario, `${problem} at ${describeScenario(scenario)}`));
  }
  return withMeasured({ id: check.id, passed: true, evaluated });
}

/** Runs every check; the results come in the checks' order. */
export function runChecks(model: CompiledModel, checks: readonly ModelCheck[]): CheckResult[] {
  return checks.map((check) => runCheck(model, check));
}

function outputsOf(kind: CheckKind): string[] {
  switch (kind.type) {
    case 'finite-nonnegative':
      return [...kind.outputs];
    case 'non-increasing':
    case 'calibration':
      return [kind.output];
    case 'identity':
      return [...kind.left, ...kind.right];
  }
}

/** What is wrong with `results` under a rule that looks at one scenario at a time, or null. */
function brokenRule(kind: Exclude<CheckKind, { type: 'non-increasing' }>, results: Results): string | null {
  switch (kind.type) {
    case 'finite-nonnegative': {
      const notFinite = Object.entries(results).find(([, value]) => !Number.isFinite(value));
      if (notFinite) return `${notFinite[0]} is ${notFinite[1]}`;
      const negative = kind.outputs.find((name) => results[name]! < -TOLERANCE);
      return negative ? `${negative} is ${round(results[negative]!)}, below zero` : null;
    }
    case 'calibration': {
      const value = results[kind.output]! * kind.days * kind.scale;
      const offPct = (value / kind.target - 1) * 100;
      if (Number.isFinite(offPct) && Math.abs(offPct) <= kind.tolerancePct) return null;
      return `${kind.output} × ${kind.days} days × ${kind.scale} is ${round(value)}, ${round(offPct)}% from the target ${kind.target} (allowed ±${kind.tolerancePct}%)`;
    }
    case 'identity': {
      const sum = (names: readonly string[]) => names.reduce((total, name) => total + results[name]!, 0);
      const left = sum(kind.left);
      const right = sum(kind.right);
      if (Math.abs(left - right) <= TOLERANCE * Math.max(1, Math.abs(left), Math.abs(right))) return null;
      return `${kind.left.join(' + ')} is ${round(left)} but ${kind.right.join(' + ')} is ${round(right)}`;
    }
  }
}
