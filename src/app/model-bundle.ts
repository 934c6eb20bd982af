// The model's whole bundle for the page's sections that load on demand and need all of it (classroom, checks).
// Imported only from lazily loaded modules, so the exercises and checks stay out of the first load; model.ts
// gives the first screen the model and its warnings.
import { modelChecks } from '../../models/crude-leverage/checks.ts';
import { decompositionGroups } from '../../models/crude-leverage/decomposition.ts';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';
import type { ModelBundle } from '../engine/model-bundle.ts';
import { model, plausibilityWarnings } from './model.ts';

/**
 * models/crude-leverage/index.ts's bundle, around the page's own declaration (model.ts): the page's model is then
 * recognised as the shipped one, not an edit, and the declaration's notes are not loaded a second time.
 */
export const bundle: ModelBundle = {
  model: model.declaration,
  checks: modelChecks,
  warnings: plausibilityWarnings,
  exercises,
  groups: decompositionGroups,
  outputs,
};
