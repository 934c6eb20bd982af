// The "share my answers" link parameter: a student's committed predictions, encoded compactly; decoding never throws.
//
// Format of `p` (URL-safe as is: only a–z, 0–9, '-', '.', '_' and '*', which URLSearchParams leaves unescaped):
//   p = 1*<exercise>_<question>_<answer>_<question>_<answer>*<exercise>_…
//   <answer> = d|u|n followed by the size: d = falls (down), u = rises (up), n = no change (size omitted).
// e.g. p=1*ten-dollars-lower_income-month_d2.2_budget-year_d1.5. The leading "1" is the format version.
// Version 2 adds the model version the answers were made under, right after it: p=2*m3*ten-dollars-lower_…
// (a version 1 value has none, and the class board then goes by the link's own `m`).
// API for the class board: decodeAnswers(value) or decodeAnswersLink(url) → { answers, problems }; then compare
// each answer with the model's via src/classroom/exercise-answer.ts (modelAnswer, compare).
import { ownValue } from '../engine/own-value.ts';
import type { Exercise } from '../engine/exercise-types.ts';
import { ANSWER_LIMITS, type AnswersByExercise, isAnswerId, normalizeAnswer } from './answers-store.ts';
import type { Direction, StudentAnswer } from './exercise-answer.ts';

import { Address, FORMAT_KEY } from '../link/address.ts';

export const ANSWERS_PARAM = FORMAT_KEY.answers;
export const ANSWERS_FORMAT_VERSION = 2;
/** The group after the format version that names the model version (`m3`). */
const MODEL_GROUP = /^m(\d{1,6})$/;
/** Longest `p` value decoded; anything longer is refused whole. */
export const MAX_ANSWERS_PARAM_LENGTH = 4000;

/** What went wrong while decoding; the valid rest is still returned. */
export type AnswersLinkProblem =
  | 'missing'
  | 'too-long'
  | 'newer-format'
  | 'bad-exercise'
  | 'bad-answer'
  | 'unknown-exercise'
  | 'unknown-question'
  | 'too-many';

export interface DecodedAnswers {
  answers: AnswersByExercise;
  /** Each kind of problem met, once, in the order met. Empty for a clean link. */
  problems: AnswersLinkProblem[];
  /** The model version the answers were made under, when the value says (format 2 on). */
  modelVersion: number | null;
}

const LETTER: Record<Direction, string> = { down: 'd', up: 'u', none: 'n' };
const FROM_LETTER: Record<string, Direction> = { d: 'down', u: 'up', n: 'none' };
const SIZE = /^(\d{1,7}(?:\.\d{1,6})?)$/;

function encodeAnswer(answer: StudentAnswer): string | null {
  const normal = normalizeAnswer(answer);
  if (!normal) return null;
  return normal.direction === 'none' ? 'n' : `${LETTER[normal.direction]}${String(normal.size)}`;
}

/**
 * The `p` value for these answers (invalid ids and answers are left out). Exercises with no valid answer are skipped.
 * With `modelVersion`, the value says which model the answers were made under (format 2); without, format 1.
 */
export function encodeAnswers(answers: AnswersByExercise, modelVersion?: number): string {
  const groups: string[] = [];
  for (const [exerciseId, questions] of Object.entries(answers)) {
    if (!isAnswerId(exerciseId)) continue;
    const parts: string[] = [];
    for (const [questionId, answer] of Object.entries(questions)) {
      const encoded = isAnswerId(questionId) ? encodeAnswer(answer) : null;
      if (encoded) parts.push(questionId, encoded);
    }
    if (parts.length > 0) groups.push([exerciseId, ...parts].join('_'));
  }
  const withModel = modelVersion !== undefined && Number.isSafeInteger(modelVersion) && modelVersion >= 0;
  return (withModel ? [String(ANSWERS_FORMAT_VERSION), `m${modelVersion}`] : ['1']).concat(groups).join('*');
}

