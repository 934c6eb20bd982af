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

/** Where `storage` events arrive (the window); a test passes its own. */
export type StorageEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** What storage held when read: the answers kept from it, and whether anything had to be dropped. */
type StoredRead = { answers: AnswersByExercise; corrupt: boolean };

/**
 * The answers of one browser profile, shared by its tabs: every change re-reads storage first and applies itself on
 * top, so two tabs never overwrite each other's answers; `listen` brings another tab's changes into this one.
 */
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
    const stored = this.read();
    if (stored === 'blocked') this.fail('blocked');
    else if (stored) {
      this.answers = stored.answers;
      if (stored.corrupt) this.problem = 'corrupt';
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
    this.update((answers) => ({ ...answers, [exerciseId]: { ...answers[exerciseId], [questionId]: normal } }));
    return true;
  }

  clear(exerciseId: string, questionId: string): void {
    this.update((answers) => {
      const questions = { ...answers[exerciseId] };
      delete questions[questionId];
      const next = { ...answers };
      if (Object.keys(questions).length > 0) next[exerciseId] = questions;
      else delete next[exerciseId];
      return next;
    });
  }

  /** Every answer of every exercise, in this tab and in storage (so in every tab of this browser). */
  clearAll(): void {
    this.answers = {};
    if (!this.storage || this.problem === 'blocked') return;
    try {
      this.storage.removeItem(ANSWERS_STORAGE_KEY);
      this.persisted = true;
      this.problem = null;
    } catch {
      this.fail('blocked');
    }
  }

  /**
   * Reads storage again (another tab may have written). Returns whether this store's answers changed. While the
   * answers live only in memory (storage full or blocked) memory wins, so nothing is lost.
   */
  reload(): boolean {
    if (!this.storage || !this.persisted) return false;
    const stored = this.read();
    if (stored === 'blocked') return false;
    const next = stored?.answers ?? {};
    const changed = JSON.stringify(next) !== JSON.stringify(this.answers);
    this.answers = next;
    return changed;
  }

  /**
   * Calls `onChange` when another tab changes the stored answers (the browser's `storage` event, which the tab that
   * wrote does not get). Returns the function that stops listening.
   */
  listen(onChange: () => void, events: StorageEvents | undefined = globalThis.window): () => void {
    if (!events) return () => {};
    const handler = (event: Event) => {
      // A null key is storage.clear() in another tab.
      const key = (event as Partial<StorageEvent>).key;
      if ((key === null || key === ANSWERS_STORAGE_KEY) && this.reload()) onChange();
    };
    events.addEventListener('storage', handler);
    return () => events.removeEventListener('storage', handler);
  }

  /** Applies a change on top of what storage holds now, then saves. */
  private update(change: (answers: AnswersByExercise) => AnswersByExercise): void {
    this.reload();
    this.answers = change(this.answers);
    this.save();
  }

  /** The stored answers, null when nothing is stored, or 'blocked' when storage refuses to be read. */
  private read(): StoredRead | null | 'blocked' {
    let raw: string | null = null;
    try {
      raw = this.storage!.getItem(ANSWERS_STORAGE_KEY);
    } catch {
      return 'blocked';
    }
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      const answers =
        typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).answers : parsed;
      const { answers: kept, dropped } = sanitizeAnswers(answers);
      return { answers: kept, corrupt: dropped || answers === undefined };
    } catch {
      return { answers: {}, corrupt: true };
    }
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
