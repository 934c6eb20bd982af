// Tests what a lesson keeps from a scenario applied under it: each value, the scenario's and the page's, and the reason.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { applyToFree } from '../../src/classroom/lesson.ts';
import { lessonHolds } from '../../src/classroom/lesson-holds.ts';
import { type Lesson, defaultLesson } from '../../src/link/view-params.ts';

const parameters = crudeLeverageModel.parameters;
const byKey = new Map(parameters.map((p) => [p.key, p]));
const defaults = Object.fromEntries(parameters.map((p) => [p.key, p.default]));
const lesson = (changes: Partial<Lesson>): Lesson => ({ ...defaultLesson(), ...changes });
const classroom = lesson({ locked: ['drop'], hidden: ['brent'], ranges: { india: [1, 2], 'tariff-india': [0, 100] } });

describe('lessonHolds', () => {
  it('names each value a lesson kept from a scenario, with its reason, in declaration order', () => {
    // India wanted at 0.5 but the lesson allows 1–2; drop locked at 0; brent hidden, kept at its default.
    const wanted = { ...defaults, india: 0.5, drop: 10, brent: defaults.brent! + 5 };
    const used = applyToFree(parameters, classroom, defaults, wanted);
    expect(lessonHolds(parameters, classroom, wanted, used)).toEqual([
      { key: 'drop', wanted: 10, used: 0, access: 'locked', range: [-20, 40] },
      { key: 'india', wanted: 0.5, used: 1, access: 'free', range: [1, 2] },
      {
        key: 'brent',
        wanted: defaults.brent! + 5,
        used: defaults.brent,
        access: 'hidden',
        range: [byKey.get('brent')!.min, byKey.get('brent')!.max],
      },
    ]);
  });

  it('finds nothing without a lesson, or where the scenario fits it', () => {
    const wanted = { ...defaults, india: 1.5, 'tariff-india': 50 };
    expect(
      lessonHolds(parameters, defaultLesson(), wanted, applyToFree(parameters, defaultLesson(), defaults, wanted)),
    ).toEqual([]);
    expect(lessonHolds(parameters, classroom, wanted, applyToFree(parameters, classroom, defaults, wanted))).toEqual(
      [],
    );
  });
});
