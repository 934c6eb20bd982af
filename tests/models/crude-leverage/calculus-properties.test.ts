// Property tests of the buyer's calculus over every valid scenario: finite, bounded, zero for a buyer who buys none, monotone.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileModel } from '../../../src/engine/compile-model.ts';
import type { Scenario } from '../../../src/engine/types.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { gridValue, scenarioArbitrary, stepCount } from './scenario-arbitrary.ts';

const model = compileModel(crudeLeverageModel);
const parameters = crudeLeverageModel.parameters;
const scenarios = scenarioArbitrary(parameters);
/** Rounding in doubles may differ in the last bits; a real change is far larger. */
const SLACK = 1e-9;
const BUYERS = ['india', 'china'] as const;
const CALCULUS = [
  'PenaltyRate',
  'ExportsCharged',
  'ExportsKept',
  'LostSales',
  'TariffBorne',
  'TariffCost',
  'Saving',
  'StopPriceRise',
  'StopBill',
  'StopCost',
  'StopAdvantage',
];
const buyingFloor = crudeLeverageModel.constants.find((c) => c.name === 'buyingFloor')!.value;

/** `scenario` with the buyer's tariff raised by `steps` slider steps, stopping at max. */
function raisedTariff(scenario: Scenario, buyer: (typeof BUYERS)[number], steps: number): Scenario {
  const parameter = model.parameterByKey.get(`tariff-${buyer}`)!;
  const index = Math.round((scenario[parameter.key]! - parameter.min) / parameter.step);
  return { ...scenario, [parameter.key]: gridValue(parameter, Math.min(stepCount(parameter), index + steps)) };
}

describe("the buyer's calculus, in every valid scenario", () => {
  it('gives a finite, non-negative number for every part (the advantage may have either sign)', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const r = model.evaluate(scenario);
        for (const buyer of BUYERS) {
          for (const part of CALCULUS) {
            const value = r[`${buyer}${part}`]!;
            expect(Number.isFinite(value), `${buyer}${part}`).toBe(true);
            if (part !== 'StopAdvantage') expect(value, `${buyer}${part}`).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never takes more than the exports charged, which never exceed the buyer's exports to the US", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const r = model.evaluate(scenario);
        for (const buyer of BUYERS) {
          const charged = r[`${buyer}ExportsCharged`]!;
          expect(r[`${buyer}TariffCost`]!).toBeLessThanOrEqual(charged + SLACK);
          expect(charged).toBeLessThanOrEqual(scenario[`${buyer}-exports-us`]! + SLACK);
          expect(r[`${buyer}ExportsKept`]!).toBeLessThanOrEqual(charged + SLACK);
        }
      }),
      { numRuns: 500 },
    );
  });

  for (const buyer of BUYERS) {
    it(`charges ${buyer} nothing, and stopping costs it nothing, when it buys no Russian crude`, () => {
      fc.assert(
        fc.property(scenarioArbitrary(parameters, { [buyer]: 0 }), (scenario) => {
          const r = model.evaluate(scenario);
          expect(r[`${buyer}TariffCost`]).toBe(0);
          expect(r[`${buyer}StopCost`]).toBe(0);
          expect(r[`${buyer}StopAdvantage`]).toBe(0);
        }),
        { numRuns: 300 },
      );
    });

    // Condition: the buyer still buys at least buyingFloor (1,000 b/d) at the higher tariff. Below it the
    // penalty fades out because the buyer has (all but) stopped, which is the point of the penalty (C12).
    it(`never charges ${buyer} less as its tariff rises, while it still buys at least the floor`, () => {
      fc.assert(
        fc.property(scenarios, fc.integer({ min: 1, max: 20 }), (scenario, steps) => {
          const higher = raisedTariff(scenario, buyer, steps);
          const after = model.evaluate(higher);
          fc.pre(after[`${buyer}Kept`]! >= buyingFloor);
          expect(after[`${buyer}TariffCost`]!).toBeGreaterThanOrEqual(
            model.evaluate(scenario)[`${buyer}TariffCost`]! - SLACK,
          );
        }),
        { numRuns: 400 },
      );
    });
  }

  it('never charges less as the tariff rises when buyers do not cut (response-cut 0), at any tariff', () => {
    fc.assert(
      fc.property(scenarioArbitrary(parameters, { 'india-response-cut': 0, 'china-response-cut': 0 }), (scenario) => {
        for (const buyer of BUYERS) {
          const key = `${buyer}TariffCost`;
          expect(model.evaluate(raisedTariff(scenario, buyer, 1))[key]!).toBeGreaterThanOrEqual(
            model.evaluate(scenario)[key]! - SLACK,
          );
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('under every preset', () => {
  for (const preset of crudeLeverageModel.presets) {
    it(`${preset.id}: a buyer that buys no Russian crude pays no penalty`, () => {
      const r = model.evaluate({ ...model.defaults, ...preset.values });
      for (const buyer of BUYERS) {
        if (r[`${buyer}Kept`] === 0) expect(r[`${buyer}TariffCost`], buyer).toBe(0);
        // Whatever it buys, the loss stays within the exports the tariff applies to.
        expect(r[`${buyer}TariffCost`]!, buyer).toBeLessThanOrEqual(r[`${buyer}ExportsCharged`]!);
      }
    });
  }

  it('include the presets where a buyer buys nothing (so the check above is not empty)', () => {
    const buysNothing = crudeLeverageModel.presets.filter((preset) => {
      const r = model.evaluate({ ...model.defaults, ...preset.values });
      return r.indiaKept === 0 || r.chinaKept === 0;
    });
    expect(buysNothing.map((preset) => preset.id)).toEqual(
      expect.arrayContaining(['india-stops', 'china-absorbs', 'sanctions-act']),
    );
  });
});
