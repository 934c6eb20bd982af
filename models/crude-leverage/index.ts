// The Crude Leverage model as one bundle: the declaration and, beside it, its checks, warnings, exercises, groups and outputs.
import type { ModelBundle } from '../../src/engine/model-bundle.ts';
import { modelChecks } from './checks.ts';
import { crudeLeverageModel } from './declaration.ts';
import { decompositionGroups } from './decomposition.ts';
import { exercises } from './exercises.ts';
import { outputs } from './outputs.ts';
import { plausibilityWarnings } from './warnings.ts';

export { crudeLeverageModel };

export const crudeLeverageBundle: ModelBundle = {
  model: crudeLeverageModel,
  checks: modelChecks,
  warnings: plausibilityWarnings,
  exercises,
  groups: decompositionGroups,
  outputs,
};
