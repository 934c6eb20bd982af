// Property tests of the Crude Leverage model over every valid scenario: finite, non-negative, monotone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../../../src/engine/compile-model.ts';
import type { Scenario } from '../../../src/engine/types.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { gridValue, scenarioArbitrary, stepCount } from './scenario-arbitrary.ts';

const model = compileModel(crudeLeverageModel);
const parameters = crudeLeverageModel.parameters;
const scenarios = scenarioArbitrary(parameters);
const byKey = (key: string) => model.parameterByKey.get(key)!;
const total = (scenario: Scenario) => model.evaluate(scenario).totalIncome!;
/** Rounding in doubles may differ in the last bits; a real rise is far larger. */
const SLACK = 1e-9;

/** `scenario` with `key` raised by `steps` slider steps, stopping at max. */
function raised(scenario: Scenario, key: string, steps: number): Scenario {
  const parameter = byKey(key);
  const index = Math.round((scenario[key]! - parameter.min) / parameter.step);
  return { ...scenario, [key]: gridValue(parameter, Math.min(stepCount(parameter), index + steps)) };
}

const BUYER_INCOMES = [
  'indiaIncome',
  'chinaIncome',
  'turkeyIncome',
  'euIncome',
  'otherIncome',
  'reroutedIncome',
  'productsIncome',
  'crudeIncome',
];

describe('every valid scenario', () => {
  it('draws only valid scenarios (the arbitrary itself)', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        for (const p of parameters) {
          const value = scenario[p.key]!;
          expect(value).toBeGreaterThanOrEqual(p.min);
          expect(value).toBeLessThanOrEqual(p.max);
        }
      }),
    );
  });

  it('gives a finite number for every result', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const results = model.evaluate(scenario);
        for (const [name, value] of Object.entries(results)) expect(Number.isFinite(value), name).toBe(true);
        expect(Object.keys(results).length).toBeGreaterThanOrEqual(crudeLeverageModel.equations.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never gives negative income, in total or from any buyer', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const results = model.evaluate(scenario);
        expect(results.totalIncome).toBeGreaterThanOrEqual(0);
        for (const name of BUYER_INCOMES) expect(results[name], name).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * The condition under which a higher tariff can never raise income once Brent answers lost barrels (MODEL.md,
 * "Properties"): the effective response times Russia's exports is at most the price of the cheapest rerouted barrel.
 * A lost barrel then costs at least that price, and the rise in Brent it causes earns at most response × exports.
 */
function tariffCannotPay(scenario: Scenario): boolean {
  const r = model.evaluate(scenario);
  const responseUsdPerBblPerMbd = scenario['price-response']! * (1 - scenario['replacement-share']! / 100);
  const cheapestReroutedUsd = Math.max(0, Math.min(r.urals!, r.espo!) - scenario['reroute-discount']!);
  return responseUsdPerBblPerMbd * r.exportVolume! <= cheapestReroutedUsd;
}

describe('monotone in the levers', () => {
  it('total income never rises as drop rises (lost barrels do not depend on prices)', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 1, max: stepCount(byKey('drop')) }), (scenario, steps) => {
        expect(total(raised(scenario, 'drop', steps))).toBeLessThanOrEqual(total(scenario) + SLACK);
      }),
      { numRuns: 300 },
    );
  });

  for (const key of ['tariff-india', 'tariff-china']) {
    it(`total income never rises as ${key} rises, while response × exports ≤ the cheapest rerouted price`, () => {
      fc.assert(
        fc.property(scenarios, fc.integer({ min: 1, max: stepCount(byKey(key)) }), (scenario, steps) => {
          fc.pre(tariffCannotPay(scenario));
          expect(total(raised(scenario, key, steps))).toBeLessThanOrEqual(total(scenario) + SLACK);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('total income never rises as tariffs rise where buyers cut and Russia reroutes, under the same condition', () => {
    // The trade-off that matters most: a dropped barrel loses its price, and at most the rerouted share comes back cheaper.
    const heavy = scenarioArbitrary(parameters, {
      'india-response-cut': 50,
      'china-response-cut': 50,
      'reroute-share': 100,
    });
    fc.assert(
      fc.property(
        heavy,
        fc.constantFrom('tariff-india', 'tariff-china'),
        fc.integer({ min: 1, max: 100 }),
        (scenario, key, steps) => {
          fc.pre(tariffCannotPay(scenario));
          expect(total(raised(scenario, key, steps))).toBeLessThanOrEqual(total(scenario) + SLACK);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the condition is needed: in CLSA’s case a tariff that makes India stop raises income', () => {
    const clsa = { ...model.defaults, ...crudeLeverageModel.presets.find((p) => p.id === 'clsa-high')!.values };
    const before = { ...clsa, india: 1.6, 'tariff-india': 0, 'india-response-cut': 50 };
    expect(tariffCannotPay(before)).toBe(false);
    expect(total({ ...before, 'tariff-india': 20 })).toBeGreaterThan(total(before));
  });
});

describe('lost barrels never lower Brent', () => {
  it('Brent after the response is never below Brent before it', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const r = model.evaluate(scenario);
        expect(r.brentResponse).toBeGreaterThanOrEqual(0);
        expect(r.brentNow).toBeGreaterThanOrEqual(r.brentBeforeResponse!);
      }),
      { numRuns: 300 },
    );
  });

  for (const key of ['tariff-india', 'tariff-china', 'india-response-cut', 'china-response-cut', 'refinery-outage']) {
    it(`Brent never falls as ${key} rises (barrels can only leave)`, () => {
      fc.assert(
        fc.property(scenarios, fc.integer({ min: 1, max: stepCount(byKey(key)) }), (scenario, steps) => {
          const brentNow = (s: Scenario) => model.evaluate(s).brentNow!;
          expect(brentNow(raised(scenario, key, steps))).toBeGreaterThanOrEqual(brentNow(scenario) - SLACK);
        }),
        { numRuns: 200 },
      );
    });
  }
});

describe('no crude buyers', () => {
  it('with India, China, Türkiye, the EU and others at 0 and reroute-share 0, only products earn', () => {
    const noBuyers = scenarioArbitrary(parameters, {
      india: 0,
      china: 0,
      turkey: 0,
      eu: 0,
      other: 0,
      'reroute-share': 0,
      'refinery-outage': 0,
    });
    fc.assert(
      fc.property(noBuyers, (s) => {
        const results = model.evaluate(s);
        // India's 1.6 and China's 2 mb/d of mid-2025 are all lost, and lift Brent; products at Brent plus the crack.
        const brentNow =
          Math.max(0, s.brent! - s.drop!) + s['price-response']! * (1 - s['replacement-share']! / 100) * 3.6;
        const productPrice = Math.max(0, brentNow + s['products-crack']!);
        expect(results.crudeIncome).toBe(0);
        expect(results.totalIncome).toBeCloseTo(s.products! * productPrice, 9);
      }),
      { numRuns: 300 },
    );
  });
});
