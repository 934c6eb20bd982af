// Checks the monthly income CSV: header, row order, four decimals, rows that add up, quoting and line endings.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { MONTHLY_CSV_ROWS, formatCsvNumber, monthlyCsv, roundToSum } from '../../src/report/monthly-csv.ts';
import { buildScenarioReport } from '../../src/report/scenario-report.ts';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
const reportOf = (query: string) =>
  buildScenarioReport(crudeLeverageBundle, model, decodeLink(model, query), { draws: 0 });
const csvOf = (query: string) => monthlyCsv(reportOf(query));
const HEADER = 'category,scenario_usd_bn_per_month,baseline_usd_bn_per_month,change_usd_bn_per_month';

/** The CSV's numbers by row name, in whole units of 0.0001 USD bn (exact integers, so sums are exact). */
function table(csv: string): Map<string, number[]> {
  const lines = csv.slice(0, -1).split('\n').slice(1);
  return new Map(
    lines.map((line) => {
      const [name, ...cells] = line.split(',');
      return [name!, cells.map((cell) => Math.round(Number(cell) * 10_000))];
    }),
  );
}

describe('monthlyCsv', () => {
  it('writes the header and one row per buyer, rerouted, the crude subtotal, products and total, each ending in \\n', () => {
    const csv = csvOf('');
    expect(csv.endsWith('\n')).toBe(true);
    expect(csv).not.toContain('\r');
    const lines = csv.slice(0, -1).split('\n');
    expect(lines[0]).toBe(HEADER);
    expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual([
      'india',
      'china',
      'turkey',
      'eu',
      'other_buyers',
      'rerouted',
      'subtotal_crude',
      'products',
      'total',
    ]);
    expect(MONTHLY_CSV_ROWS).toHaveLength(9);
    for (const line of lines.slice(1)) expect(line).toMatch(/^[a-z_]+(,-?\d+\.\d{4}){3}$/);
  });

  it('gives the baseline 448 $M/day as 13.6267 bn a month with no change', () => {
    const rows = table(csvOf(''));
    expect(csvOf('')).toContain('total,13.6267,13.6267,0.0000\n');
    // Products: 2.75 mb/d × $64 = 176 $M/day × 365/12 / 1000 = 5.35333; crude 272 $M/day = 8.27333. Rounded alone
    // they sum to 13.6266, one unit short of the total, so one of them carries the unit the rows need to add up.
    expect(Math.abs(rows.get('products')![0]! - 53533.33)).toBeLessThan(1);
    expect(Math.abs(rows.get('subtotal_crude')![0]! - 82733.33)).toBeLessThan(1);
    expect(rows.get('products')![2]).toBe(0);
  });

  it('shows a $10 drop as scenario, baseline and change, the change being the two columns’ difference', () => {
    const rows = table(csvOf('?drop=10'));
    // 374.5 and 448 $M/day: 11.39104 and 13.62667; 11.3910 − 13.6267 = −2.2357.
    expect(rows.get('total')).toEqual([113910, 136267, -22357]);
    // Products: 2.75 × 54 = 148.5 $M/day = 4.51688.
    expect(Math.abs(rows.get('products')![0]! - 45168.75)).toBeLessThan(1);
  });

  it('counts rerouted barrels once: "other_buyers" leaves them out', () => {
    const csv = csvOf('tariff-india=100&india-response-cut=10&price-response=0&market-repricing=0');
    // 0.8 mb/d rerouted at 58 − 14 = 35.2 $M/day = 1.0707 bn; other buyers 0.52 mb/d × $58 = 30.16 $M/day = 0.9174.
    expect(csv).toContain('rerouted,1.0707,0.0000,1.0707\n');
    expect(csv).toContain('other_buyers,0.9174,0.9174,0.0000\n');
  });

  it('adds up exactly in every column: the crude rows to the subtotal, the subtotal and products to the total', () => {
    for (const query of [
      '',
      '?drop=10',
      'tariff-india=100&india-response-cut=10',
      'india=0&china=0.4&drop=23',
      'drop=-20',
    ]) {
      const rows = table(csvOf(query));
      for (let column = 0; column < 3; column++) {
        const at = (name: string) => rows.get(name)![column]!;
        const crude = ['india', 'china', 'turkey', 'eu', 'other_buyers', 'rerouted'].reduce((sum, n) => sum + at(n), 0);
        expect(crude, `${query} column ${column}`).toBe(at('subtotal_crude'));
        expect(at('subtotal_crude') + at('products'), `${query} column ${column}`).toBe(at('total'));
      }
      for (const [name, [scenario, baseline, change]] of rows)
        expect(change, `${query} ${name}`).toBe(scenario! - baseline!);
    }
  });

  it('stays within one 0.0001 of the JSON report’s full-precision numbers', () => {
    const report = reportOf('india=0&china=0.4&drop=23');
    const rows = table(monthlyCsv(report));
    const month = report.month;
    const exact: Record<string, number> = {
      india: month.buyers.india,
      china: month.buyers.china,
      other_buyers: month.buyers.other - month.rerouted,
      rerouted: month.rerouted,
      subtotal_crude: month.crude,
      products: month.products,
      total: month.total,
    };
    for (const [name, value] of Object.entries(exact)) {
      expect(Math.abs(rows.get(name)![0]! - value * 10_000), name).toBeLessThan(1);
    }
  });

  it('never writes negative zero, and leaves an unknown number blank', () => {
    expect(formatCsvNumber(-0.00001)).toBe('0.0000');
    expect(formatCsvNumber(-0)).toBe('0.0000');
    expect(formatCsvNumber(-0.00005)).toBe('-0.0001');
    expect(formatCsvNumber(1 / 3)).toBe('0.3333');
    expect(formatCsvNumber(Number.NaN)).toBe('');
  });

  it('rounds parts to a given sum by the largest remainders', () => {
    // 1.4 + 1.4 + 1.2 = 4: plain rounding gives 1 + 1 + 1 = 3; the first 1.4 takes the missing unit.
    expect(roundToSum([1.4, 1.4, 1.2], 4)).toEqual([2, 1, 1]);
    expect(roundToSum([-1.6, 3.6], 2)).toEqual([-2, 4]);
    expect(roundToSum([2, 3], 5)).toEqual([2, 3]);
  });
});
