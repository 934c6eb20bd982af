// What the model answers to an exercise question, how far a student's prediction is from it, and what drove it.
import type { AnswerKind, Exercise, ExerciseQuestion } from '../engine/exercise-types.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { snapToStep } from '../link/sanitize-value.ts';
import { startingPoint } from '../analysis/month-start.ts';

export type Direction = 'up' | 'down' | 'none';
export const DIRECTIONS: readonly Direction[] = ['down', 'up', 'none'];

/** A committed prediction: which way, and how much (a size of zero or more, in the question's unit). */
export interface StudentAnswer {
  direction: Direction;
  size: number;
}

export interface ModelAnswer {
  /** Signed: output(to) − output(from) for a change, output(to) for a level. */
  value: number;
  direction: Direction;
  /** Decimals the answer is shown and judged with. */
  digits: number;
}

/**
 * How a prediction is graded, for the student, the board, its chart and the presenter alike. A signed answer: 'close',
 * 'direction' (right direction, more than 10% off) or 'wrong' (the other direction). A count (how many months) has no
 * direction to get right: 'close' or 'off' (more than 10% off).
 */
export type Verdict = 'close' | 'direction' | 'wrong' | 'off';

export interface Comparison {
  /** The same direction as the model's (for a count: both zero, or both above zero); a count is not graded by it. */
  directionRight: boolean;
  /** The student's signed value minus the model's, in the question's unit. */
  gap: number;
  /** The student's size minus the size of the model's answer: positive means they guessed too big. */
  sizeGap: number;
  /** sizeGap as a percentage of the model's size; null when the model's answer is zero. */
  gapPct: number | null;
  /** The signed values are within 10% of the model's size (or one shown digit) of each other, whatever the direction. */
  within: boolean;
  /** A signed answer: right direction and `within`. A count: `within`. */
  close: boolean;
  verdict: Verdict;
}

/** Why the answer is what it is: one parameter, moved alone. */
export interface Driver {
  key: string;
  /** 'moved': the question changes it (from → to). 'assumption': the same on both sides; probed to show how much it matters. */
  role: 'moved' | 'assumption';
  fromValue: number;
  toValue: number;
  /** The value the assumption was probed at (its plausible spread, else a tenth of its range); null when moved. */
  probeValue: number | null;
  /** moved: how much moving this parameter alone changes the output. assumption: how much the answer changes at the probe. */
  effect: number;
}

/** The direction of a value as it is shown: anything that rounds to zero is 'none'. */
export function directionOf(value: number, digits: number): Direction {
  if (!Number.isFinite(value) || Math.abs(value) < 0.5 * 10 ** -digits) return 'none';
  return value > 0 ? 'up' : 'down';
}

/** A student's answer as a signed number. */
export function studentValue(student: StudentAnswer): number {
  return student.direction === 'none'
    ? 0
    : student.direction === 'up'
      ? Math.abs(student.size)
      : -Math.abs(student.size);
}

/**
 * The full starting and ending scenarios: the question's values on top of the model's defaults, or on top of
 * a recorded month's drivers where the question names one (`fromMonth`, `toMonth`).
 */
export function questionScenarios(model: CompiledModel, question: ExerciseQuestion): { from: Scenario; to: Scenario } {
  const from = question.kind === 'level' ? {} : question.from;
  const fromStart = question.kind === 'level' ? model.defaults : startingPoint(model, question.fromMonth);
  return { from: { ...fromStart, ...from }, to: { ...startingPoint(model, question.toMonth), ...question.to } };
}

function answerValue(model: CompiledModel, question: ExerciseQuestion, from: Scenario, to: Scenario): number {
  const out = (scenario: Scenario) => model.evaluate(scenario)[question.output] ?? Number.NaN;
  return question.kind === 'level' ? out(to) : out(to) - out(from);
}

export function modelAnswer(model: CompiledModel, question: ExerciseQuestion): ModelAnswer {
  const { from, to } = questionScenarios(model, question);
  const digits = question.answerDigits;
  const value = answerValue(model, question, from, to);
  return { value, direction: directionOf(value, digits), digits };
}

/** The student's prediction against the model's answer, graded as the question's kind of answer is. */
export function compare(student: StudentAnswer, model: ModelAnswer, kind: AnswerKind): Comparison {
  const size = student.direction === 'none' ? 0 : Math.abs(student.size);
  const modelSize = Math.abs(model.value);
  const gap = studentValue(student) - model.value;
  const sizeGap = size - modelSize;
  const unitStep = 10 ** -model.digits;
  const directionRight = student.direction === model.direction;
  const within = Math.abs(gap) <= Math.max(0.1 * modelSize, unitStep);
  // A count of zero against one month is not "the other direction": a count is judged by how far off it is, nothing else.
  const close = kind === 'count' ? within : directionRight && within;
  const verdict: Verdict = close ? 'close' : kind === 'count' ? 'off' : directionRight ? 'direction' : 'wrong';
  return {
    directionRight,
    gap,
    sizeGap,
    gapPct: modelSize < 0.5 * unitStep ? null : (sizeGap / modelSize) * 100,
    within,
    close,
    verdict,
  };
}

/**
 * One-at-a-time attribution over `question.why.keys`: each parameter a change question moves, moved alone; each one
 * it keeps (every one, for a level), probed once. Moved drivers first, then by the size of their effect. Effects need not add up to the answer.
 */
export function whyDrivers(model: CompiledModel, question: ExerciseQuestion, limit = 4): Driver[] {
  const { from, to } = questionScenarios(model, question);
  const base = answerValue(model, question, from, to);
  const drivers: Driver[] = [];
  for (const key of question.why.keys) {
    const parameter = model.parameterByKey.get(key);
    if (!parameter) continue;
    const toValue = to[key] ?? parameter.default;
    // A level has no starting point: every key is probed around the scenario asked about.
    const fromValue = question.kind === 'level' ? toValue : (from[key] ?? parameter.default);
    if (fromValue !== toValue) {
      const alone = model.evaluate({ ...from, [key]: toValue })[question.output] ?? Number.NaN;
      const start = model.evaluate(from)[question.output] ?? Number.NaN;
      drivers.push({ key, role: 'moved', fromValue, toValue, probeValue: null, effect: alone - start });
      continue;
    }
    const range = (parameter.max - parameter.min) / 10;
    let probeValue = snapToStep(parameter, toValue + (parameter.spread?.above || range));
    if (probeValue === toValue) probeValue = snapToStep(parameter, toValue - (parameter.spread?.below || range));
    const probed = answerValue(model, question, { ...from, [key]: probeValue }, { ...to, [key]: probeValue });
    drivers.push({ key, role: 'assumption', fromValue, toValue, probeValue, effect: probed - base });
  }
  const rank = (d: Driver) => (d.role === 'moved' ? 1e12 : 0) + (Number.isFinite(d.effect) ? Math.abs(d.effect) : 0);
  return drivers.sort((a, b) => rank(b) - rank(a)).slice(0, limit);
}

/** The exercise with this id, or undefined. */
export function findExercise(list: readonly Exercise[], id: string | null | undefined): Exercise | undefined {
  return id ? list.find((exercise) => exercise.id === id) : undefined;
}
