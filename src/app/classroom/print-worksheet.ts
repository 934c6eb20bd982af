// What a printout is of: the worksheet or the answer key, for a scenario and an exercise; the answer key exists in the page only while it prints.
import type { Exercise } from '../../engine/exercise-types.ts';
import { findExercise } from '../../classroom/exercise-answer.ts';
import type { Scenario } from '../../engine/types.ts';

export type PrintoutKind = 'worksheet' | 'answer-key';

export interface PrintRequest {
  kind: PrintoutKind;
  /** The lesson's starting values. */
  scenario: Scenario;
  /** The lesson's exercise; none (or one the page does not have) means the first exercise. */
  exerciseId: string | null;
  /** The link printed on the worksheet: the lesson link, or the page's. */
  link: string;
}

/** The exercise a printout asks: the lesson's, else the first. */
export function printedExercise(list: readonly Exercise[], exerciseId: string | null): Exercise | undefined {
  return findExercise(list, exerciseId) ?? list[0];
}

/**
 * Shows `request` in the print-only region, prints, then hands the region back to the worksheet. `show` must
 * render before it resolves (Svelte's tick). A browser whose print() returns at once is caught up by `afterprint`.
 */
export async function printOnce(
  request: PrintRequest,
  show: (request: PrintRequest | null) => Promise<void>,
  target: Pick<Window, 'print' | 'addEventListener' | 'removeEventListener'> = window,
): Promise<void> {
  await show(request);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    target.removeEventListener('afterprint', finish);
    void show(null);
  };
  target.addEventListener('afterprint', finish);
  try {
    target.print();
  } finally {
    // print() blocks in most browsers; where it does not, afterprint ends the job. A page without afterprint
    // (some mobile browsers) would otherwise keep the key: end it after print() returns there too.
    if (!('onafterprint' in target)) finish();
  }
}
