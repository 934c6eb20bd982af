// The backtest as plain rounded data: what `simulate --timeline` prints and what the model-checks panel shows.
import { IEA_PRINT_USED, months } from '../../models/crude-leverage/months.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import { runBacktest } from './backtest.ts';

export interface TimelineRow {
  /** YYYY-MM. */
  month: string;
  days: number;
  /** The model's export revenue for the month, USD bn; null when no price was published for it. */
  model: number | null;
  /** The IEA's published revenue, USD bn; null where none was published. */
  published: number | null;
  /** True where `published` is derived from the IEA's statements rather than printed by it. */
  publishedDerived: boolean;
  errorPct: number | null;
  /** Source rows of the drivers used and of the published figure. */
  sources: readonly string[];
}

export interface TimelineReport {
  model: { id: string; version: number };
  /** What `model` and `published` measure, in words. */
  measure: string;
  months: readonly TimelineRow[];
  /** Mean of |errorPct| over the months with both figures. */
  meanAbsErrorPct: number | null;
  comparedMonths: number;
  worstMonth: string | null;
}

/** USD bn to the million; percentages to a hundredth of a point. */
const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

export function timelineReport(model: CompiledModel): TimelineReport {
  const backtest = runBacktest(model, months);
  return {
    model: { id: model.declaration.id, version: model.declaration.version },
    measure: `Russia's oil export revenue (crude and products), USD bn in the calendar month; published = IEA estimate, ${IEA_PRINT_USED}`,
    months: backtest.months.map((row) => ({
      month: row.month,
      days: row.days,
      model: round(row.modelUsdBn, 3),
      published: row.publishedUsdBn,
      publishedDerived: row.publishedDerived,
      errorPct: round(row.errorPct, 2),
      sources: row.sources,
    })),
    meanAbsErrorPct: round(backtest.meanAbsErrorPct, 2),
    comparedMonths: backtest.comparedMonths,
    worstMonth: backtest.worstMonth,
  };
}
