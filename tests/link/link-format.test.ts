// Property tests of the scenario link format: exact round trips, idempotent encoding, decoding never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../../src/engine/compile-model.ts';
import type { Scenario } from '../../src/engine/types.ts';
import { type DecodedLink, decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { LANGUAGES, PANELS, type ViewSettings, defaultLesson } from '../../src/link/view-params.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { isValidValue, scenarioArbitrary } from '../models/crude-leverage/scenario-arbitrary.ts';

const model = compileModel(crudeLeverageModel);
const parameters = crudeLeverageModel.parameters;
const keys = parameters.map((p) => p.key);
const scenarios = scenarioArbitrary(parameters);
// Lessons have their own round trips (link-format-lesson.test.ts): here the lesson is the default one.
const views: fc.Arbitrary<ViewSettings> = fc.record({
  lang: fc.constantFrom(...LANGUAGES),
  panel: fc.constantFrom(null, ...PANELS),
  lesson: fc.constant(defaultLesson()),
});

/** Every value of `scenario` is a parameter's, finite, inside [min, max] and on its step. */
function expectValid(scenario: Scenario): void {
  expect(Object.keys(scenario).sort()).toEqual([...keys].sort());
  for (const p of parameters) expect(isValidValue(p, scenario[p.key]!), `${p.key}=${scenario[p.key]}`).toBe(true);
}

function expectWellFormed(decoded: DecodedLink): void {
  expectValid(decoded.scenario);
  if (decoded.pinned) expectValid(decoded.pinned);
  expect(LANGUAGES).toContain(decoded.view.lang);
  expect([null, ...PANELS]).toContain(decoded.view.panel);
  for (const adjustment of decoded.adjusted) expect(Number.isFinite(adjustment.used)).toBe(true);
}

describe('encodeLink', () => {
  it('encodes the defaults to exactly v=1&m=2', () => {
    expect(encodeLink(model, { scenario: model.defaults })).toBe('v=1&m=2');
    expect(encodeLink(model, { scenario: {} })).toBe('v=1&m=2');
  });

  it('writes only the values that differ from the defaults', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const written = [...new URLSearchParams(encodeLink(model, { scenario })).keys()];
        const differing = keys.filter((key) => scenario[key] !== model.defaults[key]);
        expect(written).toEqual(['v', 'm', ...differing]);
      }),
    );
  });

  it('writes drop=10 for "$10 lower" and a=1 for a pinned baseline', () => {
    expect(encodeLink(model, { scenario: { ...model.defaults, drop: 10 }, pinned: model.defaults })).toBe(
      'v=1&m=2&drop=10&a=1',
    );
  });
});

describe('round trip', () => {
  it('decode(encode(s)) gives back s exactly, with or without a pinned scenario and in either language', () => {
    fc.assert(
      fc.property(scenarios, fc.option(scenarios, { nil: null }), views, (scenario, pinned, view) => {
        const decoded = decodeLink(model, encodeLink(model, { scenario, pinned, view }));
        expect(decoded.scenario).toEqual(scenario);
        expect(decoded.pinned).toEqual(pinned);
        expect(decoded.view).toEqual(view);
        expect(decoded.adjusted).toEqual([]);
        expect(decoded.ignored).toEqual([]);
        expect(decoded.modelVersion).toBe(model.declaration.version);
        expect(decoded.fromOlderModel).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps lang zh-Hant', () => {
    const link = encodeLink(model, { scenario: model.defaults, view: { lang: 'zh-Hant' } });
    expect(link).toBe('v=1&m=2&lang=zh-Hant');
    expect(decodeLink(model, link).view.lang).toBe('zh-Hant');
  });

  it('encoding is idempotent: encode(decode(encode(s))) === encode(s)', () => {
    fc.assert(
      fc.property(scenarios, fc.option(scenarios, { nil: null }), views, (scenario, pinned, view) => {
        const once = encodeLink(model, { scenario, pinned, view });
        const decoded = decodeLink(model, once);
        expect(encodeLink(model, { scenario: decoded.scenario, pinned: decoded.pinned, view: decoded.view })).toBe(
          once,
        );
      }),
    );
  });
});

describe('decodeLink on any input', () => {
  const junkValue = fc.oneof(
    fc.string(),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom(
      'abc',
      '',
      '0x10',
      'Infinity',
      '-Infinity',
      'NaN',
      '1e400',
      '-0',
      '.5',
      '1e-7',
      'constructor',
      '__proto__',
      'zh-TW',
    ),
  );
  const junkKey = fc.oneof(
    fc.constantFrom(
      ...keys,
      ...keys.map((key) => `a.${key}`),
      'v',
      'm',
      'a',
      'lang',
      'panel',
      'mode',
      'lock',
      'hide',
      'ex',
      'r.drop',
      'r.',
      '__proto__',
      'constructor',
      'toString',
      'a.__proto__',
    ),
    fc.string(),
  );
  const pairs = fc
    .array(fc.tuple(junkKey, junkValue, fc.boolean()), { maxLength: 12 })
    .map((list) =>
      list
        .map(([key, value, raw]) =>
          raw ? `${key}=${value}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`,
        )
        .join('&'),
    );

  const viewPairs = fc
    .array(
      fc.tuple(
        fc.constantFrom('lang', 'panel'),
        fc.constantFrom('en', 'zh-TW', 'assumptions', 'constructor', 'toString', '__proto__', 'valueOf'),
      ),
      { maxLength: 3 },
    )
    .map((list) => list.map(([key, value]) => `${key}=${value}`).join('&'));

  const inputs: [string, fc.Arbitrary<string>][] = [
    ['any string', fc.string({ maxLength: 200 })],
    ['any unicode string', fc.string({ unit: 'binary', maxLength: 100 })],
    ['any web URL', fc.webUrl({ withQueryParameters: true, withFragments: true })],
    ['random key=value pairs', pairs],
    ['view settings with odd values', viewPairs],
    [
      'random pairs behind a URL or a #',
      fc
        .tuple(fc.constantFrom('https://example.org/app/?', '?', '#', 'x#', ''), pairs)
        .map(([head, tail]) => head + tail),
    ],
  ];
  for (const [name, input] of inputs) {
    it(`never throws and gives valid scenarios for ${name}`, () => {
      fc.assert(
        fc.property(input, (text) => expectWellFormed(decodeLink(model, text))),
        { numRuns: 300 },
      );
    });
  }

  it('survives input that is not a string at all', () => {
    for (const input of [undefined, null, 42, {}] as unknown as string[]) expectWellFormed(decodeLink(model, input));
  });
});
