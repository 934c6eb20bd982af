// Tests the lesson rules: reading and normalising a lesson, what students may move, presets and resets under a lesson.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import {
  accessOf,
  applyToFree,
  constrainValue,
  fitToRanges,
  lessonPairs,
  narrowed,
  normalizeLesson,
  rangeOf,
  readLesson,
} from '../../src/classroom/lesson.ts';
import { type Lesson, defaultLesson } from '../../src/link/view-params.ts';
import { lessonArbitrary } from '../link/lesson-arbitrary.ts';
import { isValidValue, scenarioArbitrary } from '../models/crude-leverage/scenario-arbitrary.ts';

const parameters = crudeLeverageModel.parameters;
const byKey = new Map(parameters.map((p) => [p.key, p]));
const defaults = Object.fromEntries(parameters.map((p) => [p.key, p.default]));
const lesson = (changes: Partial<Lesson>): Lesson => ({ ...defaultLesson(), ...changes });
const classroom = lesson({ locked: ['drop'], hidden: ['brent'], ranges: { india: [1, 2], 'tariff-india': [0, 100] } });

describe('readLesson', () => {
  it('gives the default lesson for no pairs', () => {
    expect(readLesson(parameters, [])).toEqual({ lesson: defaultLesson(), adjusted: [], ignored: [] });
  });

  it('keeps an exercise only when the list, if given, has it', () => {
    expect(readLesson(parameters, [['ex', 'ten-lower']], ['ten-lower']).lesson.exercise).toBe('ten-lower');
    expect(readLesson(parameters, [['ex', 'ten-lower']], []).ignored).toEqual(['ex']);
  });

  it('ignores keys that are not lesson keys', () => {
    expect(readLesson(parameters, [['lang', 'en']]).ignored).toEqual(['lang']);
  });
});

describe('normalizeLesson and lessonPairs', () => {
  it('leave a valid lesson as it is', () => {
    fc.assert(
      fc.property(lessonArbitrary(parameters), (given) => {
        expect(normalizeLesson(parameters, given)).toEqual(given);
      }),
    );
  });

  it('sort keys into declaration order and snap ranges; the default lesson writes no pairs', () => {
    const messy = lesson({ locked: ['india', 'drop', 'drop'], ranges: { china: [3.004, 0.5], turkey: [0.1, 0.204] } });
    expect(normalizeLesson(parameters, messy)).toEqual(
      lesson({ locked: ['drop', 'india'], ranges: { turkey: [0.1, 0.2] } }),
    );
    expect(lessonPairs(parameters, defaultLesson())).toEqual([]);
  });
});

describe('what students may move', () => {
  it('says free, locked or hidden, hidden first', () => {
    expect(accessOf(classroom, 'drop')).toBe('locked');
    expect(accessOf(classroom, 'brent')).toBe('hidden');
    expect(accessOf(classroom, 'india')).toBe('free');
    expect(accessOf(lesson({ locked: ['drop'], hidden: ['drop'] }), 'drop')).toBe('hidden');
  });

  it('gives the narrower range or the declared one', () => {
    expect(rangeOf(classroom, byKey.get('india')!)).toEqual([1, 2]);
    expect(rangeOf(classroom, byKey.get('china')!)).toEqual([0, 4]);
    expect(narrowed(classroom, byKey.get('china')!)).toBe(byKey.get('china'));
  });

  it('refuses a locked or hidden slider and clamps and snaps into the range', () => {
    expect(constrainValue(classroom, byKey.get('drop')!, 10)).toBeNull();
    expect(constrainValue(classroom, byKey.get('brent')!, 80)).toBeNull();
    expect(constrainValue(classroom, byKey.get('india')!, 0.2)).toBe(1);
    expect(constrainValue(classroom, byKey.get('india')!, 1.234)).toBe(1.23);
    expect(constrainValue(classroom, byKey.get('tariff-india')!, 500)).toBe(100);
    expect(constrainValue(classroom, byKey.get('india')!, Number.NaN)).toBeNull();
  });

  it('always gives a value on the grid inside the lesson range, for any lesson and value', () => {
    fc.assert(
      fc.property(
        lessonArbitrary(parameters),
        fc.constantFrom(...parameters),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (given, parameter, value) => {
          const used = constrainValue(given, parameter, value);
          if (accessOf(given, parameter.key) !== 'free') {
            expect(used).toBeNull();
            return;
          }
          const [min, max] = rangeOf(given, parameter);
          expect(isValidValue(parameter, used!)).toBe(true);
          expect(used!).toBeGreaterThanOrEqual(min);
          expect(used!).toBeLessThanOrEqual(max);
        },
      ),
    );
  });
});

describe('presets and resets under a lesson', () => {
  const current = { ...defaults, drop: 15, brent: 90, india: 1.5, china: 3 };

  it('move free sliders only; locked and hidden keep the lesson starting value', () => {
    const next = applyToFree(parameters, classroom, current, {
      drop: 10,
      brent: 60,
      india: 0,
      'tariff-india': 500,
      zzz: 1,
    });
    expect(next).toEqual({ ...defaults, drop: 15, brent: 90, india: 1, 'tariff-india': 100 });
  });

  it('reset free sliders to their defaults, clamped into the range', () => {
    const narrowChina = lesson({ ...classroom, ranges: { ...classroom.ranges, china: [2.5, 3.5] } });
    expect(applyToFree(parameters, narrowChina, current, {})).toEqual({
      ...defaults,
      drop: 15,
      brent: 90,
      china: 2.5,
      india: 1.6,
    });
  });

  it('with no lesson are the defaults plus the preset', () => {
    expect(applyToFree(parameters, defaultLesson(), current, { drop: 10 })).toEqual({ ...defaults, drop: 10 });
  });
});

describe('fitToRanges', () => {
  it('moves values into the ranges and leaves the others', () => {
    fc.assert(
      fc.property(lessonArbitrary(parameters), scenarioArbitrary(parameters), (given, scenario) => {
        const fitted = fitToRanges(parameters, given, { ...scenario });
        for (const p of parameters) {
          const [min, max] = rangeOf(given, p);
          const value = scenario[p.key]!;
          expect(fitted[p.key]).toBe(Math.min(max, Math.max(min, value)));
        }
      }),
    );
  });
});
