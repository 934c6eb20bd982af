// Checks the scenario report against figures worked out by hand from the model's defaults.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { runMonteCarlo, seedForScenario } from '../../src/analysis/monte-carlo.ts';
import { DAYS_PER_MONTH, buildScenarioReport, type MonthUsdBn } from '../../src/report/scenario-report.ts';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { decompositionGroups } from '../../models/crude-leverage/decomposition.ts';

const model = compileModel(crudeLeverageModel);
/** `draws` for the Monte Carlo band: the default (2000) unless a test needs it faster. */
const reportOf = (query: string, draws?: number) =>
  buildScenarioReport(crudeLeverageBundle, model, decodeLink(model, query), { draws });
/** $M/day → USD bn in a month of 365/12 days, written out so the test does not reuse the code's helper. */
const bn = (usdMPerDay: number) => (usdMPerDay * 365) / 12 / 1000;

/** Every number anywhere in `value`, with the path that leads to it. */
function numbersIn(value: unknown, path = '$'): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => numbersIn(child, `${path}.${key}`));
}

function buyersSum(month: MonthUsdBn): number {
  const { india, china, turkey, eu, other } = month.buyers;
  return india + china + turkey + eu + other;
}

describe('buildScenarioReport at the defaults', () => {
  const report = reportOf('');

  it('names the model and the link format, and lists every parameter at its default', () => {
    expect(report.model).toEqual({
      id: 'crude-leverage',
      version: 2,
      edited: false,
      editProblem: null,
      notFinite: null,
    });
    expect(report.linkFormat).toBe(1);
    expect(Object.keys(report.scenario)).toEqual(crudeLeverageModel.parameters.map((p) => p.key));
    expect(report.scenario).toEqual(model.defaults);
    expect(report.adjusted).toEqual([]);
    expect(report.ignored).toEqual([]);
    expect(report.pinned).toBeNull();
    expect(report.units.month).toBe('USD bn per month of 365/12 days');
  });

  it('gives mid-2025 prices: Brent 70, Urals 70−12, ESPO 70−6, products 70−6', () => {
    expect(report.prices).toEqual({
      brentBeforeDrop: 70,
      brentBeforeResponse: 70,
      brent: 70,
      urals: 58,
      espo: 64,
      products: 64,
    });
    expect(report.baseline.prices).toEqual(report.prices);
  });

  it('gives volumes actually exported: 1.6 + 2 + 0.3 + 0.18 + 0.52 = 4.6 crude, plus 2.75 products', () => {
    expect(report.volumes.india).toBe(1.6);
    expect(report.volumes.china).toBe(2);
    expect(report.volumes.rerouted).toBe(0);
    expect(report.volumes.lost).toBe(0);
    expect(report.volumes.crude).toBeCloseTo(4.6, 12);
    expect(report.volumes.products).toBe(2.75);
    expect(report.volumes.total).toBeCloseTo(7.35, 12);
  });

  it('turns 448 $M/day into 13.6267 bn in a month of 365/12 days', () => {
    expect(report.month.days).toBeCloseTo(30.4167, 4);
    expect(report.month.days).toBe(DAYS_PER_MONTH);
    expect(report.month.total).toBeCloseTo(13.6267, 4);
    expect(report.month.total).toBeCloseTo(bn(448), 12);
    expect(report.month.products).toBeCloseTo(bn(2.75 * 64), 12);
    expect(report.month.crude).toBeCloseTo(bn(272), 12);
    // India: 1.6 × (58 − 2 extra discount at a 25% tariff) = 89.6 $M/day.
    expect(report.month.buyers.india).toBeCloseTo(bn(1.6 * 56), 12);
    // China: 0.8 by pipeline × 64 + 1.2 by sea × (64 + 58) / 2.
    expect(report.month.buyers.china).toBeCloseTo(bn(0.8 * 64 + 1.2 * 61), 12);
    expect(report.month.buyers.turkey).toBeCloseTo(bn(0.3 * 58), 12);
    expect(report.month.buyers.eu).toBeCloseTo(bn(0.18 * 58), 12);
    expect(report.month.buyers.other).toBeCloseTo(bn(0.52 * 58), 12);
    expect(report.month.rerouted).toBe(0);
  });

  it('has buyers that add up to crude, and crude plus products to the total', () => {
    expect(buyersSum(report.month)).toBeCloseTo(report.month.crude, 12);
    expect(report.month.crude + report.month.products).toBeCloseTo(report.month.total, 12);
  });

  it('is its own baseline: no change and no extra shortfall for the fund', () => {
    expect(report.baseline.month).toEqual(report.month);
    expect(report.change.usdBnPerMonth).toBe(0);
    expect(report.change.percent).toBe(0);
    expect(report.budget.changeRubTrnPerYear).toBeCloseTo(0, 12);
    expect(report.budget.nwfMonthsOfShortfall).toBeNull();
    // 12 × 4.1 / 5.736 months of the planned deficit.
    expect(report.budget.nwfMonthsOfDeficit).toBeCloseTo((12 * 4.1) / 5.736, 10);
    // Tax price 0.78 × 58 + 0.22 × 64 = 59.32 against $60 and $56.
    expect(report.budget.taxPriceMinusFiscalRuleUsd).toBeCloseTo(-0.68, 12);
    expect(report.budget.taxPriceMinusBudgetAssumptionUsd).toBeCloseTo(3.32, 12);
    expect(report.budget.taxPriceUsdPerBbl).toBeCloseTo(59.32, 12);
    expect(report.budget.rubPerUsd).toBe(80);
    expect(report.budget.fiscalRulePriceUsd).toBe(60);
    expect(report.budget.budgetUralsRevisedUsd).toBe(56);
    expect(report.budget.breakEvenRangeUsd).toEqual([60, 85]);
  });

  it("sets India's two lines side by side: keep buying loses 60.55 × (1 − 1.25^−0.76), stopping 1.69944 + 2.336", () => {
    // 25% on the 60.55 of 86.5 not exempt; 60.55 × 1.25^−0.76 = 51.1049 still sells, so 9.4451 is lost.
    // Stopping: Brent + 2.4 × 0.5 × 0.5 × 1.6 = 0.96 (half rerouted, half of the rest replaced) on 4.85 mb/d for a
    // year, plus the 1.6 × (2 + 2) × 365 / 1000 discount.
    const lost = 60.55 * (1 - 1.25 ** -0.76);
    const india = report.calculus.india;
    expect(india.russianCrudeMbd).toBe(1.6);
    expect(india.keepBuying.costUsdBnPerYear).toBeCloseTo(lost, 12);
    expect(india.keepBuying.parts).toEqual({
      lostSalesUsdBnPerYear: expect.closeTo(lost, 12),
      tariffBorneUsdBnPerYear: 0,
    });
    expect(india.keepBuying.penaltyTariffPct).toBeCloseTo(25, 12);
    expect(india.keepBuying.discountKeptUsdBnPerYear).toBeCloseTo(2.336, 12);
    expect(india.stop.brentRiseUsdPerBbl).toBeCloseTo(0.96, 12);
    expect(india.stop.parts.worldPriceBillUsdBnPerYear).toBeCloseTo(1.69944, 12);
    expect(india.stop.parts.lostDiscountUsdBnPerYear).toBeCloseTo(2.336, 12);
    expect(india.stop.costUsdBnPerYear).toBeCloseTo(4.03544, 12);
    expect(india.tariffCostUsdBnPerYear).toBeCloseTo(lost, 12);
    expect(india.savingUsdBnPerYear).toBeCloseTo(2.336, 12);
    expect(india.stopSavesUsdBnPerYear).toBeCloseTo(lost - 4.03544, 12);
    expect(india.verdict).toBe('stop');
  });

  it('lets China, with no tariff, keep buying: stopping would cost 12.14 × 1.2 × 365 / 1000 = 5.31732', () => {
    const china = report.calculus.china;
    expect(china.keepBuying.costUsdBnPerYear).toBe(0);
    expect(china.stop.costUsdBnPerYear).toBeCloseTo(5.31732, 12);
    expect(china.verdict).toBe('keep-buying');
  });
});

