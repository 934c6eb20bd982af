// The class board's reading of pasted student links: one student per line, decoded here and nowhere else (no storage, no network).
import { type Exercise, type ExerciseQuestion, answerKindOf } from '../engine/exercise-types.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { ModelBundle } from '../engine/model-bundle.ts';
import { headlineOf } from '../engine/output-types.ts';
import type { Scenario } from '../engine/types.ts';
import type { MessageKey, Translate } from '../i18n/translate.ts';
import { Address, pageIdentity } from '../link/address.ts';
// Provides link decoding with the months' record (src/link/month-starts.ts): the links read here may name a month.
import '../analysis/month-start.ts';
import { decodeLink } from '../link/link-format.ts';
import { isOfflineCopy } from '../link/public-address.ts';
import { modelForLink } from '../remix/model-for-link.ts';
import { type AnswersLinkProblem, decodeAnswers, decodeAnswersLink } from './answers-link.ts';
import { type PastedStudent, readPaste } from './board-paste.ts';
import type { AnswersByExercise } from './answers-store.ts';
import { type Comparison, type ModelAnswer, type StudentAnswer, compare, modelAnswer } from './exercise-answer.ts';

/** What the board needs of a model's bundle: the exercises it grades, and the headline it reports each student's income by. */
export type ClassroomBundle = Pick<ModelBundle, 'exercises' | 'outputs'>;

/** Lines read from one paste; the rest are left out and counted. */
export const MAX_BOARD_LINES = 40;
/** A longer line is not decoded at all (an edited model's `x=` is at most 8,000 characters). */
export const MAX_LINE_LENGTH = 12_000;
// Names and keys come from pasted text: shown shortened, and only a few keys at a time.
const [MAX_NAME_LENGTH, MAX_SHOWN_KEYS, MAX_KEY_LENGTH] = [60, 5, 30];

export type BoardProblem =
  | { kind: 'not-a-link' | 'too-long' | 'not-ours' | 'bad-code' }
  /** A link to another site or page than this simulator: left out. `page` is its host and path. */
  | { kind: 'foreign'; page: string }
  | { kind: 'adjusted' | 'ignored'; keys: string[] }
  | { kind: 'older-model'; version: number }
  /** The answers were made under an older model: compared with today's, so a gap may come from the model change. */
  | { kind: 'answers-older-model'; version: number }
  | { kind: 'remix-refused'; reason: string }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'answers'; problem: Exclude<AnswersLinkProblem, 'missing'> }
  | { kind: 'duplicate'; of: number };

/** A parameter the student's scenario sets away from its default. */
export type ParameterChange = { key: string; value: number; defaultValue: number };

export interface StudentResult {
  /** The standard model, or the edited one the link carries. */
  model: CompiledModel;
  edited: boolean;
  scenario: Scenario;
  changes: ParameterChange[];
  incomeUsdBnPerMonth: number;
  /** Against the standard model's mid-2025 income, the board's one baseline. */
  changeUsdBnPerMonth: number;
  answers: AnswersByExercise;
  /** The model version the answers were made under when older than the standard model's, else null. */
  answersOlderModel: number | null;
  /** Read from an answer code: answers only, no scenario (the standard one stands in, and income is not shown). */
  fromCode: boolean;
}

export interface BoardLine {
  /** Line number in the pasted text (blank lines count), 1-based. */
  line: number;
  /** Position among the students pasted ("Student 3"). */
  student: number;
  /** Text before the link ("Alex: https://…"), cleaned; null when there is none. */
  name: string | null;
  /** The link, or the start of the line when it has none (for the problem list). */
  text: string;
  /** Null when the line could not be read as a Crude Leverage link. */
  result: StudentResult | null;
  problems: BoardProblem[];
}

/** `leftOut`: non-blank lines after the first MAX_BOARD_LINES, not read. */
export type ClassBoard = { lines: BoardLine[]; leftOut: number; baselineUsdBnPerMonth: number };

// Control and format characters (tabs, bidirectional overrides, zero-width) never reach a label.
const INVISIBLE = /[\p{Cc}\p{Cf}]+/gu;

const shorten = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function cleanName(prefix: string): string | null {
  const name = prefix
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s:：<([\-–—|,;]+$/u, '')
    .trim();
  return name === '' ? null : shorten(name, MAX_NAME_LENGTH);
}

/** The student number this line repeats the link of, or null. */
export function duplicateOf(line: BoardLine): number | null {
  for (const problem of line.problems) if (problem.kind === 'duplicate') return problem.of;
  return null;
}

function isLink(link: string): boolean {
  try {
    return ['http:', 'https:', 'file:'].includes(new URL(link).protocol);
  } catch {
    return false;
  }
}

