// Pins the world-price response, sanctions, market repricing, refinery outages and the crack to hand-computed values.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
const run = (scenario: Record<string, number>) => model.evaluate(scenario);
const preset = (id: string) => crudeLeverageModel.presets.find((p) => p.id === id)!.values;
function expectResults(results: Record<string, number>, expected: Record<string, number>): void {
  for (const [name, value] of Object.entries(expected)) expect(results[name], name).toBeCloseTo(value, 9);
}
/** Seaborne Urals at the defaults: India 1.6 + half of China's 1.2 by sea + Türkiye 0.3 + others 0.52. */
const SEABORNE_URALS_MBD = 1.6 + 0.5 * 1.2 + 0.3 + 0.52;

describe('baseline', () => {
  it('loses no barrels, so Brent does not respond and nothing is repriced', () => {
    expect(SEABORNE_URALS_MBD).toBeCloseTo(3.02, 12);
    expectResults(model.baseline, {
      worldLostVolume: 0,
      brentResponse: 0,
      brentBeforeResponse: 70,
      brentNow: 70,
      seaborneUralsVolume: 3.02,
      uralsMarketWidening: 0,
      uralsPipeline: 58,
      productsExported: 2.75,
      outageCrudeVolume: 0,
    });
  });
});

describe('India stops (reroute-share 50, the defaults otherwise)', () => {
  const r = run({ india: 0 });
  // 0.8 mb/d leave the market; half is replaced: 2.4 × 0.5 × 0.8 = 0.96.
  const brent = 70 + 0.96;
  // India dropped 1.6 of the 3.02 mb/d of seaborne Urals: every seaborne Urals barrel takes 14 × 1.6 / 3.02.
  const widening = (14 * 1.6) / 3.02;
  const urals = brent - 12 - widening;
  const espo = brent - 6;
  const chinaSea = 0.5 * espo + 0.5 * urals;

  it('lifts Brent by priceResponse × (1 − replacement) × lost', () => {
    expectResults(r, { lostVolume: 0.8, worldLostVolume: 0.8, brentResponse: 0.96, brentNow: brent });
  });

  it('reprices every seaborne Urals barrel, not the EU pipeline', () => {
    expectResults(r, {
      uralsMarketWidening: widening,
      urals,
      uralsPipeline: brent - 12,
      espo,
      productPrice: brent - 6,
    });
  });

  it('adds up buyer by buyer', () => {
    const expected = {
      chinaIncome: 0.8 * espo + 1.2 * chinaSea,
      turkeyIncome: 0.3 * urals,
      euIncome: 0.18 * (brent - 12),
      otherIncome: 0.52 * urals,
      reroutedIncome: 0.8 * (urals - 14),
      productsIncome: 2.75 * (brent - 6),
    };
    expectResults(r, { ...expected, totalIncome: Object.values(expected).reduce((a, b) => a + b, 0) });
  });
});

describe('sanctions on sellers', () => {
  it('the late-2025 preset: $14 more on seaborne Urals only, Brent unchanged', () => {
    // Urals 70 − 12 − 14 = 44; India 1.6 × (44 − 2); China 0.8 × 64 + 1.2 × (32 + 22); EU pipeline stays at 58.
    const r = run(preset('late-2025-discount'));
    expectResults(r, { brentNow: 70, brentResponse: 0, urals: 44, uralsPipeline: 58, indiaIncome: 67.2 });
    expectResults(r, {
      chinaIncome: 116,
      turkeyIncome: 13.2,
      euIncome: 10.44,
      otherIncome: 22.88,
      totalIncome: 405.72,
    });
  });
});

describe('refinery outage', () => {
  it('0.5 mb/d: products fall 0.5, 85% goes to crude exports, 15% is lost and lifts Brent', () => {
    // Lost 0.075 → Brent 70 + 2.4 × 0.5 × 0.075 = 70.09; urals 58.09; products 2.25 at 64.09.
    const r = run({ 'refinery-outage': 0.5 });
    expectResults(r, {
      productsExported: 2.25,
      outageCrudeVolume: 0.425,
      outageLostVolume: 0.075,
      lostVolume: 0,
      brentNow: 70.09,
      outageCrudeIncome: 0.425 * 58.09,
      productsIncome: 2.25 * 64.09,
      crudeVolume: 4.6 + 0.425,
      exportVolume: 4.6 + 0.425 + 2.25,
    });
  });

  it('an outage larger than the product exports stops at them', () => {
    expectResults(run({ products: 0.4, 'refinery-outage': 1, 'outage-lost-share': 0, 'price-response': 0 }), {
      productsExported: 0,
      outageCrudeVolume: 0.4,
      productsIncome: 0,
    });
  });
});

describe('products priced as Brent plus a crack', () => {
  it('crack +2.5 (about November 2025): products at 72.5', () => {
    expectResults(run({ 'products-crack': 2.5 }), { productPrice: 72.5, productsIncome: 2.75 * 72.5 });
  });
});

describe("CLSA's high case", () => {
  it('lifts Brent by $30 and, with it, raises Russia’s income although India stops', () => {
    // 1.6 lost × 18.75 × (1 − 0) = 30: Brent 100. Urals 100 − 12 − 14 × 1.6 / 3.02.
    const r = run(preset('clsa-high'));
    const urals = 100 - 12 - (14 * 1.6) / 3.02;
    const expected = 0.8 * 94 + 1.2 * (0.5 * 94 + 0.5 * urals) + 0.3 * urals + 0.18 * 88 + 0.52 * urals + 2.75 * 94;
    expectResults(r, { brentResponse: 30, brentNow: 100, urals, totalIncome: expected });
    expect(r.totalIncome).toBeGreaterThan(model.baseline.totalIncome!);
  });
});

describe('India and China respond separately', () => {
  it('china-response-cut acts only on China, india-response-cut only on India', () => {
    const r = run({ 'tariff-india': 100, 'tariff-china': 100, 'india-response-cut': 0, 'china-response-cut': 5 });
    expectResults(r, { indiaCutShare: 0, chinaCutShare: 0.5 });
    expectResults(run({ 'tariff-china': 100, 'india-response-discount': 3, 'china-response-discount': 0.5 }), {
      indiaWidening: 7.5,
      chinaWidening: 5,
    });
  });
});