describe('buildScenarioReport under the Sanctioning Russia Act preset', () => {
  // 500% on both with a cut of 20% per 10 points: both buy nothing, so neither pays a penalty (C12).
  const report = reportOf('?tariff-india=500&tariff-china=500&india-response-cut=20&china-response-cut=20');

  it('charges no buyer that buys nothing, instead of five times its exports', () => {
    for (const buyer of [report.calculus.india, report.calculus.china]) {
      expect(buyer.russianCrudeMbd).toBe(0);
      expect(buyer.tariffCostUsdBnPerYear).toBe(0);
      expect(buyer.stop.costUsdBnPerYear).toBe(0);
      expect(buyer.verdict).toBe('already-stopped');
    }
  });
});

describe('buildScenarioReport with Brent $10 lower', () => {
  const report = reportOf('?drop=10');
  // Urals 48, ESPO 54, products 54. India 1.6 × 46; China 0.8 × 54 + 1.2 × 51; others at 48.
  const crude = 1.6 * 46 + (0.8 * 54 + 1.2 * 51) + (0.3 + 0.18 + 0.52) * 48;
  const total = crude + 2.75 * 54;

  it('lowers every price by 10 and the monthly income to 374.5 $M/day', () => {
    expect(report.prices).toEqual({
      brentBeforeDrop: 70,
      brentBeforeResponse: 60,
      brent: 60,
      urals: 48,
      espo: 54,
      products: 54,
    });
    expect(total).toBeCloseTo(374.5, 10);
    expect(report.month.total).toBeCloseTo(bn(374.5), 12);
    expect(report.month.crude).toBeCloseTo(bn(crude), 12);
    expect(buyersSum(report.month)).toBeCloseTo(report.month.crude, 12);
  });

  it('reports the change against the baseline: −73.5 $M/day, −16.4%', () => {
    expect(report.baseline.month.total).toBeCloseTo(bn(448), 12);
    expect(report.change.usdBnPerMonth).toBeCloseTo(bn(-73.5), 12);
    expect(report.change.percent).toBeCloseTo((374.5 / 448 - 1) * 100, 10);
  });

  it('costs the budget what the tax rules lose on a $10 lower tax price (hand-worked below)', () => {
    // Per barrel: extraction tax 0.552 × (tax price − 15), profit tax 0.3 × the margin after it and $15 of costs,
    // over 9.2 mb/d at 80 roubles; damper 0.28 × 4.6 mb/d × (products × 80 − 3100); gas and other 0.92.
    const year = (usdPerBbl: number, mbd: number) => (usdPerBbl * 80 * mbd * 365) / 1e6;
    const revenueAt = (taxPrice: number, products: number) => {
      const met = 0.552 * (taxPrice - 15);
      const ndd = 0.3 * (taxPrice - met - 15);
      return year(met + ndd, 9.2) - year(0.28 * (products - 3100 / 80), 4.6) + 0.92;
    };
    const change = revenueAt(49.32, 54) - revenueAt(59.32, 64);
    expect(report.budget.oilGasRevenueRubTrnPerYear).toBeCloseTo(revenueAt(49.32, 54), 10);
    expect(report.budget.changeRubTrnPerYear).toBeCloseTo(change, 10);
    expect(report.budget.changePctOfOilGasPlan).toBeCloseTo((change / 8.7) * 100, 8);
    expect(report.budget.deficitAfterRubTrnPerYear).toBeCloseTo(5.736 - change, 10);
    expect(report.budget.nwfMonthsOfShortfall).toBeCloseTo((12 * 4.1) / -change, 8);
    expect(report.budget.taxPriceMinusFiscalRuleUsd).toBeCloseTo(-10.68, 10);
    const parts = report.budget.partsRubTrnPerYear;
    expect(parts.extractionTax + parts.profitTax - parts.damper + parts.gasAndOther).toBeCloseTo(
      report.budget.oilGasRevenueRubTrnPerYear,
      12,
    );
    expect(parts.gasAndOther).toBe(0.92);
  });
});

