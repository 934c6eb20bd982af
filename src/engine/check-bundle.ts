// Checks that what a model bundle declares beside the model names what the model has: outputs, groups, checks, warnings, exercises.
import type { CheckKind } from './check-types.ts';
import type { ModelBundle } from './model-bundle.ts';
import { OUTPUT_ROLE_UNITS, PRICE_ROLE_UNIT } from './output-types.ts';
import { keyToSymbol } from './symbols.ts';
import type { WarningCondition } from './warning-types.ts';

/** A bundle that names what its model lacks; the message lists every problem, each naming its entry. */
export class ModelBundleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The model bundle has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ModelBundleError';
  }
}

/** Throws ModelBundleError when `bundle` has problems; the generate step runs it, so dev, build and tests stop on one. */
export function assertSoundBundle(bundle: ModelBundle): void {
  const problems = bundleProblems(bundle);
  if (problems.length > 0) throw new ModelBundleError(problems);
}

/**
 * Why: the runners read results by name, and a name the model lacks reads as undefined, so a typo would
 * silence a warning or empty a chart instead of failing. Each problem is one plain sentence; none means sound.
 */
export function bundleProblems(bundle: ModelBundle): string[] {
  const { model } = bundle;
  const parameters = new Set(model.parameters.map((p) => p.key));
  const units = new Map(model.equations.map((e) => [e.name, e.unit]));
  // What a check or a warning may read from the results: every equation, parameter (by symbol) and constant.
  const results = new Set([...units.keys(), ...model.parameters.map((p) => keyToSymbol(p.key))]);
  for (const c of model.constants) results.add(c.name);
  const problems: string[] = [];
  const needParameter = (key: string, where: string) => {
    if (!parameters.has(key)) problems.push(`${where}: "${key}" is not a parameter of the model`);
  };
  const needResult = (name: string, where: string) => {
    if (!results.has(name)) problems.push(`${where}: "${name}" is not a result of the model`);
  };

  const needUnit = (where: string, name: string, unit: string | undefined, wanted: string, what: string) => {
    if (unit === undefined) problems.push(`${where}: "${name}" is not ${what} of the model`);
    else if (unit !== wanted) problems.push(`${where}: "${name}" is in ${unit}, not ${wanted}`);
  };
  const { outputs } = bundle;
  for (const role of Object.keys(OUTPUT_ROLE_UNITS) as (keyof typeof OUTPUT_ROLE_UNITS)[]) {
    const name = outputs[role];
    needUnit(`outputs.${role}`, name, units.get(name), OUTPUT_ROLE_UNITS[role], 'an equation');
  }
  const parameterUnit = model.parameters.find((p) => p.key === outputs.sweptPrice)?.unit;
  needUnit('outputs.sweptPrice', outputs.sweptPrice, parameterUnit, PRICE_ROLE_UNIT, 'a parameter');
  // The band compares prices the model computes or states: an equation or a constant, never a slider's raw value.
  const priceUnits = new Map([...units, ...model.constants.map((c) => [c.name, c.unit] as const)]);
  for (const role of ['price', 'fiscalRule', 'budget'] as const) {
    const name = outputs.band[role];
    needUnit(`outputs.band.${role}`, name, priceUnits.get(name), PRICE_ROLE_UNIT, 'an equation or constant');
  }

  const groupOf = new Map<string, string>();
  for (const group of bundle.groups) {
    for (const key of group.keys) {
      needParameter(key, `group ${group.id}`);
      const other = groupOf.get(key);
      if (other !== undefined) problems.push(`group ${group.id}: "${key}" is already in group ${other}`);
      groupOf.set(key, group.id);
    }
  }

  for (const check of bundle.checks) {
    for (const key of Object.keys(check.grid)) needParameter(key, `check ${check.id}`);
    for (const name of checkReads(check.kind)) needResult(name, `check ${check.id}`);
    if (check.kind.type === 'non-increasing') needParameter(check.kind.in, `check ${check.id}`);
  }

  for (const warning of bundle.warnings) {
    for (const condition of leaves(warning.when)) {
      if ('param' in condition) needParameter(condition.param, `warning ${warning.id}`);
      else needResult(condition.output, `warning ${warning.id}`);
    }
  }

  for (const exercise of bundle.exercises) {
    for (const question of exercise.questions) {
      const where = `exercise ${exercise.id}/${question.id}`;
      const unit = units.get(question.output);
      if (unit === undefined) problems.push(`${where}: "${question.output}" is not an equation of the model`);
      else if (unit !== question.answerUnit)
        problems.push(`${where}: answers in ${question.answerUnit}, but the output is in ${unit}`);
      if (!Number.isInteger(question.answerDigits) || question.answerDigits < 0) {
        problems.push(`${where}: answerDigits must be a whole number of 0 or more`);
      }
      for (const key of [...Object.keys(question.from), ...Object.keys(question.to), ...question.why.keys]) {
        needParameter(key, where);
      }
    }
  }
  return problems;
}

/** The result names a check reads. */
function checkReads(kind: CheckKind): readonly string[] {
  switch (kind.type) {
    case 'finite-nonnegative':
      return kind.outputs;
    case 'non-increasing':
    case 'calibration':
      return [kind.output];
    case 'identity':
      return [...kind.left, ...kind.right];
  }
}

/** The parameter and result conditions under `all` and `any`. */
function leaves(condition: WarningCondition): Exclude<WarningCondition, { all: unknown } | { any: unknown }>[] {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  return [condition];
}
