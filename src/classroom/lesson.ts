// Lesson rules on a model: checking a lesson against the parameters, writing it to a link, and what students may move.
import { ownValue } from '../engine/own-value.ts';
import type { ParameterDeclaration } from '../engine/types.ts';
import { type Adjustment, type AdjustmentReason, formatForLink, snapToStep } from '../link/sanitize-value.ts';
import { allowedValue } from '../link/value-rule.ts';
import {
  LESSON_KEYS,
  type Lesson,
  defaultLesson,
  parseExerciseId,
  parseKeyList,
  parseLessonMode,
  parseRangeText,
} from '../link/view-params.ts';

type Parameters = readonly ParameterDeclaration[];

export interface LessonReading {
  lesson: Lesson;
  /** Range ends that were out of the declared range or off the step, with the value used. */
  adjusted: Adjustment[];
  /** Lesson keys (or `lock=<item>`, `hide=<item>`) that could not be used. */
  ignored: string[];
}

/**
 * Checks lesson link values against the model, in the order given. Never throws. Unknown parameters
 * and unreadable values are ignored; range ends are clamped and snapped; a reversed, empty or repeated
 * range is ignored; a range as wide as the slider is no range; a key both hidden and locked is hidden,
 * and a hidden or locked key's range is ignored. `exerciseIds`, when given, lists the known exercises.
 */
export function readLesson(
  parameters: Parameters,
  pairs: readonly (readonly [string, string])[],
  exerciseIds?: readonly string[],
): LessonReading {
  const byKey = new Map(parameters.map((p) => [p.key, p]));
  const lesson = defaultLesson();
  const adjusted: Adjustment[] = [];
  const ignored: string[] = [];
  const locked = new Set<string>();
  const hidden = new Set<string>();
  const ranges = new Map<string, [number, number]>();
  const rangesSeen = new Set<string>();

  for (const [key, given] of pairs) {
    if (key === LESSON_KEYS.mode) {
      const mode = parseLessonMode(given);
      if (mode) lesson.mode = mode;
      else ignored.push(key);
    } else if (key === LESSON_KEYS.exercise) {
      const id = parseExerciseId(given);
      if (id !== undefined && (!exerciseIds || exerciseIds.includes(id))) lesson.exercise = id;
      else ignored.push(key);
    } else if (key === LESSON_KEYS.lock || key === LESSON_KEYS.hide) {
      const target = key === LESSON_KEYS.lock ? locked : hidden;
      for (const item of parseKeyList(given)) {
        if (byKey.has(item)) target.add(item);
        else ignored.push(`${key}=${item}`);
      }
    } else if (key.startsWith(LESSON_KEYS.rangePrefix)) {
      const parameterKey = key.slice(LESSON_KEYS.rangePrefix.length);
      const parameter = byKey.get(parameterKey);
      const repeated = rangesSeen.has(parameterKey);
      rangesSeen.add(parameterKey);
      const range = parameter && !repeated ? readRange(parameter, key, given, adjusted) : undefined;
      if (range === undefined) ignored.push(key);
      else if (range !== 'whole') ranges.set(parameterKey, range);
    } else {
      ignored.push(key);
    }
  }

  for (const key of hidden) locked.delete(key);
  const inOrder = (keys: Set<string>) => parameters.map((p) => p.key).filter((key) => keys.has(key));
  lesson.locked = inOrder(locked);
  lesson.hidden = inOrder(hidden);
  for (const parameter of parameters) {
    const range = ranges.get(parameter.key);
    if (!range) continue;
    if (locked.has(parameter.key) || hidden.has(parameter.key)) ignored.push(LESSON_KEYS.rangePrefix + parameter.key);
    else lesson.ranges[parameter.key] = range;
  }
  return { lesson, adjusted, ignored };
}

/** One `r.<key>` value: a narrower range, 'whole' when it covers the slider, or undefined when unusable. */
function readRange(
  parameter: ParameterDeclaration,
  linkKey: string,
  given: string,
  adjusted: Adjustment[],
): [number, number] | 'whole' | undefined {
  const numbers = parseRangeText(given);
  if (!numbers || numbers[0] > numbers[1]) return undefined;
  const ends = numbers.map((value) => {
    const used = snapToStep(parameter, value);
    const reason: AdjustmentReason | null =
      value < parameter.min
        ? 'below-min'
        : value > parameter.max
          ? 'above-max'
          : Math.abs(used - value) > 1e-9 * Math.max(1, Math.abs(value))
            ? 'off-step'
            : null;
    return { used, reason };
  });
  const [min, max] = ends.map((end) => end.used) as [number, number];
  if (!(min < max)) return undefined;
  if (min === parameter.min && max === parameter.max) return 'whole';
  for (const { used, reason } of ends) if (reason) adjusted.push({ key: linkKey, given, used, reason });
  return [min, max];
}

