// The shape of a model's decomposition groups: the parameters whose joint move is credited as one part of a change.
import type { LocalText } from './types.ts';

/** A set of parameters whose joint move from mid-2025 to the scenario is credited as one part of the change. */
export interface DecompositionGroup {
  /** Stable kebab-case id, used in the report's JSON and in tests. */
  id: string;
  label: LocalText;
  /** Parameter keys; a key belongs to at most one group. */
  keys: readonly string[];
}