describe('buildScenarioReport with rerouted barrels', () => {
  // A 100% tariff with a 10%-per-10-points cut: India drops all 1.6 mb/d, half is sold elsewhere at 58 − 14
  // (version 1's rules: Brent does not answer and the other buyers' Urals is not repriced).
  const report = reportOf('tariff-india=100&india-response-cut=10&price-response=0&market-repricing=0');

  it('counts rerouted income under "other" and repeats it as "rerouted"', () => {
    expect(report.volumes.india).toBe(0);
    expect(report.volumes.rerouted).toBeCloseTo(0.8, 12);
    expect(report.volumes.lost).toBeCloseTo(0.8, 12);
    expect(report.month.buyers.india).toBe(0);
    expect(report.month.rerouted).toBeCloseTo(bn(0.8 * 44), 12);
    expect(report.month.buyers.other).toBeCloseTo(bn(0.52 * 58 + 0.8 * 44), 12);
    expect(buyersSum(report.month)).toBeCloseTo(report.month.crude, 12);
  });
});

describe('buildScenarioReport passes on what the link decoder found', () => {
  it('lists adjusted values and ignored keys, and uses the adjusted values', () => {
    const report = reportOf('https://example.org/?drop=999&india=abc&zzz=1&brent=70.4');
    expect(report.adjusted).toEqual([
      { key: 'drop', given: '999', used: 40, reason: 'above-max' },
      { key: 'india', given: 'abc', used: 1.6, reason: 'not-a-number' },
      { key: 'brent', given: '70.4', used: 70, reason: 'off-step' },
    ]);
    expect(report.ignored).toEqual(['zzz']);
    expect(report.scenario.drop).toBe(40);
    expect(report.prices.brent).toBe(30);
  });

  it('reports a pinned scenario with its own month', () => {
    const report = reportOf('drop=10&a=1&a.tariff-india=50');
    expect(report.pinned?.scenario['tariff-india']).toBe(50);
    expect(report.pinned?.scenario.drop).toBe(0);
    // India with a 50% tariff: 1.6 × (58 − 4).
    expect(report.pinned?.month.buyers.india).toBeCloseTo(bn(1.6 * 54), 12);
    expect(reportOf('a=1').pinned?.month).toEqual(reportOf('').month);
  });
});

