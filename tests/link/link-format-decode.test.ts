// Tests decodeLink case by case: adjusted and ignored keys, URL shapes, pinned scenarios, prototype safety.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { defaultLesson } from '../../src/link/view-params.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
const decode = (input: string) => decodeLink(model, input);
const withDefaults = (changes: Record<string, number>) => ({ ...model.defaults, ...changes });

describe('adjusted values', () => {
  it('clamps out-of-range values to min or max', () => {
    // drop runs from −20 to 40.
    const decoded = decode('drop=100&india=-1');
    expect(decoded.scenario).toEqual(withDefaults({ drop: 40, india: 0 }));
    expect(decoded.adjusted).toEqual([
      { key: 'drop', given: '100', used: 40, reason: 'above-max' },
      { key: 'india', given: '-1', used: 0, reason: 'below-min' },
    ]);
  });

  it('replaces non-numbers with the default', () => {
    for (const given of ['abc', '', '0x10', 'Infinity']) {
      const decoded = decode(`brent=${encodeURIComponent(given)}`);
      expect(decoded.scenario.brent).toBe(70);
      expect(decoded.adjusted).toEqual([{ key: 'brent', given, used: 70, reason: 'not-a-number' }]);
    }
  });

  it('snaps off-step values to the grid', () => {
    // india steps by 0.01: 1.234 → 1.23; tariff-india steps by 5: 27 → 25.
    const decoded = decode('india=1.234&tariff-india=27');
    expect(decoded.scenario).toEqual(withDefaults({ india: 1.23, 'tariff-india': 25 }));
    expect(decoded.adjusted).toEqual([
      { key: 'india', given: '1.234', used: 1.23, reason: 'off-step' },
      { key: 'tariff-india', given: '27', used: 25, reason: 'off-step' },
    ]);
  });

  it('keeps the first of a repeated key and lists the others with the value used', () => {
    const decoded = decode('drop=5&drop=7&drop=9');
    expect(decoded.scenario.drop).toBe(5);
    expect(decoded.adjusted).toEqual([
      { key: 'drop', given: '7', used: 5, reason: 'repeated' },
      { key: 'drop', given: '9', used: 5, reason: 'repeated' },
    ]);
  });

  it('keeps the value a repeated key replaced when the first was invalid', () => {
    const decoded = decode('drop=abc&drop=7');
    expect(decoded.scenario.drop).toBe(0);
    expect(decoded.adjusted.map((a) => [a.reason, a.used])).toEqual([
      ['not-a-number', 0],
      ['repeated', 0],
    ]);
  });

  it('treats a pinned key and its scenario key as different keys', () => {
    const decoded = decode('drop=5&a.drop=3&a.drop=4');
    expect(decoded.scenario.drop).toBe(5);
    expect(decoded.pinned?.drop).toBe(3);
    expect(decoded.adjusted).toEqual([{ key: 'a.drop', given: '4', used: 3, reason: 'repeated' }]);
  });
});

describe('ignored keys', () => {
  it('lists unknown keys and view settings with invalid values', () => {
    const decoded = decode('drop=10&foo=1&a.foo=2&lang=xx&panel=nope&Drop=3');
    expect(decoded.scenario).toEqual(withDefaults({ drop: 10 }));
    expect(decoded.ignored).toEqual(['foo', 'a.foo', 'lang', 'panel', 'Drop']);
  });

  it('does not list the reserved keys v, m and a', () => {
    expect(decode('v=1&m=2&a=1').ignored).toEqual([]);
  });
});

describe('prototype safety', () => {
  it('__proto__, constructor and toString change nothing and pollute nothing', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const decoded = decode('__proto__=1&constructor=2&toString=x&a.__proto__=3&__proto__.drop=4&lang=en');
    expect(decoded.scenario).toEqual(model.defaults);
    // a.__proto__ names no parameter, so nothing is pinned.
    expect(decoded.pinned).toBeNull();
    expect(Object.getPrototypeOf(decoded.scenario)).toBe(Object.prototype);
    expect(decoded.ignored).toEqual(['__proto__', 'constructor', 'toString', 'a.__proto__', '__proto__.drop']);
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).drop).toBeUndefined();
    expect({}.toString).toBe(Object.prototype.toString);
  });

  it('refuses a language named after an Object.prototype property', () => {
    for (const given of ['constructor', '__proto__', 'toString', 'valueOf']) {
      const decoded = decode(`lang=${given}`);
      expect(decoded.view.lang, given).toBe('en');
      expect(decoded.ignored, given).toEqual(['lang']);
    }
  });
});

describe('input shapes', () => {
  const expected = withDefaults({ drop: 10 });
  const shapes = [
    'drop=10',
    '?drop=10',
    '#drop=10',
    '  ?drop=10  ',
    'https://example.org/crude-leverage/?v=1&m=2&drop=10',
    'https://example.org/crude-leverage/?drop=10#results',
    'https://example.org/crude-leverage/#drop=10',
    'https://example.org/#/view?drop=10',
  ];
  for (const shape of shapes) {
    it(`reads ${JSON.stringify(shape)}`, () => expect(decode(shape).scenario).toEqual(expected));
  }

  it('reads percent-encoded and plus-encoded values', () => {
    expect(decode('drop=%2010%20').scenario.drop).toBe(10);
    expect(decode('drop=+10').scenario.drop).toBe(10);
  });

  it('gives the defaults for an empty link', () => {
    const decoded = decode('');
    expect(decoded).toMatchObject({
      scenario: model.defaults,
      pinned: null,
      adjusted: [],
      ignored: [],
      modelVersion: null,
      fromOlderModel: false,
    });
  });
});

describe('pinned scenario and view', () => {
  it('a=1 alone pins the baseline', () => {
    expect(decode('drop=10&a=1').pinned).toEqual(model.defaults);
  });

  it('a.<key> pins a scenario even without a=1', () => {
    expect(decode('a.drop=15').pinned).toEqual(withDefaults({ drop: 15 }));
  });

  it('maps language aliases and opens a panel', () => {
    expect(decode('lang=zh-TW').view).toEqual({ lang: 'zh-Hant', panel: null, lesson: defaultLesson() });
    expect(decode('lang=zh-hk&panel=assumptions').view).toEqual({
      lang: 'zh-Hant',
      panel: 'assumptions',
      lesson: defaultLesson(),
    });
    expect(decode('lang=en-GB').view.lang).toBe('en');
  });

  it('reads the model version only when it is a whole number', () => {
    expect(decode('m=1').modelVersion).toBe(1);
    expect(decode('m=abc').modelVersion).toBeNull();
    expect(decode('m=1.5').modelVersion).toBeNull();
    expect(decode('m=0')).toMatchObject({ modelVersion: 0, fromOlderModel: true });
    expect(decode('m=2')).toMatchObject({ modelVersion: 2, fromOlderModel: false });
  });
});