function readLink(
  link: string,
  standard: CompiledModel,
  bundle: ClassroomBundle,
  problems: BoardProblem[],
): StudentResult | null {
  const address = Address.parse(link);
  const chosen = modelForLink(standard, address);
  const decoded = decodeLink(chosen.model, address);
  const keys = address.keys;
  if (!keys.some((key) => !decoded.ignored.includes(key))) {
    problems.push({ kind: 'not-ours' });
    return null;
  }
  const listed = (all: string[]) => [...new Set(all)].map((key) => shorten(key, MAX_KEY_LENGTH));
  if (chosen.remixProblem) problems.push({ kind: 'remix-refused', reason: chosen.remixProblem });
  if (decoded.adjusted.length > 0)
    problems.push({ kind: 'adjusted', keys: listed(decoded.adjusted.map((a) => a.key)) });
  if (decoded.ignored.length > 0) problems.push({ kind: 'ignored', keys: listed(decoded.ignored) });
  if (decoded.fromOlderModel && decoded.modelVersion !== null)
    problems.push({ kind: 'older-model', version: decoded.modelVersion });
  const answers = decodeAnswersLink(address, bundle.exercises);
  for (const problem of answers.problems) if (problem !== 'missing') problems.push({ kind: 'answers', problem });
  // Answers are graded against the standard model: say so when they were made under an older one (a format 1
  // value does not say, and then the link's own model version is the best evidence).
  const answersVersion = answers.modelVersion ?? decoded.modelVersion;
  const answersOlderModel =
    Object.keys(answers.answers).length > 0 && answersVersion !== null && answersVersion < standard.declaration.version
      ? answersVersion
      : null;
  if (answersOlderModel !== null) problems.push({ kind: 'answers-older-model', version: answersOlderModel });

  const { model, remix } = chosen;
  const income = headlineOf(bundle.outputs, model.evaluate(decoded.scenario));
  const changes = model.declaration.parameters
    .filter((p) => decoded.scenario[p.key] !== p.default)
    .map((p) => ({ key: p.key, value: decoded.scenario[p.key]!, defaultValue: p.default }));
  return {
    model,
    edited: remix !== null,
    scenario: decoded.scenario,
    changes,
    incomeUsdBnPerMonth: income,
    changeUsdBnPerMonth: income - headlineOf(bundle.outputs, standard.baseline),
    answers: answers.answers,
    answersOlderModel,
    fromCode: false,
  };
}

/** An answer code: the answers alone, graded against the standard model (a code carries no scenario). */
function readCode(
  code: string,
  standard: CompiledModel,
  bundle: ClassroomBundle,
  problems: BoardProblem[],
): StudentResult | null {
  const decoded = decodeAnswers(code, bundle.exercises);
  for (const problem of decoded.problems) if (problem !== 'missing') problems.push({ kind: 'answers', problem });
  if (Object.keys(decoded.answers).length === 0) {
    problems.unshift({ kind: 'bad-code' });
    return null;
  }
  const version = decoded.modelVersion;
  const answersOlderModel = version !== null && version < standard.declaration.version ? version : null;
  if (answersOlderModel !== null) problems.push({ kind: 'answers-older-model', version: answersOlderModel });
  const income = headlineOf(bundle.outputs, standard.baseline);
  return {
    model: standard,
    edited: false,
    scenario: { ...standard.defaults },
    changes: [],
    incomeUsdBnPerMonth: income,
    changeUsdBnPerMonth: 0,
    answers: decoded.answers,
    answersOlderModel,
    fromCode: true,
  };
}

