// The decomposition groups for a model: the shipped ones, plus a catch-all when the model is an edit.
import { decompositionGroups } from '../../models/crude-leverage/decomposition.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { GroupKeys } from './decomposition.ts';

export const OTHER_SETTINGS_GROUP = 'other-settings';

/**
 * An edit can make a parameter outside the shipped groups move income (an added parameter, or an
 * equation that reads the rouble); the catch-all group makes sure every part of the change is counted.
 */
export function groupsForModel(model: CompiledModel): readonly GroupKeys[] {
  if (model.declaration === crudeLeverageModel) return decompositionGroups;
  const grouped = new Set(decompositionGroups.flatMap((group) => group.keys));
  const rest = model.declaration.parameters.map((p) => p.key).filter((key) => !grouped.has(key));
  return [...decompositionGroups, { id: OTHER_SETTINGS_GROUP, keys: rest }];
}
