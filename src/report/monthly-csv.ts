// Writes a scenario report's monthly income by buyer as CSV: scenario, baseline and change, USD bn a month, rows that add up.
import { fixedDecimals, toCsv } from './csv-writer.ts';
import type { MonthUsdBn, ScenarioReport } from './scenario-report.ts';

export const MONTHLY_CSV_HEADER = [
  'category',
  'scenario_usd_bn_per_month',
  'baseline_usd_bn_per_month',
  'change_usd_bn_per_month',
] as const;

/** Decimals of every number: 0.0001 USD bn is $100,000. */
const DECIMALS = 4;
const UNITS_PER_BN = 10 ** DECIMALS;

/**
 * The crude rows, each counted once: `other_buyers` leaves out the rerouted barrels (the JSON report's
 * `buyers.other` includes them). They add up to `subtotal_crude`; that and `products` add up to `total`.
 */
const CRUDE_PARTS: readonly [string, (month: MonthUsdBn) => number][] = [
  ['india', (month) => month.buyers.india],
  ['china', (month) => month.buyers.china],
  ['turkey', (month) => month.buyers.turkey],
  ['eu', (month) => month.buyers.eu],
  ['other_buyers', (month) => month.buyers.other - month.rerouted],
  ['rerouted', (month) => month.rerouted],
];
export const MONTHLY_CSV_ROWS = [...CRUDE_PARTS.map(([name]) => name), 'subtotal_crude', 'products', 'total'] as const;

/** Four decimals; a value that rounds to zero is written "0.0000", never "-0.0000"; an unknown one is left blank. */
export function formatCsvNumber(value: number): string {
  return fixedDecimals(value, DECIMALS);
}

/**
 * Rounds `values` (in units of 0.0001) so that they add up to `target` exactly: each rounded down, then the
 * units still missing go to the largest remainders. No value moves by a whole unit or more.
 */
export function roundToSum(values: readonly number[], target: number): number[] {
  const floors = values.map(Math.floor);
  const missing = target - floors.reduce((sum, value) => sum + value, 0);
  const order = values
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const extra = Math.max(0, Math.min(values.length, missing));
  for (let i = 0; i < extra; i++) floors[order[i]!.index]! += 1;
  return floors;
}

/** One month in whole units of 0.0001 USD bn, in MONTHLY_CSV_ROWS order, parts adding up to their subtotals. */
function monthUnits(month: MonthUsdBn): number[] {
  const units = (usdBn: number) => usdBn * UNITS_PER_BN;
  const values = [...CRUDE_PARTS.map(([, pick]) => pick(month)), month.crude, month.products, month.total];
  // Nothing to reconcile when a number is unknown: each is rounded alone and an unknown one stays blank.
  if (!values.every(Number.isFinite)) return values.map((value) => Math.round(units(value)));
  const total = Math.round(units(month.total));
  const [crude, products] = roundToSum([units(month.crude), units(month.products)], total);
  const parts = roundToSum(
    CRUDE_PARTS.map(([, pick]) => units(pick(month))),
    crude!,
  );
  return [...parts, crude!, products!, total];
}

export function monthlyCsv(report: ScenarioReport): string {
  const scenario = monthUnits(report.month);
  const baseline = monthUnits(report.baseline.month);
  const rows = MONTHLY_CSV_ROWS.map((category, i) => {
    const [now, then] = [scenario[i]!, baseline[i]!];
    return [category, ...[now, then, now - then].map((units) => formatCsvNumber(units / UNITS_PER_BN))];
  });
  return toCsv([MONTHLY_CSV_HEADER, ...rows]);
}
