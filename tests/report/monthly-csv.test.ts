// Checks the monthly income CSV: header, row order, four decimals, quoting and line endings.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { csvField, formatCsvNumber, monthlyCsv } from '../../src/report/monthly-csv.ts';
import { buildScenarioReport } from '../../src/report/scenario-report.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
const csvOf = (query: string) => monthlyCsv(buildScenarioReport(model, decodeLink(model, query), { draws: 0 }));
const HEADER = 'category,scenario_usd_bn_per_month,baseline_usd_bn_per_month,change_usd_bn_per_month';

describe('monthlyCsv', () => {
  it('writes the header and one row per buyer, rerouted, crude, products and total, each ending in \\n', () => {
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
      'other',
      'rerouted',
      'crude',
      'products',
      'total',
    ]);
    for (const line of lines.slice(1)) expect(line).toMatch(/^[a-z]+(,-?\d+\.\d{4}){3}$/);
  });

  it('gives the baseline 448 $M/day as 13.6267 bn a month with no change', () => {
    const csv = csvOf('');
    expect(csv).toContain('total,13.6267,13.6267,0.0000\n');
    // Products: 2.75 mb/d × $64 = 176 $M/day.
    expect(csv).toContain('products,5.3533,5.3533,0.0000\n');
  });

  it('shows a $10 drop as scenario, baseline and change', () => {
    const csv = csvOf('?drop=10');
    // 374.5 and 448 $M/day; 2.75 × 54 = 148.5 for products.
    expect(csv).toContain('total,11.3910,13.6267,-2.2356\n');
    expect(csv).toContain('products,4.5169,5.3533,-0.8365\n');
  });

  it('counts rerouted barrels in "other" and repeats them as "rerouted"', () => {
    const csv = csvOf('tariff-india=100&india-response-cut=10&price-response=0&market-repricing=0');
    // 0.8 mb/d rerouted at 58 − 14 = 35.2 $M/day; other is 30.16 + 35.2.
    expect(csv).toContain('rerouted,1.0707,0.0000,1.0707\n');
    expect(csv).toContain('other,1.9880,0.9174,1.0707\n');
  });

  it('never writes negative zero', () => {
    expect(formatCsvNumber(-0.00001)).toBe('0.0000');
    expect(formatCsvNumber(-0)).toBe('0.0000');
    expect(formatCsvNumber(-0.00005)).toBe('-0.0001');
    expect(formatCsvNumber(1 / 3)).toBe('0.3333');
  });

  it('quotes fields as RFC 4180 asks', () => {
    expect(csvField('india')).toBe('india');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});
