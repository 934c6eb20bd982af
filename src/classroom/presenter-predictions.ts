// The class's committed predictions for one exercise, read from a paste through the class board's reader: the presenter's one tie to the board.
import type { Exercise } from '../engine/exercise-types.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import { type ClassroomBundle, type ReadBoardOptions, readClassBoard } from './class-board.ts';
import { percentileOfSorted } from '../analysis/percentile.ts';
import { type StudentAnswer, studentValue } from './exercise-answer.ts';

export interface CollectedPredictions {
  /** Question id → every prediction committed for it, in the order pasted; no names (the projector shows values only). */
  byQuestion: Record<string, StudentAnswer[]>;
  /** Lines the board read as a student of this simulator. */
  students: number;
  /** Non-blank lines it could not read (not a link, another site, damaged): counted, never shown. */
  unread: number;
}

/**
 * Reads pasted answers (whatever the board accepts: links, answer codes, a form's export) with the board's
 * options (its own pages), and keeps the predictions for `exercise`. A line the board
 * marks as a duplicate counts once. Never throws: the board's reader never does.
 */
export function collectPredictions(
  pasted: string,
  standard: CompiledModel,
  bundle: ClassroomBundle,
  exercise: Exercise,
  options: ReadBoardOptions = {},
): CollectedPredictions {
  const board = readClassBoard(pasted, standard, bundle, options);
  const byQuestion: Record<string, StudentAnswer[]> = Object.fromEntries(exercise.questions.map((q) => [q.id, []]));
  let students = 0;
  let unread = board.leftOut;
  for (const line of board.lines) {
    if (!line.result) {
      unread++;
      continue;
    }
    if (line.problems.some((problem) => problem.kind === 'duplicate')) continue;
    students++;
    const answers = line.result.answers[exercise.id] ?? {};
    for (const question of exercise.questions) {
      const answer = answers[question.id];
      if (answer) byQuestion[question.id]!.push(answer);
    }
  }
  return { byQuestion, students, unread };
}

export interface PredictionSpread {
  count: number;
  /** How many said each direction. */
  down: number;
  up: number;
  none: number;
  /** Signed values (see studentValue), smallest first: the spread the projector lists. */
  values: number[];
  /** The middle value (the mean of the two middle ones for an even count); null without predictions. */
  median: number | null;
}

/** The spread of a question's predictions: nothing of the model's answer goes in, so it may be shown before the reveal. */
export function predictionSpread(answers: readonly StudentAnswer[]): PredictionSpread {
  const values = answers.map(studentValue).sort((a, b) => a - b);
  const count = values.length;
  const median = count === 0 ? null : percentileOfSorted(values, 0.5);
  const said = (direction: StudentAnswer['direction']) => answers.filter((a) => a.direction === direction).length;
  return { count, down: said('down'), up: said('up'), none: said('none'), values, median };
}