/** readLink, but a link that trips an unforeseen error costs its own line only, never the whole board. */
function readLinkSafely(
  link: string,
  standard: CompiledModel,
  bundle: ClassroomBundle,
  problems: BoardProblem[],
): StudentResult | null {
  try {
    return readLink(link, standard, bundle, problems);
  } catch (error) {
    problems.push({ kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

export interface ReadBoardOptions {
  /**
   * The addresses of this simulator (the page's own, and for the offline file its public address). A link to any
   * other site or page is left out and named. Empty or absent: any page whose keys are ours is read.
   */
  ownPages?: readonly string[];
}

/** A line of text as the problem list shows it: invisible characters out, shortened. */
const excerpt = (text: string) => shorten(text.replace(INVISIBLE, ' ').replace(/\s+/g, ' ').trim(), 80);

function readStudent(
  pasted: PastedStudent,
  student: number,
  standard: CompiledModel,
  bundle: ClassroomBundle,
  own: ReadonlySet<string>,
): BoardLine {
  const line = pasted.line;
  const name = pasted.name === null ? null : cleanName(pasted.name);
  if (pasted.text.length > MAX_LINE_LENGTH)
    return { line, student, name: null, text: excerpt(pasted.text), result: null, problems: [{ kind: 'too-long' }] };
  const problems: BoardProblem[] = [];
  if (pasted.code !== null) {
    const result = readCode(pasted.code, standard, bundle, problems);
    return { line, student, name, text: shorten(pasted.code, 200), result, problems };
  }
  const link = pasted.link ?? '';
  if (!isLink(link))
    return { line, student, name, text: excerpt(pasted.text), result: null, problems: [{ kind: 'not-a-link' }] };
  const page = pageIdentity(link);
  // A student's copy of the offline file sits at a path of their own: its file name is what can be checked.
  if (own.size > 0 && (page === null || !own.has(page)) && !isOfflineCopy(link))
    return {
      line,
      student,
      name,
      text: shorten(link, 200),
      result: null,
      problems: [{ kind: 'foreign', page: shorten(page ?? link, 80) }],
    };
  return {
    line,
    student,
    name,
    text: shorten(link, 200),
    result: readLinkSafely(link, standard, bundle, problems),
    problems,
  };
}

/**
 * Each student of the paste (see board-paste.ts: lines of "name link" or "name code", or a CSV/TSV export with a
 * header) becomes a line of the board. Never throws. A repeated link or code is kept and marked as a duplicate.
 * This is the board's one reading of a paste: the presenter view reads the same collection through it.
 */
export function readClassBoard(
  text: string,
  standard: CompiledModel,
  bundle: ClassroomBundle,
  options: ReadBoardOptions = {},
): ClassBoard {
  const { students } = readPaste(String(text ?? ''));
  const own = new Set((options.ownPages ?? []).flatMap((page) => pageIdentity(page) ?? []));
  const firstStudentOf = new Map<string, number>();
  const lines = students.slice(0, MAX_BOARD_LINES).map((pasted, index): BoardLine => {
    const line = readStudent(pasted, index + 1, standard, bundle, own);
    const key = line.result ? (pasted.link ?? pasted.code) : null;
    if (key === null) return line;
    const first = firstStudentOf.get(key);
    if (first === undefined) firstStudentOf.set(key, line.student);
    else line.problems.push({ kind: 'duplicate', of: first });
    return line;
  });
  return {
    lines,
    leftOut: students.length - lines.length,
    baselineUsdBnPerMonth: headlineOf(bundle.outputs, standard.baseline),
  };
}

/** `id` is `exercise-id/question-id`; `number` counts from 1 within the exercise; `answer` is the standard model's. */
export type BoardQuestion = {
  id: string;
  exercise: Exercise;
  question: ExerciseQuestion;
  number: number;
  answer: ModelAnswer;
};

/** Every question at least one student answered, in the exercises' order, with the standard model's answer. */
export function answeredQuestions(
  board: ClassBoard,
  exercises: readonly Exercise[],
  standard: CompiledModel,
): BoardQuestion[] {
  return exercises.flatMap((exercise) =>
    exercise.questions.flatMap((question, index) =>
      board.lines.some((line) => line.result?.answers[exercise.id]?.[question.id])
        ? [
            {
              id: `${exercise.id}/${question.id}`,
              exercise,
              question,
              number: index + 1,
              answer: modelAnswer(standard, question),
            },
          ]
        : [],
    ),
  );
}

export type BoardPrediction = { line: BoardLine; answer: StudentAnswer; comparison: Comparison };

/** The students who committed a prediction for this question, in board order, each compared with the model. */
export function predictionsFor(board: ClassBoard, question: BoardQuestion): BoardPrediction[] {
  return board.lines.flatMap((line) => {
    const answer = line.result?.answers[question.exercise.id]?.[question.question.id];
    return answer
      ? [{ line, answer, comparison: compare(answer, question.answer, answerKindOf(question.question)) }]
      : [];
  });
}

function answersKey(problem: Exclude<AnswersLinkProblem, 'missing'>): MessageKey {
  if (problem === 'newer-format' || problem === 'too-many')
    return problem === 'too-many' ? 'board.problem.answersTooMany' : 'board.problem.answersNewer';
  return problem.startsWith('unknown') ? 'board.problem.answersUnknown' : 'board.problem.answersDamaged';
}

/** A problem in words; `label` names a student by number ("Student 2" or their name). */
export function problemText(problem: BoardProblem, t: Translate, label: (student: number) => string): string {
  const keys = (list: string[]) =>
    list.slice(0, MAX_SHOWN_KEYS).join(', ') + (list.length > MAX_SHOWN_KEYS ? ', …' : '');
  switch (problem.kind) {
    case 'not-a-link':
      return t('board.problem.notALink');
    case 'too-long':
      return t('board.problem.tooLong', { max: MAX_LINE_LENGTH });
    case 'not-ours':
      return t('board.problem.notOurs');
    case 'foreign':
      return t('board.problem.foreign', { page: problem.page });
    case 'bad-code':
      return t('board.problem.badCode');
    case 'adjusted':
      return t('board.problem.adjusted', { keys: keys(problem.keys) });
    case 'ignored':
      return t('board.problem.ignored', { keys: keys(problem.keys) });
    case 'older-model':
      return t('board.problem.olderModel', { version: problem.version });
    case 'answers-older-model':
      return t('board.problem.answersOlderModel', { version: problem.version });
    case 'remix-refused':
      return t('board.problem.remixRefused', { reason: shorten(problem.reason, 160) });
    case 'unreadable':
      return t('board.problem.unreadable', { reason: shorten(problem.reason, 160) });
    case 'answers':
      return t(answersKey(problem.problem));
    case 'duplicate':
      return t('board.problem.duplicate', { label: label(problem.of) });
  }
}
