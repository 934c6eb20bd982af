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

describe('monotone in the levers', () => {
  for (const key of ['drop', 'tariff-india', 'tariff-china']) {
    it(`total income never rises as ${key} rises`, () => {
      fc.assert(
        fc.property(scenarios, fc.integer({ min: 1, max: stepCount(byKey(key)) }), (scenario, steps) => {
          expect(total(raised(scenario, key, steps))).toBeLessThanOrEqual(total(scenario) + SLACK);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('total income never rises as tariffs rise where buyers cut and Russia reroutes', () => {
    // The trade-off that matters most: a dropped barrel loses its price, and at most the rerouted share comes back cheaper.
    const heavy = scenarioArbitrary(parameters, { 'response-cut': 50, 'reroute-share': 100 });
    fc.assert(
      fc.property(
        heavy,
        fc.constantFrom('tariff-india', 'tariff-china'),
        fc.integer({ min: 1, max: 100 }),
        (scenario, key, steps) => {
          expect(total(raised(scenario, key, steps))).toBeLessThanOrEqual(total(scenario) + SLACK);
        },
      ),
      { numRuns: 300 },
    );
  });
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
    });
    fc.assert(
      fc.property(noBuyers, (s) => {
        const results = model.evaluate(s);
        // productPrice = max(0, max(0, brent − drop) − products-discount), straight from the equations.
        const productPrice = Math.max(0, Math.max(0, s.brent! - s.drop!) - s['products-discount']!);
        expect(results.crudeIncome).toBe(0);
        expect(results.totalIncome).toBeCloseTo(s.products! * productPrice, 9);
      }),
      { numRuns: 300 },
    );
  });
});
