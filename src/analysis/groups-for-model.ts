// The decomposition groups for a model: its bundle's, plus a catch-all when the model is an edit.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { ModelBundle } from '../engine/model-bundle.ts';
import type { GroupKeys } from './decomposition.ts';

export const OTHER_SETTINGS_GROUP = 'other-settings';

/**
 * An edit can make a parameter outside the shipped groups move income (an added parameter, or an
 * equation that reads the rouble); the catch-all group makes sure every part of the change is counted.
 */
export function groupsForModel(
  bundle: Pick<ModelBundle, 'model' | 'groups'>,
  model: CompiledModel,
): readonly GroupKeys[] {
  if (model.declaration === bundle.model) return bundle.groups;
  const grouped = new Set(bundle.groups.flatMap((group) => group.keys));
  const rest = model.declaration.parameters.map((p) => p.key).filter((key) => !grouped.has(key));
  return [...bundle.groups, { id: OTHER_SETTINGS_GROUP, keys: rest }];
}
