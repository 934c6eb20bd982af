// A student's committed predictions, kept across reloads in localStorage under one versioned key; never throws.
import type { Direction, StudentAnswer } from './exercise-answer.ts';

/** The one localStorage key; bump the version when the stored shape changes (older values are then ignored). */
export const ANSWERS_STORAGE_KEY = 'crude-leverage.answers.v1';
/** Limits on what is kept, so a stored or linked value cannot grow without bound. */
export const ANSWER_LIMITS = {
  exercises: 50,
  questionsPerExercise: 30,
  maxSize: 1e6,
  idPattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  idLength: 64,
} as const;

/** Answers by exercise id, then question id. */
export type AnswersByExercise = Record<string, Record<string, StudentAnswer>>;

/** Why answers are not (all) saved: storage blocked, storage full, or a stored value that could not be read. */
export type StoreProblem = 'blocked' | 'full' | 'corrupt';

type StorageSource = Storage | null | (() => Storage | null);

const DIRECTIONS = new Set<Direction>(['up', 'down', 'none']);

/** A size as kept and linked: at most three decimals, inside the limits. */
export function normalizeSize(size: number): number {
  const clamped = Math.min(ANSWER_LIMITS.maxSize, Math.max(0, Math.abs(size)));
  const rounded = Number(clamped.toFixed(3));
  return rounded === 0 ? 0 : rounded;
}

export function isAnswerId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= ANSWER_LIMITS.idLength && ANSWER_LIMITS.idPattern.test(id);
}

/** A valid answer in canonical form ('none' has size 0), or null. */
export function normalizeAnswer(value: unknown): StudentAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const { direction, size } = value as Record<string, unknown>;
  if (typeof direction !== 'string' || !DIRECTIONS.has(direction as Direction)) return null;
  if (typeof size !== 'number' || !Number.isFinite(size) || size < 0) return null;
  return { direction: direction as Direction, size: direction === 'none' ? 0 : normalizeSize(size) };
}

/** Keeps only valid ids and answers, within the limits. Reports whether anything had to be dropped. */
export function sanitizeAnswers(value: unknown): { answers: AnswersByExercise; dropped: boolean } {
  const answers: AnswersByExercise = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { answers, dropped: value !== undefined };
  let dropped = false;
  for (const [exerciseId, questions] of Object.entries(value)) {
    if (
      !isAnswerId(exerciseId) ||
      typeof questions !== 'object' ||
      questions === null ||
      Object.keys(answers).length >= ANSWER_LIMITS.exercises
    ) {
      dropped = true;
      continue;
    }
    const kept: Record<string, StudentAnswer> = {};
    for (const [questionId, answer] of Object.entries(questions as Record<string, unknown>)) {
      const normal = normalizeAnswer(answer);
      if (!isAnswerId(questionId) || !normal || Object.keys(kept).length >= ANSWER_LIMITS.questionsPerExercise)
        dropped = true;
      else kept[questionId] = normal;
    }
    if (Object.keys(kept).length > 0) answers[exerciseId] = kept;
  }
  return { answers, dropped };
}

export class AnswersStore {
  /** False when answers live only in memory (storage blocked or full): the page should say so. */
  persisted = true;
  problem: StoreProblem | null = null;
  private answers: AnswersByExercise = {};
  private readonly storage: Storage | null;

  /** `storage` defaults to the browser's localStorage; pass a Storage, a getter (which may throw) or null for tests. */
  constructor(storage: StorageSource = () => globalThis.localStorage) {
    this.storage = this.open(storage);
    if (!this.storage) return;
    let raw: string | null = null;
    try {
      raw = this.storage.getItem(ANSWERS_STORAGE_KEY);
    } catch {
      this.fail('blocked');
      return;
    }
    if (raw === null) return;
    try {
      const parsed: unknown = JSON.parse(raw);
      const answers =
        typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).answers : parsed;
      const { answers: kept, dropped } = sanitizeAnswers(answers);
      this.answers = kept;
      if (dropped || answers === undefined) this.problem = 'corrupt';
    } catch {
      this.problem = 'corrupt';
    }
  }

  get(exerciseId: string, questionId: string): StudentAnswer | undefined {
    return this.answers[exerciseId]?.[questionId];
  }

  /** Every answer, as a copy. */
  all(): AnswersByExercise {
    return Object.fromEntries(Object.entries(this.answers).map(([id, questions]) => [id, { ...questions }]));
  }

  /** Keeps an answer (invalid ones are refused: returns false) and tries to save. */
  set(exerciseId: string, questionId: string, answer: StudentAnswer): boolean {
    const normal = normalizeAnswer(answer);
    if (!normal || !isAnswerId(exerciseId) || !isAnswerId(questionId)) return false;
    this.answers = { ...this.answers, [exerciseId]: { ...this.answers[exerciseId], [questionId]: normal } };
    this.save();
    return true;
  }

  clear(exerciseId: string, questionId: string): void {
    const questions = { ...this.answers[exerciseId] };
    delete questions[questionId];
    const next = { ...this.answers };
    if (Object.keys(questions).length > 0) next[exerciseId] = questions;
    else delete next[exerciseId];
    this.answers = next;
    this.save();
  }

  clearAll(): void {
    this.answers = {};
    this.save();
  }

  private open(source: StorageSource): Storage | null {
    try {
      const storage = typeof source === 'function' ? source() : source;
      if (!storage) this.fail('blocked');
      return storage ?? null;
    } catch {
      this.fail('blocked');
      return null;
    }
  }

  private save(): void {
    if (!this.storage || this.problem === 'blocked') return;
    try {
      this.storage.setItem(ANSWERS_STORAGE_KEY, JSON.stringify({ version: 1, answers: this.answers }));
      this.persisted = true;
      if (this.problem === 'full' || this.problem === 'corrupt') this.problem = null;
    } catch (error) {
      // QuotaExceededError, or a storage that refuses writes: keep going in memory and say so.
      this.fail(isQuotaError(error) ? 'full' : 'blocked');
    }
  }

  private fail(problem: StoreProblem): void {
    this.persisted = false;
    this.problem = problem;
  }
}

function isQuotaError(error: unknown): boolean {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
