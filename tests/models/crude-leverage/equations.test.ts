// Tests the Crude Leverage equations against values worked out by hand from the equations and the defaults.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
const run = (scenario: Record<string, number>) => model.evaluate(scenario);
/** Version 1's rules: no world-price response and no market repricing of Urals (what an old link opens with). */
const V1 = { 'price-response': 0, 'market-repricing': 0 };
/** Compares each listed result to 9 decimals, naming the one that differs. */
function expectResults(results: Record<string, number>, expected: Record<string, number>): void {
  for (const [name, value] of Object.entries(expected)) expect(results[name], name).toBeCloseTo(value, 9);
}

describe('baseline (every parameter at its default)', () => {
  it('prices: Brent 70, Urals 70 − 12, ESPO 70 − 6, products 70 − 6, China seaborne half and half', () => {
    // chinaSeaPrice = 0.5 × 64 + 0.5 × 58 = 61.
    expectResults(model.baseline, { brentNow: 70, urals: 58, espo: 64, productPrice: 64, chinaSeaPrice: 61 });
  });

  it('India: tariff 25 widens the discount by min(0.8 × 25 / 10, 14) = 2; income 1.6 × (58 − 2) = 89.6', () => {
    expectResults(model.baseline, {
      indiaWidening: 2,
      indiaCutShare: 0,
      indiaKept: 1.6,
      indiaIncome: 89.6,
      indiaDropped: 0,
    });
  });

  it('China: 0.8 by pipeline at 64 plus 1.2 by sea at 61 = 51.2 + 73.2 = 124.4', () => {
    expectResults(model.baseline, {
      chinaWidening: 0,
      chinaPipe: 0.8,
      chinaSea: 1.2,
      chinaIncome: 124.4,
      chinaDropped: 0,
    });
  });

  it('others at Urals: Türkiye 0.3 × 58, EU 0.18 × 58, other 0.52 × 58; products 2.75 × 64', () => {
    expectResults(model.baseline, {
      turkeyIncome: 17.4,
      euIncome: 10.44,
      otherIncome: 30.16,
      productsIncome: 176,
      reroutedIncome: 0,
    });
  });

  it('totals: crude 89.6 + 124.4 + 17.4 + 10.44 + 30.16 = 272; total 272 + 176 = 448 $M/day', () => {
    // Volumes: crude 1.6 + 2 + 0.3 + 0.18 + 0.52 = 4.6; exports 4.6 + 2.75 = 7.35. Month: 448 × 365 / 12 / 1000.
    expectResults(model.baseline, {
      crudeIncome: 272,
      totalIncome: 448,
      crudeVolume: 4.6,
      exportVolume: 7.35,
      totalMonth: (448 * 365) / 12 / 1000,
    });
    expectResults(model.baseline, { changeVsBaselinePct: 0 });
  });

  it('calculus anchors (the budget is pinned in budget-equations.test.ts)', () => {
    // India saves 1.6 × (2 + 2) × 365 / 1000; India's tariff bill 0.25 × 86.5 × (1 − 0.30);
    // China pays no tariff and saves nothing at a 0 discount.
    expectResults(model.baseline, {
      indiaSaving: (1.6 * 4 * 365) / 1000,
      indiaTariffCost: 0.25 * 86.5 * 0.7,
      chinaSaving: 0,
      chinaTariffCost: 0,
    });
  });
});

