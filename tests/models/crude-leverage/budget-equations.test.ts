// Pins each budget equation (tax price, extraction and profit taxes, damper, fiscal rule) to values worked out by hand.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
// The world price held where its answer would move it (lost barrels lift Brent; a buyer's cut reprices Urals):
// these tests pin the budget's own arithmetic.
const HELD = { 'price-response': 0, 'market-repricing': 0 };
const run = (scenario: Record<string, number>) => model.evaluate({ ...HELD, ...scenario });
function expectResults(results: Record<string, number>, expected: Record<string, number>): void {
  for (const [name, value] of Object.entries(expected)) expect(results[name], name).toBeCloseTo(value, 9);
}
/** Dollars a barrel over a year of `mbd` million barrels a day at `rub`, in trillion roubles. */
const trnRub = (usdPerBbl: number, rub: number, mbd: number) => (usdPerBbl * rub * mbd * 365) / 1e6;

// Defaults: Urals 58, ESPO 64, products 64, rouble 80, refining 4.6, crude exports 4.6, add-on 1.15,
// profit-tax share 0.30 and costs $15, damper share 0.28 and reference 3,100 RUB/bbl, gas and other 0.92.
const MET_USD = 1.15 * 0.48 * (59.32 - 15); // 24.46464
const NDD_USD = 0.3 * (59.32 - MET_USD - 15); // 5.956608
const DAMPER = (0.28 * 4.6 * (64 * 80 - 3100) * 365) / 1e6;
const REVENUE = trnRub(MET_USD, 80, 9.2) + trnRub(NDD_USD, 80, 9.2) - DAMPER + 0.92;

describe('budget at the defaults', () => {
  it('tax price 0.78 × 58 + 0.22 × 64 = 59.32; production 4.6 refined + 4.6 exported = 9.2', () => {
    expectResults(model.baseline, { taxPrice: 59.32, rubNow: 80, production: 9.2 });
  });

  it('extraction tax 1.15 × 0.48 × (59.32 − 15) = $24.46 a barrel; profit tax 0.3 × (59.32 − 24.46 − 15)', () => {
    expectResults(model.baseline, { metUsdPerBbl: 24.46464, nddUsdPerBbl: 5.956608 });
    expectResults(model.baseline, {
      metRevenue: (24.46464 * 80 * 9.2 * 365) / 1e6,
      nddRevenue: (5.956608 * 80 * 9.2 * 365) / 1e6,
    });
  });

  it('damper 0.28 × 4.6 mb/d × (64 × 80 − 3100) RUB/bbl over a year; revenue adds up', () => {
    expectResults(model.baseline, { damperPayout: (0.28 * 4.6 * 2020 * 365) / 1e6 });
    expectResults(model.baseline, { oilGasRevenue: REVENUE, budgetChange: 0, budgetChangePct: 0, deficitAfter: 5.736 });
    // Roughly: 6.57 + 1.60 − 0.95 + 0.92.
    expect(model.baseline.oilGasRevenue).toBeCloseTo(8.143, 3);
  });

  it('fiscal rule: a tax price $0.68 below $60 draws the difference in both taxes from the Fund', () => {
    // At $60: extraction tax 0.552 × 45 = 24.84, profit tax 0.3 × (60 − 24.84 − 15) = 6.048.
    const perBbl = MET_USD + NDD_USD - 24.84 - 6.048;
    expectResults(model.baseline, { metAtRulePrice: 24.84, nddAtRulePrice: 6.048 });
    expectResults(model.baseline, { nwfFlow: trnRub(perBbl, 80, 9.2), nwfDraw: -trnRub(perBbl, 80, 9.2) });
    expectResults(model.baseline, { deficitNotFromFund: 5.736 + trnRub(perBbl, 80, 9.2) });
    expectResults(model.baseline, { uralsVsFiscalRule: 59.32 - 60, uralsVsBudget: 59.32 - 56 });
    expectResults(model.baseline, { nwfMonthsOfDeficit: (12 * 4.1) / 5.736 });
  });
});

