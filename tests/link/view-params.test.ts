// Tests the view settings a link carries: language with its aliases, and the opened panel.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_VIEW, LANGUAGES, PANELS, VIEW_PARAMETERS } from '../../src/link/view-params.ts';

const [lang, panel] = VIEW_PARAMETERS;

describe('lang', () => {
  it('maps aliases to the languages the app speaks, ignoring case and spaces', () => {
    const cases: [string, string][] = [
      ['en', 'en'], ['EN', 'en'], ['en-US', 'en'], ['en-gb', 'en'],
      ['zh-Hant', 'zh-Hant'], ['zh-hant', 'zh-Hant'], ['zh-TW', 'zh-Hant'], ['ZH-HK', 'zh-Hant'], ['zh', 'zh-Hant'], [' zh-TW ', 'zh-Hant'],
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
  it('start in English with no panel open', () => {
    expect(DEFAULT_VIEW).toEqual({ lang: 'en', panel: null });
  });
});