describe("scenarios under version 1's rules (price-response 0, market-repricing 0)", () => {
  it('drop = 10: every price falls $10, so income falls 10 × 7.35 mb/d = 73.5 to 374.5', () => {
    // Urals 48, ESPO 54, products 54, China sea 51; India 1.6 × 46 = 73.6; China 0.8 × 54 + 1.2 × 51 = 104.4.
    const r = run({ drop: 10 });
    expectResults(r, { brentNow: 60, urals: 48, espo: 54, productPrice: 54, chinaSeaPrice: 51 });
    expectResults(r, { indiaIncome: 73.6, chinaIncome: 104.4, turkeyIncome: 14.4, productsIncome: 148.5 });
    expectResults(r, { crudeIncome: 226, totalIncome: 374.5, changeVsBaselinePct: (374.5 / 448 - 1) * 100 });
  });

  it('drop = 80 beyond Brent: prices stop at 0 and income at 0', () => {
    // drop is capped by its slider at 40, but the engine must still clip: Brent 70 − 80 → max(0, −10) = 0.
    expectResults(run({ drop: 80 }), { brentNow: 0, urals: 0, espo: 0, totalIncome: 0, indiaIncome: 0 });
  });

  it('tariff-china = 100: China widening min(0.8 × 10, 14) = 8', () => {
    // China 0.8 × (64 − 8) + 1.2 × (61 − 8) = 44.8 + 63.6 = 108.4; total 448 − 2 × 8 = 432.
    const r = run({ 'tariff-china': 100 });
    expectResults(r, { chinaWidening: 8, chinaCutShare: 0, chinaIncome: 108.4, totalIncome: 432 });
    // China's bill 1.00 × 439 × (1 − 0); its saving 2 × (0 + 8) × 365 / 1000.
    expectResults(r, { chinaTariffCost: 439, chinaSaving: 5.84 });
  });

  it('tariff-china = 500: the widening stops at the reroute discount of 14', () => {
    // min(0.8 × 50, 14) = 14; China 0.8 × 50 + 1.2 × 47 = 96.4.
    expectResults(run({ 'tariff-china': 500 }), { chinaWidening: 14, chinaIncome: 96.4 });
  });

  it('india = 0 with reroute-share 50: half of the 1.6 India dropped is sold at Urals − 14', () => {
    // Rerouted income 0.5 × 1.6 × (58 − 14) = 35.2; total 448 − 89.6 + 35.2 = 393.6.
    const r = run({ ...V1, india: 0, 'reroute-share': 50 });
    expectResults(r, { indiaKept: 0, indiaIncome: 0, indiaDropped: 1.6, reroutedVolume: 0.8, lostVolume: 0.8 });
    expectResults(r, {
      reroutedIncome: 0.5 * 1.6 * (58 - 14),
      totalIncome: 393.6,
      crudeVolume: 2 + 0.3 + 0.18 + 0.52 + 0.8,
    });
  });

  it('india = 0 with reroute-share 0: nothing is sold elsewhere', () => {
    expectResults(run({ ...V1, india: 0, 'reroute-share': 0 }), {
      reroutedIncome: 0,
      lostVolume: 1.6,
      totalIncome: 448 - 89.6,
    });
  });

  it('india-response-cut = 10 with the default 25% tariff on India: India gives up 10 × 25 / 1000 = 25%', () => {
    // Kept 1.6 × 0.75 = 1.2, income 1.2 × 56 = 67.2; dropped 0.4, rerouted 0.5 × 0.4 × 44 = 8.8.
    const r = run({ ...V1, 'india-response-cut': 10 });
    expectResults(r, {
      indiaCutShare: 0.25,
      indiaKept: 1.2,
      indiaIncome: 67.2,
      indiaDropped: 0.4,
      reroutedIncome: 8.8,
    });
    // China has no tariff, so it cuts nothing; total 448 − 89.6 + 67.2 + 8.8 = 434.4.
    expectResults(r, { chinaCutShare: 0, totalIncome: 434.4 });
  });

  it('india- and china-response-cut = 20 with tariff-china 25: both buyers give up half', () => {
    // India kept 0.8, income 0.8 × 56 = 44.8. China kept 1 (pipe 0.8, sea 0.2), widening min(0.8 × 2.5, 14) = 2:
    // 0.8 × 62 + 0.2 × 59 = 61.4. Rerouted 0.5 × (0.8 × 44 + 1 × (min(64, 58) − 14)) = 39.6.
    const r = run({ ...V1, 'india-response-cut': 20, 'china-response-cut': 20, 'tariff-china': 25 });
    expectResults(r, {
      indiaKept: 0.8,
      indiaIncome: 44.8,
      chinaKept: 1,
      chinaPipe: 0.8,
      chinaSea: 0.2,
      chinaIncome: 61.4,
    });
    expectResults(r, { reroutedVolume: 0.9, reroutedIncome: 39.6, totalIncome: 44.8 + 61.4 + 58 + 39.6 + 176 });
  });

  it('india-response-cut = 50 with tariff-india 500: the cut share stops at 1 and India buys nothing', () => {
    // min(1, 50 × 500 / 1000) = 1; rerouted 0.5 × 1.6 × (58 − 14) = 35.2.
    expectResults(run({ ...V1, 'india-response-cut': 50, 'tariff-india': 500 }), {
      indiaCutShare: 1,
      indiaKept: 0,
      indiaIncome: 0,
      reroutedIncome: 35.2,
    });
  });

  it('china = 0.5 below the pipeline capacity: all of it comes by pipeline at ESPO', () => {
    // Pipe min(0.8, 0.5) = 0.5 at 64 = 32; dropped 1.5, rerouted 0.5 × 1.5 × (58 − 14) = 33.
    expectResults(run({ ...V1, china: 0.5 }), {
      chinaPipe: 0.5,
      chinaSea: 0,
      chinaIncome: 32,
      chinaDropped: 1.5,
      reroutedIncome: 33,
    });
  });
});
