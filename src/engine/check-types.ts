// The shape of a model's checks as data: a grid of scenarios and the rule each must obey (run by src/analysis/model-checks.ts).
import type { LocalText, Source } from './types.ts';

export type CheckKind =
  /** Every result is a finite number and every listed output is at least 0. */
  | { type: 'finite-nonnegative'; outputs: readonly string[] }
  /** `output` never rises as parameter `in` rises along its grid values, everything else fixed. */
  | { type: 'non-increasing'; in: string; output: string }
  /** output × days × scale is within tolerancePct of target (a published figure). */
  | {
      type: 'calibration';
      output: string;
      days: number;
      scale: number;
      target: number;
      tolerancePct: number;
      source: Source;
    }
  /** The results in `left` add up to the results in `right`. */
  | { type: 'identity'; left: readonly string[]; right: readonly string[] };

export interface ModelCheck {
  id: string;
  title: LocalText;
  description: LocalText;
  /** Parameter key → values swept. Every combination is run; other parameters stay at their defaults. */
  grid: Readonly<Record<string, readonly number[]>>;
  kind: CheckKind;
}