describe('budget scenarios', () => {
  it('drop = 10: the tax price falls $10 and both taxes and the damper shrink', () => {
    const met = 0.552 * 34.32; // 18.94464
    const ndd = 0.3 * (49.32 - met - 15); // 4.612608
    const damper = (0.28 * 4.6 * (54 * 80 - 3100) * 365) / 1e6;
    const revenue = trnRub(met, 80, 9.2) + trnRub(ndd, 80, 9.2) - damper + 0.92;
    const r = run({ drop: 10 });
    expectResults(r, { taxPrice: 49.32, metUsdPerBbl: met, nddUsdPerBbl: ndd, damperPayout: damper });
    expectResults(r, { oilGasRevenue: revenue, budgetChange: revenue - REVENUE });
    expectResults(r, { budgetChangePct: ((revenue - REVENUE) / 8.7) * 100, deficitAfter: 5.736 - (revenue - REVENUE) });
    expectResults(r, { nwfMonthsOfShortfall: (12 * 4.1) / (REVENUE - revenue) });
    // About −1.47 trillion roubles a year: 0.147 per $1, inside the 0.15–0.20 estimates' neighbourhood (S2, S3, X36).
    expect(r.budgetChange).toBeCloseTo(-1.468, 3);
  });

  it('a $10 wider Urals discount lowers the tax price by 0.78 × 10 and leaves the damper alone', () => {
    const met = 0.552 * (51.52 - 15);
    const ndd = 0.3 * (51.52 - met - 15);
    const r = run({ 'urals-discount': 22 });
    expectResults(r, { taxPrice: 51.52, metUsdPerBbl: met, nddUsdPerBbl: ndd, damperPayout: DAMPER });
    expectResults(r, { budgetChange: trnRub(met + ndd - MET_USD - NDD_USD, 80, 9.2) });
  });

  it('india = 0, reroute-share = 0: 1.6 mb/d are not produced and lose both taxes on every barrel', () => {
    const r = run({ india: 0, 'reroute-share': 0 });
    expectResults(r, { production: 7.6, damperPayout: DAMPER });
    expectResults(r, { budgetChange: -trnRub(MET_USD + NDD_USD, 80, 1.6) });
  });

  it('india = 0 with half rerouted: only the 0.8 mb/d not rerouted are lost to the taxes', () => {
    expectResults(run({ india: 0 }), { production: 8.4, budgetChange: -trnRub(MET_USD + NDD_USD, 80, 0.8) });
  });

  it('rub = 90: taxes rise by 90/80, the damper by more, gas and other not at all', () => {
    const damper = (0.28 * 4.6 * (64 * 90 - 3100) * 365) / 1e6;
    const revenue = trnRub(MET_USD + NDD_USD, 90, 9.2) - damper + 0.92;
    expectResults(run({ rub: 90 }), { rubNow: 90, damperPayout: damper, oilGasRevenue: revenue });
    expect(revenue / REVENUE).toBeLessThan(90 / 80);
  });

  it('rub-pass-through = 0.5 with drop = 10: the rouble weakens to 80 / (0.5 + 0.5 × 49.32 / 59.32)', () => {
    const rubNow = 80 / (0.5 + (0.5 * 49.32) / 59.32);
    const r = run({ drop: 10, 'rub-pass-through': 0.5 });
    expectResults(r, { rubNow, metRevenue: trnRub(0.552 * 34.32, rubNow, 9.2) });
    // The baseline's own rouble is untouched by the pass-through.
    expectResults(run({ 'rub-pass-through': 0.5 }), { rubNow: 80, budgetChange: 0 });
  });

  it('a tax price below $15 pays no extraction tax; the profit tax still taxes the margin', () => {
    // Brent 40, drop 26: Brent 14, Urals 2, ESPO 8, tax price 0.78 × 2 + 0.22 × 8 = 3.32; products 8.
    const r = run({ brent: 40, drop: 26 });
    expectResults(r, { taxPrice: 3.32, metUsdPerBbl: 0, nddUsdPerBbl: 0, damperPayout: 0, oilGasRevenue: 0.92 });
  });

  it('gas and other revenue is added as given', () => {
    expectResults(run({ 'gas-other': 1.5 }), { budgetChange: 1.5 - 0.92 });
  });
});
