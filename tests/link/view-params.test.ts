// Tests the view settings a link carries: language with its aliases, the opened panel, and the lesson keys' parsers.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_VIEW,
  LANGUAGES,
  PANELS,
  VIEW_PARAMETERS,
  isLessonKey,
  parseExerciseId,
  parseKeyList,
  parseLessonMode,
  parseRangeText,
} from '../../src/link/view-params.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';

const [lang, panel] = VIEW_PARAMETERS;

describe('lang', () => {
  it('maps aliases to the languages the app speaks, ignoring case and spaces', () => {
    const cases: [string, string][] = [
      ['en', 'en'],
      ['EN', 'en'],
      ['en-US', 'en'],
      ['en-gb', 'en'],
      ['zh-Hant', 'zh-Hant'],
      ['zh-hant', 'zh-Hant'],
      ['zh-TW', 'zh-Hant'],
      ['ZH-HK', 'zh-Hant'],
      ['zh', 'zh-Hant'],
      [' zh-TW ', 'zh-Hant'],
    ];
    for (const [given, expected] of cases) expect(lang.parse(given), given).toBe(expected);
  });

  it('refuses unknown languages', () => {
    for (const given of ['fr', 'zh-Hans', 'zh-CN', '', 'english']) expect(lang.parse(given), given).toBeUndefined();
  });

  it('refuses names inherited from Object.prototype', () => {
    for (const given of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(lang.parse(given), given).toBeUndefined();
    }
  });

  it('parses to a language or nothing, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('constructor', 'toString', '__proto__', 'zh-tw')), (given) => {
        const parsed = lang.parse(given);
        expect(parsed === undefined || (LANGUAGES as readonly string[]).includes(parsed)).toBe(true);
      }),
    );
  });

  it('leaves the default language out of links', () => {
    expect(lang.format('en')).toBeNull();
    expect(lang.format('zh-Hant')).toBe('zh-Hant');
  });
});

describe('panel', () => {
  it('accepts the declared panels only, exactly as written', () => {
    for (const p of PANELS) expect(panel.parse(p)).toBe(p);
    expect(panel.parse('Assumptions')).toBeUndefined();
    expect(panel.parse('constructor')).toBeUndefined();
  });

  it('writes a panel and leaves no panel out', () => {
    expect(panel.format('assumptions')).toBe('assumptions');
    expect(panel.format(null)).toBeNull();
  });
});

describe('defaults', () => {
  it('start in English with no panel open and no lesson', () => {
    expect(DEFAULT_VIEW).toEqual({
      lang: 'en',
      panel: null,
      lesson: { mode: 'full', locked: [], hidden: [], ranges: {}, exercise: null },
    });
  });
});

describe('lesson keys', () => {
  it('are mode, lock, hide, ex and every r.<key>', () => {
    for (const key of ['mode', 'lock', 'hide', 'ex', 'r.drop', 'r.']) expect(isLessonKey(key), key).toBe(true);
    for (const key of ['lang', 'panel', 'drop', 'a.drop', 'r', 'Mode', 'locked'])
      expect(isLessonKey(key), key).toBe(false);
  });

  it('read the mode in any case, and nothing else', () => {
    expect(parseLessonMode('basic')).toBe('basic');
    expect(parseLessonMode(' Full ')).toBe('full');
    for (const given of ['lesson', '', 'constructor', 'basics']) expect(parseLessonMode(given), given).toBeUndefined();
  });

  it('read kebab-case exercise ids of at most 64 characters', () => {
    expect(parseExerciseId('ten-lower')).toBe('ten-lower');
    expect(parseExerciseId(' q1 ')).toBe('q1');
    for (const given of ['Ten', 'a--b', '-a', 'a-', 'a_b', '__proto__', '', 'x'.repeat(65)])
      expect(parseExerciseId(given), given).toBeUndefined();
  });

  it('split lists on commas, trimmed, without empty items or repeats', () => {
    expect(parseKeyList(' drop, india,,drop ,')).toEqual(['drop', 'india']);
    expect(parseKeyList('')).toEqual([]);
  });

  it('read a range as two plain numbers joined by an underscore', () => {
    expect(parseRangeText('-10_5')).toEqual([-10, 5]);
    expect(parseRangeText('0.5_.75')).toEqual([0.5, 0.75]);
    expect(parseRangeText('10_0')).toEqual([10, 0]);
    for (const given of ['10', '1_2_3', 'a_b', '_5', '0x10_20', '1e999_2', 'Infinity_1', '1-5'])
      expect(parseRangeText(given), given).toBeUndefined();
  });

  it('parse any text without throwing', () => {
    fc.assert(
      fc.property(fc.string(), (given) => {
        parseLessonMode(given);
        parseExerciseId(given);
        parseRangeText(given);
        expect(parseKeyList(given).every((item) => item !== '' && !item.includes(','))).toBe(true);
      }),
    );
  });
});

describe('present', () => {
  const model = compileModel(crudeLeverageModel);

  it('opens the presenter view for 1 or true, and the full page for 0, false or nonsense', () => {
    for (const given of ['1', 'true', ' TRUE '])
      expect(decodeLink(model, `present=${given}`).view.present, given).toBe(true);
    for (const given of ['0', 'false']) expect(decodeLink(model, `present=${given}`).view.present, given).toBe(false);
    for (const given of ['yes', '2', '', '<script>']) {
      const decoded = decodeLink(model, `drop=10&present=${encodeURIComponent(given)}`);
      expect(decoded.view.present, given).toBeUndefined();
      expect(decoded.ignored, given).toEqual(['present']);
      expect(decoded.scenario.drop).toBe(10);
    }
  });

  it('is written only when on, and a link without it decodes as before', () => {
    expect(encodeLink(model, { scenario: model.defaults, view: { present: true } })).toContain('present=1');
    expect(encodeLink(model, { scenario: model.defaults, view: { present: false } })).not.toContain('present');
    expect(decodeLink(model, 'drop=10').view.present).toBeUndefined();
  });
});
