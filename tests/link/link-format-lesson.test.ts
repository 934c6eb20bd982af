// Tests the lesson keys of the link format: what they write, exact round trips, and bad input that never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { fitToRanges, normalizeLesson } from '../../src/classroom/lesson.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { type Lesson, LANGUAGES, defaultLesson } from '../../src/link/view-params.ts';
import { scenarioArbitrary } from '../models/crude-leverage/scenario-arbitrary.ts';
import { lessonArbitrary, lessonJunk } from './lesson-arbitrary.ts';

const model = compileModel(crudeLeverageModel);
const parameters = crudeLeverageModel.parameters;
const lessons = lessonArbitrary(parameters);
const scenarios = scenarioArbitrary(parameters);
const lesson = (changes: Partial<Lesson>): Lesson => ({ ...defaultLesson(), ...changes });
const encode = (changes: Partial<Lesson>, scenario = model.defaults) =>
  encodeLink(model, { scenario, view: { lesson: lesson(changes) } });
const decode = (input: string, exerciseIds?: string[]) => decodeLink(model, input, { exerciseIds });

/** A lesson as decoding must leave it, whatever the link said, with the scenario inside its ranges. */
function expectValidLesson(result: Lesson, scenario: Record<string, number>): void {
  expect(normalizeLesson(parameters, result)).toEqual(result);
  expect(result.locked.filter((key) => result.hidden.includes(key))).toEqual([]);
  for (const [key, [min, max]] of Object.entries(result.ranges)) {
    expect(scenario[key]!).toBeGreaterThanOrEqual(min);
    expect(scenario[key]!).toBeLessThanOrEqual(max);
  }
}

describe('encodeLink with a lesson', () => {
  it('writes nothing for the default lesson', () => {
    expect(encode({})).toBe('v=1&m=2');
  });

  it('writes every lesson key after the scenario and view, lists in declaration order, commas kept', () => {
    const link = encode(
      {
        mode: 'basic',
        locked: ['india', 'drop'],
        hidden: ['rub', 'brent'],
        ranges: { 'tariff-india': [0, 100], drop: [-10, 5] },
        exercise: 'ten-lower',
      },
      { ...model.defaults, 'tariff-china': 50 },
    );
    // drop is locked, so its range is left out.
    expect(link).toBe(
      'v=1&m=2&tariff-china=50&mode=basic&lock=drop,india&hide=brent,rub&r.tariff-india=0_100&ex=ten-lower',
    );
  });

  it('writes negative and fractional range ends as the slider step needs', () => {
    expect(encode({ ranges: { drop: [-10, 5], india: [0.5, 1.25] } })).toBe('v=1&m=2&r.drop=-10_5&r.india=0.5_1.25');
  });

  it('leaves out a range as wide as the slider, unknown keys and a key both hidden and locked from the lock list', () => {
    expect(encode({ ranges: { drop: [-20, 40] }, locked: ['zzz', 'drop'], hidden: ['drop'] })).toBe(
      'v=1&m=2&hide=drop',
    );
  });
});