/** The lesson as a link would bring it back: only known keys, in declaration order, with valid ranges. */
export function normalizeLesson(parameters: Parameters, lesson: Lesson): Lesson {
  const raw: [string, string][] = [
    [LESSON_KEYS.mode, lesson.mode],
    [LESSON_KEYS.lock, lesson.locked.join(',')],
    [LESSON_KEYS.hide, lesson.hidden.join(',')],
    ...Object.entries(lesson.ranges).map(([key, [min, max]]): [string, string] => [
      LESSON_KEYS.rangePrefix + key,
      `${min}_${max}`,
    ]),
  ];
  if (lesson.exercise !== null) raw.push([LESSON_KEYS.exercise, lesson.exercise]);
  return readLesson(parameters, raw).lesson;
}

/** The link pairs for a lesson, in a fixed order; the default lesson writes none. */
export function lessonPairs(parameters: Parameters, lesson: Lesson): [string, string][] {
  const normal = normalizeLesson(parameters, lesson);
  const pairs: [string, string][] = [];
  if (normal.mode !== 'full') pairs.push([LESSON_KEYS.mode, normal.mode]);
  if (normal.locked.length > 0) pairs.push([LESSON_KEYS.lock, normal.locked.join(',')]);
  if (normal.hidden.length > 0) pairs.push([LESSON_KEYS.hide, normal.hidden.join(',')]);
  for (const parameter of parameters) {
    const range = ownValue(normal.ranges, parameter.key);
    if (range)
      pairs.push([
        LESSON_KEYS.rangePrefix + parameter.key,
        range.map((end) => formatForLink(parameter, end)).join('_'),
      ]);
  }
  if (normal.exercise !== null) pairs.push([LESSON_KEYS.exercise, normal.exercise]);
  return pairs;
}

export { type Access, accessOf, narrowed, rangeOf } from '../link/value-rule.ts';

/** The value a student's move sets: snapped and clamped into the lesson's range, or null for a locked or hidden slider. */
export function constrainValue(lesson: Lesson, parameter: ParameterDeclaration, value: number): number | null {
  return allowedValue(parameter, value, { source: 'user', lesson }).value;
}

/**
 * A preset or a reset under a lesson: free parameters take `values` (else their default), clamped into
 * the lesson's ranges; locked and hidden ones keep their current value, which is the lesson's starting value.
 */
export function applyToFree(
  parameters: Parameters,
  lesson: Lesson,
  current: Readonly<Record<string, number>>,
  values: Readonly<Record<string, number | undefined>>,
): Record<string, number> {
  const next: Record<string, number> = {};
  for (const parameter of parameters) {
    const given = Object.hasOwn(values, parameter.key) ? values[parameter.key] : undefined;
    next[parameter.key] =
      allowedValue(parameter, given, { source: 'preset', lesson }).value ?? current[parameter.key] ?? parameter.default;
  }
  return next;
}

/**
 * Moves values into the lesson's ranges, in place, and reports each move in `adjusted` as a link's
 * other adjustments are: a value the link already had adjusted keeps its one entry, with the value now used.
 */
export function fitToRanges(
  parameters: Parameters,
  lesson: Lesson,
  scenario: Record<string, number>,
  adjusted: Adjustment[] = [],
): Record<string, number> {
  for (const parameter of parameters) {
    const from = scenario[parameter.key];
    if (from === undefined) continue;
    const { value: used, adjustment } = allowedValue(parameter, from, { source: 'link', lesson });
    // Values already on the grid only move when they are outside the lesson's range.
    if (used === null || !adjustment || adjustment.reason === 'off-step') continue;
    const { reason } = adjustment;
    scenario[parameter.key] = used;
    const earlier = adjusted.filter((item) => item.key === parameter.key);
    for (const item of earlier) Object.assign(item, { used }, item.reason === 'repeated' ? {} : { reason });
    if (!earlier.some((item) => item.reason !== 'repeated'))
      adjusted.push({ key: parameter.key, given: formatForLink(parameter, from), used, reason });
  }
  return scenario;
}