/**
 * Reads a `p` value. Never throws. With `exercises`, answers to exercises or questions that do not exist are dropped
 * (and reported). Limits: MAX_ANSWERS_PARAM_LENGTH characters, ANSWER_LIMITS exercises and questions, sizes ≤ 1e6.
 */
export function decodeAnswers(value: unknown, exercises?: readonly Exercise[]): DecodedAnswers {
  const answers: AnswersByExercise = {};
  const problems: AnswersLinkProblem[] = [];
  const report = (problem: AnswersLinkProblem) => {
    if (!problems.includes(problem)) problems.push(problem);
  };
  let modelVersion: number | null = null;
  if (typeof value !== 'string' || value.trim() === '') return { answers, problems: ['missing'], modelVersion };
  if (value.length > MAX_ANSWERS_PARAM_LENGTH) return { answers, problems: ['too-long'], modelVersion };
  const groups = value.trim().split('*');
  if (/^\d+$/.test(groups[0] ?? '')) {
    const version = Number(groups.shift());
    if (version > ANSWERS_FORMAT_VERSION) report('newer-format');
    const model = version >= 2 ? MODEL_GROUP.exec(groups[0] ?? '') : null;
    if (model) {
      groups.shift();
      modelVersion = Number(model[1]);
    }
  }
  for (const group of groups) {
    const [exerciseId = '', ...rest] = group.split('_');
    if (!isAnswerId(exerciseId) || rest.length % 2 !== 0) {
      report('bad-exercise');
      if (!isAnswerId(exerciseId)) continue;
    }
    const exercise = exercises?.find((candidate) => candidate.id === exerciseId);
    if (exercises && !exercise) {
      report('unknown-exercise');
      continue;
    }
    if (!Object.hasOwn(answers, exerciseId) && Object.keys(answers).length >= ANSWER_LIMITS.exercises) {
      report('too-many');
      continue;
    }
    const kept: Record<string, StudentAnswer> = { ...ownValue(answers, exerciseId) };
    for (let i = 0; i + 1 < rest.length; i += 2) {
      const questionId = rest[i]!;
      const answer = decodeAnswer(rest[i + 1]!);
      if (!isAnswerId(questionId) || !answer) report('bad-answer');
      else if (exercise && !exercise.questions.some((question) => question.id === questionId))
        report('unknown-question');
      else if (!Object.hasOwn(kept, questionId) && Object.keys(kept).length >= ANSWER_LIMITS.questionsPerExercise)
        report('too-many');
      else kept[questionId] = answer;
    }
    if (Object.keys(kept).length > 0) answers[exerciseId] = kept;
  }
  return { answers, problems, modelVersion };
}

function decodeAnswer(text: string): StudentAnswer | null {
  const direction = FROM_LETTER[text.charAt(0)];
  if (!direction) return null;
  if (direction === 'none') return text === 'n' || /^n0*(\.0*)?$/.test(text) ? { direction, size: 0 } : null;
  const size = text.slice(1);
  if (!SIZE.test(size)) return null;
  const number = Number(size);
  return number > ANSWER_LIMITS.maxSize ? null : normalizeAnswer({ direction, size: number });
}

/** Reads `p` from a whole URL, a query string or a `#` fragment (file:// pages put the query there). Never throws. */
export function decodeAnswersLink(address: unknown, exercises?: readonly Exercise[]): DecodedAnswers {
  if (typeof address !== 'string' && !(address instanceof Address)) return decodeAnswers(undefined);
  const read = address instanceof Address ? address : Address.parse(address);
  return decodeAnswers(read.get(ANSWERS_PARAM) ?? undefined, exercises);
}

/**
 * `base` (the current page link) with `p` set to these answers, made under model `modelVersion`, replacing
 * any `p` it had. The scenario and view parameters already in `base` are kept. A file:// base keeps its
 * parameters in the fragment.
 */
export function answersLink(base: string, answers: AnswersByExercise, modelVersion?: number): string {
  return Address.parse(base)
    .with({ [ANSWERS_PARAM]: encodeAnswers(answers, modelVersion) })
    .toString();
}
