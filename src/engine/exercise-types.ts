// The shape of "predict, then reveal" exercises as data: questions a model answers (run by src/classroom/).
import type { LocalText } from './types.ts';

/**
 * How a student answers a question. 'signed' (the default): a direction (falls/rises, or below/above zero) and
 * a size. 'count': one number of zero or more, for quantities that cannot be negative (a count of months).
 * New kinds extend this list; a question without `answerKind` is 'signed'.
 */
export type AnswerKind = 'signed' | 'count';

export interface ExerciseQuestion {
  /** kebab-case, unique within its exercise; links carry it. */
  id: string;
  /** 'change': output(to) − output(from). 'level': output(to) itself (`from` stays empty). */
  kind: 'change' | 'level';
  prompt: LocalText;
  /** Parameter values on top of the defaults, like a preset's; empty means mid-2025. */
  from: Readonly<Record<string, number>>;
  to: Readonly<Record<string, number>>;
  /**
   * Recorded months (YYYY-MM, months.ts) whose observed drivers replace the defaults under `from` and `to`,
   * as a link's `from=` does (src/analysis/month-start.ts). Absent: mid-2025.
   */
  fromMonth?: string;
  toMonth?: string;
  /** An equation name of the model. */
  output: string;
  /** The unit the answer is given in: a unit id of the model, the unit of its output equation. */
  answerUnit: string;
  /** Decimals the answer is shown and judged to (the model declares them per unit). */
  answerDigits: number;
  /** Top of the size slider; students may type more. Set well above the answer so the slider gives nothing away. */
  sizeMax: number;
  /** Parameter keys that drive the answer, and the story in plain words. */
  why: { keys: readonly string[]; text: LocalText };
  /** How the student answers; absent means 'signed'. */
  answerKind?: AnswerKind;
}

/** The question's answer kind, with the default filled in. */
export function answerKindOf(question: Pick<ExerciseQuestion, 'answerKind'>): AnswerKind {
  return question.answerKind ?? 'signed';
}

export interface Exercise {
  /** kebab-case, unique; lesson links and answer links carry it. */
  id: string;
  /** The claim it puts a number on (an id the model's sources define, e.g. C3). */
  claim: string;
  title: LocalText;
  intro: LocalText;
  questions: readonly ExerciseQuestion[];
}
