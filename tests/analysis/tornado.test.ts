// Tests the tornado analysis: rows for every spread, ends kept in range, hand-checked swings and ordering.
import { describe, expect, it } from 'vitest';
import { tornado as tornadoWith } from '../../src/analysis/tornado.ts';
import { headlineOf } from '../../src/engine/output-types.ts';
import type { Scenario } from '../../src/engine/types.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';

const model = compileModel(crudeLeverageModel);
/** Swings in the bundle's headline, as the page measures them. */
const tornado = (on: typeof model, scenario: Partial<Scenario>) =>
  tornadoWith(on, scenario, { measure: (results) => headlineOf(outputs, results) });
/** $M/day → USD bn in a month of 365/12 days, written out so the test does not reuse the code's helper. */
const bn = (usdMPerDay: number) => (usdMPerDay * 365) / 12 / 1000;
const withSpread = crudeLeverageModel.parameters.filter((p) => p.spread);
const rowOf = (rows: ReturnType<typeof tornado>, key: string) => rows.find((r) => r.key === key)!;

describe('tornado', () => {
  const rows = tornado(model, model.defaults);

  it('has one row per parameter with a spread, and none for the tariffs', () => {
    expect(rows.map((r) => r.key).sort()).toEqual(withSpread.map((p) => p.key).sort());
    expect(rows.some((r) => r.key === 'tariff-india' || r.key === 'drop')).toBe(false);
  });

  it('is sorted by swing, largest first', () => {
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.swing).toBeLessThanOrEqual(rows[i - 1]!.swing);
    expect(rows[0]!.swing).toBeGreaterThan(0);
  });

  it('uses the value in use minus `below` and plus `above`, without binary noise', () => {
    expect(rowOf(rows, 'urals-discount')).toMatchObject({ lowValue: 11, highValue: 13 });
    expect(rowOf(rows, 'india')).toMatchObject({ lowValue: 1.44, highValue: 1.76 });
    expect(rowOf(rows, 'turkey')).toMatchObject({ lowValue: 0.21, highValue: 0.32 });
  });

  it('keeps both ends inside the parameter range', () => {
    const atEdges = tornado(model, { ...model.defaults, other: 0.1, india: 2.5, 'china-espo-share': 100 });
    expect(rowOf(atEdges, 'other')).toMatchObject({ lowValue: 0, highValue: 0.3 });
    expect(rowOf(atEdges, 'india')).toMatchObject({ lowValue: 2.34, highValue: 2.5 });
    expect(rowOf(atEdges, 'china-espo-share')).toMatchObject({ lowValue: 80, highValue: 100 });
    for (const row of atEdges) {
      const p = model.parameterByKey.get(row.key)!;
      expect(row.lowValue).toBeGreaterThanOrEqual(p.min);
      expect(row.highValue).toBeLessThanOrEqual(p.max);
    }
  });

  it('swings $1 of Urals discount over the 3.2 mb/d sold at Urals prices: 2 × 3.2 $M/day', () => {
    // India 1.6, half of China's 1.2 seaborne, Türkiye 0.3, EU 0.18, others 0.52.
    const row = rowOf(rows, 'urals-discount');
    expect(row.swing).toBeCloseTo(bn(6.4), 12);
    expect(row.lowUsdBnPerMonth - model.baseline.totalMonth!).toBeCloseTo(bn(3.2), 12);
    expect(row.highUsdBnPerMonth).toBeLessThan(row.lowUsdBnPerMonth);
  });

  it('swings products ±$4 over 2.75 mb/d: 22 $M/day', () => {
    expect(rowOf(rows, 'products-crack').swing).toBeCloseTo(bn(22), 12);
  });

  it('gives zero swing to parameters that do not move income, and sorts them last', () => {
    for (const key of ['rub', 'met-add-on', 'reroute-share', 'reroute-discount']) {
      const row = rowOf(rows, key);
      expect(row.swing, key).toBe(0);
      expect(row.lowUsdBnPerMonth).toBe(row.highUsdBnPerMonth);
    }
    expect(rows.slice(-4).map((r) => r.swing)).toEqual([0, 0, 0, 0]);
  });

  it("holds the other parameters at the scenario's values, matching direct evaluations", () => {
    const scenario = { ...model.defaults, drop: 10, 'tariff-india': 100, 'india-response-cut': 10 };
    const moved = tornado(model, scenario);
    for (const row of moved) {
      expect(row.lowUsdBnPerMonth).toBe(model.evaluate({ ...scenario, [row.key]: row.lowValue }).totalMonth);
      expect(row.highUsdBnPerMonth).toBe(model.evaluate({ ...scenario, [row.key]: row.highValue }).totalMonth);
    }
    // With India cutting, rerouted barrels exist, so the rerouting discount now matters.
    expect(rowOf(moved, 'reroute-discount').swing).toBeGreaterThan(0);
  });

  it('measures what it is told to: totalIncome gives the same swings in $M/day', () => {
    const daily = tornadoWith(model, model.defaults, { measure: (results) => results.totalIncome! });
    const monthly = tornado(model, model.defaults);
    expect(daily.map((row) => row.key)).toEqual(monthly.map((row) => row.key));
    daily.forEach((row, i) => expect(bn(row.swing)).toBeCloseTo(monthly[i]!.swing, 12));
  });

  it('does not modify the scenario', () => {
    const scenario = { ...model.defaults };
    tornado(model, scenario);
    expect(scenario).toEqual(model.defaults);
  });
});
