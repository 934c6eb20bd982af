// The shape of a model's plausibility warnings as data: when a scenario goes beyond what was observed (run by src/analysis/plausibility.ts).
import type { LocalText, Source } from './types.ts';

/** A predicate on a parameter (by link key) or a result (by symbol): strictly above and/or below a number. */
export type WarningCondition =
  | { param: string; above?: number; below?: number }
  | { output: string; above?: number; below?: number }
  | { all: readonly WarningCondition[] }
  | { any: readonly WarningCondition[] };

export interface PlausibilityWarning {
  id: string;
  when: WarningCondition;
  /** Where the threshold comes from: row IDs of BASELINE-2025.md, or 'assumption'. */
  source: Source;
  /** For an assumed threshold: the rows it is anchored on. */
  anchors?: readonly string[];
  /** What is implausible, with the figures behind the threshold. */
  message: LocalText;
  /** The suggested fix. */
  fix: LocalText;
}
