// Tests the one value rule: what a parameter may hold for a link, a slider or field, and a preset or Reset, with and without a lesson.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { type ValueSource, allowedValue, accessOf, rangeOf } from '../../src/link/value-rule.ts';
import { type Lesson, defaultLesson } from '../../src/link/view-params.ts';
import { isValidValue } from '../models/crude-leverage/scenario-arbitrary.ts';
import { lessonArbitrary } from './lesson-arbitrary.ts';

const parameters = crudeLeverageModel.parameters;
const byKey = new Map(parameters.map((p) => [p.key, p]));
const drop = byKey.get('drop')!; // −20 to 40, step 1, default 0
const india = byKey.get('india')!; // 0 to 2.5, step 0.01, default 1.6
const classroom: Lesson = { ...defaultLesson(), locked: ['drop'], hidden: ['brent'], ranges: { india: [1, 2] } };

describe('allowedValue without a lesson', () => {
  it('reads link text: clamps, snaps, and falls back to the default for text that is not a number', () => {
    expect(allowedValue(drop, '10', { source: 'link' })).toEqual({ value: 10 });
    expect(allowedValue(drop, '99', { source: 'link' })).toEqual({
      value: 40,
      adjustment: { key: 'drop', given: '99', used: 40, reason: 'above-max' },
    });
    expect(allowedValue(india, '1.234', { source: 'link' }).adjustment?.reason).toBe('off-step');
    expect(allowedValue(india, '1.234', { source: 'link' }).value).toBe(1.23);
    expect(allowedValue(drop, 'abc', { source: 'link' })).toMatchObject({
      value: 0,
      adjustment: { reason: 'not-a-number' },
    });
  });

  it('keeps the current value (null) for a typed value that is not a number, or a slider at NaN', () => {
    expect(allowedValue(drop, 'abc', { source: 'user' }).value).toBeNull();
    expect(allowedValue(drop, Number.NaN, { source: 'user' }).value).toBeNull();
    expect(allowedValue(drop, '-25', { source: 'user' }).value).toBe(-20);
  });

  it('gives a preset or Reset the default when it names no value', () => {
    expect(allowedValue(india, undefined, { source: 'preset' }).value).toBe(1.6);
    expect(allowedValue(india, 3, { source: 'preset' })).toMatchObject({
      value: 2.5,
      adjustment: { reason: 'above-max' },
    });
  });
});

describe('allowedValue under a lesson', () => {
  it('refuses a locked or hidden parameter to a slider and to a preset, but a link sets its starting value', () => {
    for (const source of ['user', 'preset'] as const) {
      expect(allowedValue(drop, 10, { source, lesson: classroom }).value, source).toBeNull();
      expect(allowedValue(byKey.get('brent')!, 80, { source, lesson: classroom }).value, source).toBeNull();
    }
    expect(allowedValue(drop, '10', { source: 'link', lesson: classroom }).value).toBe(10);
  });

  it("clamps into the lesson's narrower range and says so", () => {
    expect(allowedValue(india, 0.2, { source: 'user', lesson: classroom })).toEqual({
      value: 1,
      adjustment: { key: 'india', given: '0.2', used: 1, reason: 'below-min' },
    });
    expect(allowedValue(india, '2.4', { source: 'link', lesson: classroom })).toMatchObject({
      value: 2,
      adjustment: { given: '2.4', reason: 'above-max' },
    });
    expect(allowedValue(india, undefined, { source: 'preset', lesson: classroom }).value).toBe(1.6);
  });

  it('always gives null or a value on the grid inside the lesson range, for any lesson, source and input', () => {
    const inputs = fc.oneof(
      fc.double({ noNaN: false }),
      fc.string(),
      fc.constant(undefined),
      fc.double({ min: -1e3, max: 1e3 }).map(String),
    );
    fc.assert(
      fc.property(
        lessonArbitrary(parameters),
        fc.constantFrom(...parameters),
        fc.constantFrom<ValueSource>('link', 'user', 'preset'),
        inputs,
        (lesson, parameter, source, given) => {
          const { value } = allowedValue(parameter, given, { source, lesson });
          const free = accessOf(lesson, parameter.key) === 'free';
          if (source !== 'link' && !free) {
            expect(value).toBeNull();
            return;
          }
          if (value === null) {
            expect(source).toBe('user');
            return;
          }
          const [min, max] = source === 'link' && !free ? [parameter.min, parameter.max] : rangeOf(lesson, parameter);
          expect(isValidValue(parameter, value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(max);
        },
      ),
      { numRuns: 500 },
    );
  });
});
