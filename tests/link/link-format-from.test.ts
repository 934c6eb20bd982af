// The starting month in a link (`from=YYYY-MM`): read, written, left out where equal, and bad months falling back to mid-2025.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { months } from '../../models/crude-leverage/months.ts';
import { monthStart, startMonths } from '../../src/analysis/month-start.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { linkNotice } from '../../src/link/link-notice.ts';
import { scenarioArbitrary } from '../models/crude-leverage/scenario-arbitrary.ts';

const model = compileModel(crudeLeverageModel);

/**
 * November 2025 worked by hand from months.ts: Brent 63 (M54); port Urals = tax price 44.87 less 0.22 × (12 − 6)
 * = 43.55, so the discount is 63 − 43.55 = 19.45, on the 0.5 grid 19.5; India 1.84; other buyers
 * 4.71 − 1.84 − 2 (China, default) − 0.3 − 0.18 = 0.39; products 2.17, on the 0.05 grid 2.15; the tariff on
 * India in force all month (25); rerouting off; the rest at the defaults.
 */
const NOVEMBER = {
  brent: 63,
  'urals-discount': 19.5,
  india: 1.84,
  china: 2,
  other: 0.39,
  products: 2.15,
  'tariff-india': 25,
  'tariff-china': 0,
  'reroute-share': 0,
  'sanctions-discount': 0,
  drop: 0,
};

describe('from=YYYY-MM', () => {
  it('starts from the month’s observed drivers, with the link’s other values on top', () => {
    const decoded = decodeLink(model, 'v=1&m=2&from=2025-11&drop=10');
    expect(decoded.view.from).toBe('2025-11');
    expect(decoded.ignored).toEqual([]);
    for (const [key, value] of Object.entries({ ...NOVEMBER, drop: 10 })) {
      expect(decoded.scenario[key], key).toBeCloseTo(value, 9);
    }
    // A parameter the record does not touch stays at its mid-2025 default.
    expect(decoded.scenario['espo-discount']).toBe(model.defaults['espo-discount']);
    expect(linkNotice(decoded)).toBeNull();
  });

  it('leaves out values equal to the month’s drivers and writes the mid-2025 value where it differs', () => {
    const start = monthStart(model, '2025-11')!;
    expect(encodeLink(model, { scenario: start, view: { from: '2025-11' } })).toBe('v=1&m=2&from=2025-11');
    expect(encodeLink(model, { scenario: { ...start, drop: 10 }, view: { from: '2025-11' } })).toBe(
      'v=1&m=2&drop=10&from=2025-11',
    );
    // Brent 70 is the default, but not November's: the link must say it.
    expect(encodeLink(model, { scenario: { ...start, brent: 70 }, view: { from: '2025-11' } })).toBe(
      'v=1&m=2&brent=70&from=2025-11',
    );
  });

  it('keeps old links’ meaning: no from is mid-2025', () => {
    const decoded = decodeLink(model, 'v=1&m=2&drop=10');
    expect(decoded.view.from).toBeUndefined();
    expect(decoded.scenario).toEqual({ ...model.defaults, drop: 10 });
    expect(encodeLink(model, { scenario: { ...model.defaults, drop: 10 } })).toBe('v=1&m=2&drop=10');
  });

  it.each(['2031-13', 'abc', '2025-02', '2024-12', '2025-1', ''])(
    'falls back to mid-2025 for from=%s and the notice names it',
    (given) => {
      const decoded = decodeLink(model, `v=1&m=2&from=${given}&drop=10`);
      expect(decoded.view.from).toBeUndefined();
      expect(decoded.scenario).toEqual({ ...model.defaults, drop: 10 });
      expect(linkNotice(decoded)?.ignored).toEqual(['from']);
    },
  );

  it('does not write a month the record cannot start from', () => {
    expect(encodeLink(model, { scenario: model.defaults, view: { from: '2025-02' } })).toBe('v=1&m=2');
  });

  it('round-trips any scenario and pinned scenario from any month the record can start from', () => {
    // Every recorded month but February, which has no Urals price to run on.
    expect(startMonths()).toEqual(months.map((record) => record.month).filter((month) => month !== '2025-02'));
    const scenarios = scenarioArbitrary(crudeLeverageModel.parameters);
    fc.assert(
      fc.property(
        fc.constantFrom(...startMonths()),
        scenarios,
        fc.option(scenarios, { nil: null }),
        (from, scenario, pinned) => {
          const query = encodeLink(model, { scenario, pinned, view: { from } });
          const decoded = decodeLink(model, query);
          expect(decoded.view.from).toBe(from);
          expect(decoded.scenario).toEqual(scenario);
          expect(decoded.pinned).toEqual(pinned);
          expect(decoded.adjusted).toEqual([]);
          expect(encodeLink(model, { scenario: decoded.scenario, pinned: decoded.pinned, view: decoded.view })).toBe(
            query,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});