describe('lesson round trip', () => {
  it('decode(encode(lesson)) gives back the lesson, the scenario and the language exactly', () => {
    fc.assert(
      fc.property(lessons, scenarios, fc.constantFrom(...LANGUAGES), (given, rawScenario, lang) => {
        const scenario = fitToRanges(parameters, given, { ...rawScenario });
        const decoded = decodeLink(model, encodeLink(model, { scenario, view: { lang, lesson: given } }));
        expect(decoded.view.lesson).toEqual(given);
        expect(decoded.view.lang).toBe(lang);
        expect(decoded.scenario).toEqual(scenario);
        expect(decoded.adjusted).toEqual([]);
        expect(decoded.ignored).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a listed exercise when the caller gives the list', () => {
    const decoded = decode(encode({ exercise: 'why-india' }), ['why-india', 'ten-lower']);
    expect(decoded.view.lesson.exercise).toBe('why-india');
    expect(decoded.ignored).toEqual([]);
  });

  it('encoding is idempotent for any lesson link, even a bad one', () => {
    fc.assert(
      fc.property(lessonJunk(parameters), (text) => {
        const decoded = decode(text);
        const once = encodeLink(model, { scenario: decoded.scenario, view: decoded.view });
        const again = decode(once);
        expect(again.view.lesson).toEqual(decoded.view.lesson);
        expect(encodeLink(model, { scenario: again.scenario, view: again.view })).toBe(once);
      }),
    );
  });
});

describe('decoding bad lesson input', () => {
  it('never throws and always gives a valid lesson with the scenario inside its ranges', () => {
    fc.assert(
      fc.property(lessonJunk(parameters), (text) => {
        const decoded = decode(text);
        expectValidLesson(decoded.view.lesson, decoded.scenario);
        for (const adjustment of decoded.adjusted) expect(Number.isFinite(adjustment.used)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('drops unknown keys inside lock and hide and reports each as ignored', () => {
    const decoded = decode('lock=india,foo,,Drop&hide=__proto__, brent');
    expect(decoded.view.lesson).toMatchObject({ locked: ['india'], hidden: ['brent'] });
    expect(decoded.ignored).toEqual(['lock=foo', 'lock=Drop', 'hide=__proto__']);
  });

  it('reads a percent-encoded comma and merges repeated lists', () => {
    expect(decode('lock=drop%2Cindia&lock=china').view.lesson.locked).toEqual(['drop', 'india', 'china']);
  });

  it('hides a parameter that is both hidden and locked', () => {
    expect(decode('lock=drop,india&hide=drop').view.lesson).toMatchObject({ locked: ['india'], hidden: ['drop'] });
  });

  it('clamps range ends to the declared range and snaps them to the step, as adjustments', () => {
    const decoded = decode('r.drop=-50_10.4');
    expect(decoded.view.lesson.ranges).toEqual({ drop: [-20, 10] });
    expect(decoded.adjusted).toEqual([
      { key: 'r.drop', given: '-50_10.4', used: -20, reason: 'below-min' },
      { key: 'r.drop', given: '-50_10.4', used: 10, reason: 'off-step' },
    ]);
  });

  it('ignores a reversed, empty, unreadable, repeated or unknown range, and one on a locked or hidden slider', () => {
    const decoded = decode(
      'r.drop=10_0&r.brent=50_50&r.india=a_b&r.china=1_2&r.china=0_1&r.foo=1_2&r.rub=70_90&lock=rub&r.turkey=1e999_2',
    );
    expect(decoded.view.lesson.ranges).toEqual({ china: [1, 2] });
    expect(decoded.ignored).toEqual(['r.drop', 'r.brent', 'r.india', 'r.china', 'r.foo', 'r.turkey', 'r.rub']);
  });

  it('treats a range covering the whole slider as no range, silently', () => {
    const decoded = decode('r.drop=-100_100&r.india=0_2.5');
    expect(decoded.view.lesson.ranges).toEqual({});
    expect(decoded).toMatchObject({ adjusted: [], ignored: [] });
  });

  it('moves a starting value into its range and says so', () => {
    const decoded = decode('drop=30&r.drop=0_10&r.brent=75_90');
    expect(decoded.scenario).toMatchObject({ drop: 10, brent: 75 });
    expect(decoded.adjusted).toEqual([
      { key: 'drop', given: '30', used: 10, reason: 'above-max' },
      { key: 'brent', given: '70', used: 75, reason: 'below-min' },
    ]);
  });

  it('keeps one adjustment for a value the link already had wrong', () => {
    const decoded = decode('drop=100&drop=7&r.drop=0_10');
    expect(decoded.scenario.drop).toBe(10);
    expect(decoded.adjusted).toEqual([
      { key: 'drop', given: '100', used: 10, reason: 'above-max' },
      { key: 'drop', given: '7', used: 10, reason: 'repeated' },
    ]);
  });

  it('leaves the pinned scenario as the link gives it', () => {
    expect(decode('a.drop=30&r.drop=0_10').pinned?.drop).toBe(30);
  });

  it('ignores an unknown mode and an exercise id that is malformed or not in the list', () => {
    expect(decode('mode=lesson').ignored).toEqual(['mode']);
    expect(decode('mode=BASIC').view.lesson.mode).toBe('basic');
    for (const given of ['Ten-Lower', 'a--b', '-a', '__proto__', 'x'.repeat(65), '']) {
      const decoded = decode(`ex=${encodeURIComponent(given)}`);
      expect(decoded.view.lesson.exercise, given).toBeNull();
      expect(decoded.ignored, given).toEqual(['ex']);
    }
    expect(decode('ex=ten-lower', ['why-india']).ignored).toEqual(['ex']);
    expect(decode('ex=ten-lower').view.lesson.exercise).toBe('ten-lower');
  });
});

describe('older links with renamed parameters', () => {
  const note = { en: 'test change', 'zh-Hant': '測試變更' };
  const renamedModel = compileModel({
    ...crudeLeverageModel,
    version: 2,
    history: [{ version: 1, defaults: {}, renamed: { 'oil-drop': 'drop', 'india-buys': 'india' }, note }],
  });

  it('follow their parameter in lock, hide and r.<key>', () => {
    const decoded = decodeLink(
      renamedModel,
      'v=1&m=1&lock=oil-drop,china&hide=india-buys&r.oil-drop=0_10&r.tariff-india=0_100',
    );
    expect(decoded.view.lesson).toMatchObject({
      locked: ['drop', 'china'],
      hidden: ['india'],
      ranges: { 'tariff-india': [0, 100] },
    });
    expect(decodeLink(renamedModel, 'v=1&m=1&r.india-buys=1_2').view.lesson.ranges).toEqual({ india: [1, 2] });
  });
});
