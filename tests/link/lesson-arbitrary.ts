// Test helper: fast-check arbitraries for valid lessons (what a link brings back exactly) and for lesson junk.
import fc from 'fast-check';
import type { ParameterDeclaration } from '../../src/engine/types.ts';
import { type Lesson, LESSON_MODES } from '../../src/link/view-params.ts';
import { gridValue, stepCount } from '../models/crude-leverage/scenario-arbitrary.ts';

type Access = 'free' | 'locked' | 'hidden';

/** A narrower range on the grid: two different steps, never the whole slider. */
function narrowerRange(parameter: ParameterDeclaration): fc.Arbitrary<[number, number]> {
  const n = stepCount(parameter);
  return fc
    .tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }))
    .filter(([a, b]) => a !== b && !(Math.min(a, b) === 0 && Math.max(a, b) === n))
    .map(([a, b]) => [gridValue(parameter, Math.min(a, b)), gridValue(parameter, Math.max(a, b))]);
}

export const exerciseIds: fc.Arbitrary<string> = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 5 })
  .map((words) => words.join('-'));

/** Every valid lesson: keys in declaration order, hidden and locked apart, ranges on free sliders only. */
export function lessonArbitrary(parameters: readonly ParameterDeclaration[]): fc.Arbitrary<Lesson> {
  const perParameter = parameters.map((parameter) =>
    fc.record({
      access: fc.constantFrom<Access>('free', 'free', 'free', 'locked', 'hidden'),
      range: fc.option(narrowerRange(parameter), { nil: null, freq: 3 }),
    }),
  );
  return fc
    .record({
      mode: fc.constantFrom(...LESSON_MODES),
      rows: fc.tuple(...perParameter),
      exercise: fc.option(exerciseIds, { nil: null }),
    })
    .map(({ mode, rows, exercise }) => {
      const lesson: Lesson = { mode, locked: [], hidden: [], ranges: {}, exercise };
      rows.forEach(({ access, range }, index) => {
        const key = parameters[index]!.key;
        if (access === 'locked') lesson.locked.push(key);
        else if (access === 'hidden') lesson.hidden.push(key);
        else if (range) lesson.ranges[key] = range;
      });
      return lesson;
    });
}

/** Lesson keys with odd values: unknown keys, reversed and out-of-range ranges, prototype names, junk. */
export function lessonJunk(parameters: readonly ParameterDeclaration[]): fc.Arbitrary<string> {
  const keys = parameters.map((p) => p.key);
  const item = fc.oneof(
    fc.constantFrom(...keys, '__proto__', 'constructor', 'Drop', '', ' '),
    fc.string({ maxLength: 6 }),
  );
  const number = fc.oneof(
    fc.double().map(String),
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.constantFrom('abc', '', '1e999', '-0', '.5', 'NaN'),
  );
  const pair = fc.oneof(
    fc.tuple(
      fc.constantFrom('mode'),
      fc.oneof(fc.constantFrom('basic', 'full', 'BASIC', 'lesson', 'constructor'), fc.string()),
    ),
    fc.tuple(
      fc.constantFrom('lock', 'hide'),
      fc.array(item, { maxLength: 5 }).map((items) => items.join(',')),
    ),
    fc.tuple(
      fc.constantFrom(...keys.map((key) => `r.${key}`), 'r.', 'r.foo', 'r.__proto__'),
      fc.tuple(number, number).map(([a, b]) => `${a}_${b}`),
    ),
    fc.tuple(fc.constantFrom(...keys.map((key) => `r.${key}`)), fc.string()),
    fc.tuple(
      fc.constantFrom('ex'),
      fc.oneof(exerciseIds, fc.string(), fc.constantFrom('__proto__', 'A-B', 'a--b', 'x'.repeat(80))),
    ),
  );
  const scenario = fc.tuple(fc.constantFrom(...keys), number);
  return fc
    .array(fc.oneof(pair, scenario), { maxLength: 10 })
    .map((pairs) => pairs.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&'));
}