describe('buildScenarioReport decomposition', () => {
  const ids = decompositionGroups.map((g) => g.id);
  /** The report as a reader of the JSON file gets it (no Monte Carlo band: it is not needed here and is slow). */
  const jsonOf = (query: string) => JSON.parse(JSON.stringify(reportOf(query, 0))) as ReturnType<typeof reportOf>;
  const sumOfParts = (parts: Record<string, number>) => Object.values(parts).reduce((sum, v) => sum + v, 0);

  it('is all zeros at the defaults, one part per group in order', () => {
    const { decomposition } = jsonOf('');
    expect(decomposition.method).toBe('shapley');
    expect(Object.keys(decomposition.parts)).toEqual(ids);
    expect(Object.values(decomposition.parts).every((v) => v === 0)).toBe(true);
    expect(decomposition.total).toBe(0);
  });

  it('puts the whole change of Brent $10 lower in "price": −73.5 $M/day', () => {
    const report = jsonOf('drop=10');
    expect(report.decomposition.total).toBe(report.change.usdBnPerMonth);
    expect(report.decomposition.total).toBeCloseTo(bn(-73.5), 12);
    expect(report.decomposition.parts.price).toBe(report.decomposition.total);
    expect(sumOfParts(report.decomposition.parts)).toBe(report.decomposition.total);
  });

  it('splits ?drop=10&tariff-china=100&india=1 into price, India and tariffs', () => {
    const { decomposition } = jsonOf('drop=10&tariff-china=100&india=1');
    // Tariff on China: 2 mb/d × $8 more discount, whatever the price. Price: $10 on 7.35 or 7.05 mb/d: −72 (the
    // response to India's 0.3 mb/d lost and the repricing of Urals do not depend on the drop). India: the rest.
    expect(decomposition.parts.tariffs).toBeCloseTo(bn(-16), 12);
    expect(decomposition.parts.india).toBeCloseTo(decomposition.total - bn(-72) - bn(-16), 12);
    expect(decomposition.parts.india).toBeLessThan(0);
    expect(decomposition.parts.price).toBeCloseTo(bn(-72), 12);
    expect(decomposition.parts.china).toBe(0);
    expect(sumOfParts(decomposition.parts)).toBe(decomposition.total);
  });

  it('adds up exactly to month.total − baseline.month.total in the JSON, for any link', () => {
    const keys = crudeLeverageModel.parameters.map((p) => p.key);
    const query = fc
      .array(
        fc.tuple(
          fc.constantFrom(...keys),
          fc.oneof(fc.double({ min: -50, max: 600, noNaN: true }), fc.integer({ min: 0, max: 100 })),
        ),
        { maxLength: 10 },
      )
      .map((pairs) => new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString());
    fc.assert(
      fc.property(query, (q) => {
        const report = jsonOf(q);
        const { parts, total } = report.decomposition;
        expect(total).toBe(report.month.total - report.baseline.month.total);
        expect(total).toBe(report.change.usdBnPerMonth);
        const sum = sumOfParts(parts);
        expect(sum === total || Math.abs(sum - total) < 1e-12).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('buildScenarioReport for any link', () => {
  const keys = crudeLeverageModel.parameters.map((p) => p.key);
  const key = fc.oneof(
    fc.constantFrom(...keys),
    fc.constantFrom(...keys).map((k) => `a.${k}`),
    fc.string(),
  );
  const value = fc.oneof(
    fc.double().map(String),
    fc.constantFrom('1e308', '-1e308', 'Infinity', 'NaN', '', '0x10', '1e-320'),
    fc.string(),
  );
  const query = fc.array(fc.tuple(key, value), { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs).toString());

  it('never holds NaN or Infinity, and survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string()), (input) => {
        const report = reportOf(input, 20);
        const bad = numbersIn(report).filter(([, n]) => !Number.isFinite(n));
        expect(bad).toEqual([]);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        expect(buyersSum(report.month)).toBeCloseTo(report.month.crude, 9);
      }),
      { numRuns: 300 },
    );
  });

  it('stays finite at every corner of the parameter ranges', () => {
    for (const corner of ['min', 'max'] as const) {
      const link = crudeLeverageModel.parameters.map((p) => `${p.key}=${p[corner]}`).join('&');
      const report = reportOf(link);
      expect(report.adjusted).toEqual([]);
      expect(numbersIn(report).filter(([, n]) => !Number.isFinite(n))).toEqual([]);
    }
  });
});

describe('buildScenarioReport band', () => {
  it('gives a Monte Carlo band of month.total seeded from the scenario, as the page seeds it', () => {
    const report = reportOf('https://example.org/?drop=10&lang=zh-Hant&a=1');
    const scenario = { ...model.defaults, drop: 10 };
    const seed = seedForScenario(model, scenario);
    expect(report.band).toEqual({
      ...runMonteCarlo(model, crudeLeverageBundle.outputs, scenario, { seed, draws: 2000 }),
      method: 'monte-carlo',
    });
    expect(report.band).toEqual(reportOf('drop=10').band);
    expect(report.units.band).toMatch(/percentiles of month\.total/);
  });

  it('holds month.total inside the band at the defaults and at a $10 drop', () => {
    for (const query of ['', 'drop=10']) {
      const { band, month } = reportOf(query);
      expect(band!.draws).toBe(2000);
      expect(band!.p10).toBeLessThan(month.total);
      expect(band!.p90).toBeGreaterThan(month.total);
    }
  });

  it('takes the number of draws from the options, and leaves the band out for 0', () => {
    expect(reportOf('drop=10', 100).band?.draws).toBe(100);
    expect(reportOf('drop=10', 0).band).toBeNull();
  });
});
