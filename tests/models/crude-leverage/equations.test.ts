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
    // India saves 1.6 × (2 + 2) × 365 / 1000;
    // China pays no tariff and saves nothing at a 0 discount.
    expectResults(model.baseline, {
      indiaSaving: (1.6 * 4 * 365) / 1000,
      chinaSaving: 0,
      chinaTariffCost: 0,
    });
  });

  it('India keeps buying: 25% on 86.5 × 0.7 = 60.55 leaves 60.55 × 1.25^−0.76 ≈ 51.10 selling', () => {
    // 1.25^−0.76 = exp(−0.76 × 0.2231436) = 0.8440115, so 51.1049 still sells and 9.4451 is lost, at a 100%
    // margin. Pass-through is complete by default, so India bears none of the tariff on what still sells.
    expectResults(model.baseline, {
      indiaPenaltyRate: 0.25,
      indiaExportsCharged: 60.55,
      indiaExportsKept: 60.55 * 1.25 ** -0.76,
      indiaLostSales: 60.55 * (1 - 1.25 ** -0.76),
      indiaTariffBorne: 0,
      indiaTariffCost: 60.55 * (1 - 1.25 ** -0.76),
    });
    expect(model.baseline.indiaTariffCost).toBeCloseTo(9.4451, 4);
  });

  it('India stops: Brent rises 2.4 × 0.5 × 0.5 × 1.6 = 0.96 on its 4.85 mb/d, plus the 2.336 discount it loses', () => {
    // Half of India's 1.6 mb/d is sold elsewhere (reroute-share 50), the rest leaves the market, and other producers
    // replace half of that (replacement-share 50). Bill 4.85 × 0.96 × 365 / 1000 = 1.69944; cost 1.69944 + 2.336 =
    // 4.03544; stopping is 9.4451 − 4.03544 cheaper.
    expectResults(model.baseline, {
      indiaStopPriceRise: 0.96,
      indiaStopBill: 1.69944,
      indiaStopCost: 4.03544,
      indiaStopAdvantage: 60.55 * (1 - 1.25 ** -0.76) - 4.03544,
    });
  });

  it('China, with no tariff: nothing to lose by buying, 2.4 × 0.5 × 0.5 × 2 = 1.2 a barrel on 12.14 mb/d if it stops', () => {
    // 12.14 × 1.2 × 365 / 1000 = 5.31732.
    expectResults(model.baseline, {
      chinaPenaltyRate: 0,
      chinaExportsKept: 439,
      chinaTariffCost: 0,
      chinaStopPriceRise: 1.2,
      chinaStopBill: 5.31732,
      chinaStopCost: 5.31732,
      chinaStopAdvantage: -5.31732,
    });
  });

  it('brentResponse: no barrels leave the market in the baseline, so no rise', () => {
    expectResults(model.baseline, { lostVolume: 0, brentResponse: 0 });
    // India buys nothing, half its 1.6 is not exported: 2.4 × 0.5 × 0.8 = 0.96 with half replaced; with 25%, 1.44.
    expectResults(run({ india: 0 }), { brentResponse: 0.96 });
    expectResults(run({ india: 0, 'replacement-share': 25 }), { brentResponse: 1.44 });
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
    // China keeps 439 × 2^−0.76 = 439 × 0.5904963 = 259.228 of its sales and loses 179.772; its saving
    // 2 × (0 + 8) × 365 / 1000 = 5.84; stopping costs 5.31732 + 5.84 (the stop line keeps today's price response).
    expectResults(r, {
      chinaExportsKept: 439 * 2 ** -0.76,
      chinaTariffCost: 439 * (1 - 2 ** -0.76),
      chinaSaving: 5.84,
    });
    expect(r.chinaTariffCost).toBeCloseTo(179.772, 3);
    expectResults(r, { chinaStopCost: 11.15732, chinaStopAdvantage: 439 * (1 - 2 ** -0.76) - 11.15732 });
  });

  it('the exporter bears half the tariff on what still sells: a third of the price, unless its margin is smaller', () => {
    // tariff-india 100: 60.55 × 2^−0.76 = 35.7545 still sells. Bearing half the tariff, India cuts its price
    // p to p' with p − p' = 0.5 × 1 × p', so by 0.5 / 1.5 = 1/3 of p. Margin 40%: lost 0.4 × (60.55 − 35.7545).
    const kept = 60.55 * 2 ** -0.76;
    const r = run({ 'tariff-india': 100, 'exporter-tariff-share': 50, 'lost-sale-margin': 40 });
    expectResults(r, { indiaExportsKept: kept, indiaLostSales: 0.4 * (60.55 - kept), indiaTariffBorne: kept / 3 });
    // Margin 20%: nobody sells below cost, so the price cut stops at 20% of what still sells.
    const capped = run({ 'tariff-india': 100, 'exporter-tariff-share': 50, 'lost-sale-margin': 20 });
    expectResults(capped, { indiaLostSales: 0.2 * (60.55 - kept), indiaTariffBorne: 0.2 * kept });
    expect(capped.indiaTariffCost).toBeCloseTo(0.2 * 60.55, 9);
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
      // Buying nothing, India pays no penalty (C12), and stopping costs it nothing more.
      indiaPenaltyRate: 0,
      indiaTariffCost: 0,
      indiaStopCost: 0,
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
