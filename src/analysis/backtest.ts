// The backtest: each recorded month's drivers run through the model, set against the IEA's published revenue.
// A measurement, not a fit: no parameter is chosen to match the months (month-scenario.ts says how each is set).
import type { MonthRecord } from '../../models/crude-leverage/months.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import { scenarioForMonth } from './month-scenario.ts';

export interface BacktestMonth {
  /** YYYY-MM. */
  month: string;
  days: number;
  /** The model's export revenue for the month's real number of days, USD bn; null when no price was published. */
  modelUsdBn: number | null;
  /** The IEA's published revenue, USD bn (the print months.ts uses); null where none was published. */
  publishedUsdBn: number | null;
  /** True where the published figure is derived by arithmetic from the IEA's statements (June). */
  publishedDerived: boolean;
  /** (model − published) / published × 100; null unless both exist. */
  errorPct: number | null;
  /** Port Urals price the month ran on, $/bbl. */
  uralsPortUsdPerBbl: number | null;
  /** Source rows of the drivers the month ran on and of its published figure. */
  sources: readonly string[];
  /** Parameter keys set from the record; the rest were at their defaults. */
  fromRecord: readonly string[];
}

export interface Backtest {
  months: readonly BacktestMonth[];
  /** Mean of |errorPct| over the months with both a model value and a published figure; null if none. */
  meanAbsErrorPct: number | null;
  /** How many months the mean covers. */
  comparedMonths: number;
  /** The month with the largest |errorPct|; null if none. */
  worstMonth: string | null;
}

const unique = (ids: readonly string[]) => ids.filter((id, index) => ids.indexOf(id) === index);

export function backtestMonth(model: CompiledModel, record: MonthRecord): BacktestMonth {
  const mapped = scenarioForMonth(record, model.defaults);
  const published = record.ieaRevenueUsdBn?.used.value ?? null;
  // totalIncome is $M a day; the month's own length, not an average month, is what the IEA reports.
  const income = mapped ? model.evaluate(mapped.scenario).totalIncome : undefined;
  const modelUsdBn = income !== undefined && Number.isFinite(income) ? (income * record.days) / 1000 : null;
  const errorPct = modelUsdBn !== null && published !== null ? ((modelUsdBn - published) / published) * 100 : null;
  return {
    month: record.month,
    days: record.days,
    modelUsdBn,
    publishedUsdBn: published,
    publishedDerived: record.ieaRevenueUsdBn?.used.derived === true,
    errorPct,
    uralsPortUsdPerBbl: mapped?.uralsPortUsdPerBbl ?? null,
    sources: unique([...(mapped?.sources ?? []), ...(record.ieaRevenueUsdBn?.used.source ?? [])]),
    fromRecord: mapped?.fromRecord ?? [],
  };
}

export function runBacktest(model: CompiledModel, record: readonly MonthRecord[]): Backtest {
  const rows = record.map((month) => backtestMonth(model, month));
  const compared = rows.filter((row) => row.errorPct !== null);
  const meanAbsErrorPct =
    compared.length > 0 ? compared.reduce((sum, row) => sum + Math.abs(row.errorPct!), 0) / compared.length : null;
  const worst = compared.reduce<BacktestMonth | null>(
    (most, row) => (most === null || Math.abs(row.errorPct!) > Math.abs(most.errorPct!) ? row : most),
    null,
  );
  return { months: rows, meanAbsErrorPct, comparedMonths: compared.length, worstMonth: worst?.month ?? null };
}
