// Writes a scenario report's monthly income by buyer as CSV: scenario, baseline and change, USD bn a month.
import type { MonthUsdBn, ScenarioReport } from './scenario-report.ts';

export const MONTHLY_CSV_HEADER = [
  'category',
  'scenario_usd_bn_per_month',
  'baseline_usd_bn_per_month',
  'change_usd_bn_per_month',
] as const;

/** Row names and how each reads a month. `other` includes rerouted barrels; `rerouted` repeats that part. */
const ROWS: readonly [string, (month: MonthUsdBn) => number][] = [
  ['india', (month) => month.buyers.india],
  ['china', (month) => month.buyers.china],
  ['turkey', (month) => month.buyers.turkey],
  ['eu', (month) => month.buyers.eu],
  ['other', (month) => month.buyers.other],
  ['rerouted', (month) => month.rerouted],
  ['crude', (month) => month.crude],
  ['products', (month) => month.products],
  ['total', (month) => month.total],
];

/** Four decimals; a value that rounds to zero is written "0.0000", never "-0.0000". */
export function formatCsvNumber(value: number): string {
  const text = value.toFixed(4);
  return Number(text) === 0 ? (0).toFixed(4) : text;
}

/** Quotes a field as RFC 4180 asks when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function monthlyCsv(report: ScenarioReport): string {
  const lines = [MONTHLY_CSV_HEADER.map(csvField).join(',')];
  for (const [category, pick] of ROWS) {
    const scenario = pick(report.month);
    const baseline = pick(report.baseline.month);
    const cells = [category, ...[scenario, baseline, scenario - baseline].map(formatCsvNumber)];
    lines.push(cells.map(csvField).join(','));
  }
  return lines.map((line) => `${line}\n`).join('');
}
