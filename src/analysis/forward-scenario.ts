// A scenario continued forward from a recorded month: twelve calendar months with the drivers held fixed, its band, and the month's own drivers as the baseline.
//
// The model is static: it gives the income once a scenario is in full effect and says nothing about how
// prices, volumes or sanctions would move from one month to the next. "Continued forward" therefore means
// the same daily income in every month, times the month's days; the line is flat but for month lengths.
// The band is the Monte Carlo band of the scenario (p10 to p90 of an average month), scaled the same way.
import { type MonthRecord, months } from '../../models/crude-leverage/months.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { monthStart } from './month-start.ts';
import { DAYS_PER_MONTH } from './monthly-income.ts';

/** How many months after the starting month the scenario is continued. */
export const FORWARD_MONTHS = 12;

export interface ForwardMonth {
  /** YYYY-MM. */
  month: string;
  days: number;
  /** The scenario's export revenue in the month, USD bn. */
  scenarioUsdBn: number;
  /** The band around it (p10 and p90), USD bn; null without a band. */
  lowUsdBn: number | null;
  highUsdBn: number | null;
  /** The starting month's drivers with no scenario change, USD bn. */
  baselineUsdBn: number;
  /** The IEA's published revenue where the record has it, USD bn; else null. */
  publishedUsdBn: number | null;
}

export interface ForwardScenario {
  /** The starting month, YYYY-MM. */
  from: string;
  months: ForwardMonth[];
}

/** The band of an average month (USD bn), as the Monte Carlo run gives it. */
export interface MonthBand {
  p10: number;
  p90: number;
}

/** Days in a calendar month (`YYYY-MM`), leap years included. */
export function daysInMonth(month: string): number {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, index, 0)).getUTCDate();
}

/** The `count` months after `month`, in order. */
export function monthsAfter(month: string, count: number): string[] {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const next = new Date(Date.UTC(year, index + i, 1));
    return `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

/** USD bn in a month of `days` days from an income of $M a day. */
const inMonth = (incomeUsdMnPerDay: number, days: number) => (incomeUsdMnPerDay * days) / 1000;

/**
 * The scenario continued for FORWARD_MONTHS months after `from`, or null when the record cannot start from
 * that month or the model gives no finite income.
 */
export function forwardScenario(
  model: CompiledModel,
  from: string,
  scenario: Scenario,
  band: MonthBand | null,
  record: readonly MonthRecord[] = months,
): ForwardScenario | null {
  const start = monthStart(model, from, record);
  if (!start) return null;
  const scenarioIncome = model.evaluate(scenario).totalIncome;
  const baselineIncome = model.evaluate(start).totalIncome;
  if (!Number.isFinite(scenarioIncome) || !Number.isFinite(baselineIncome)) return null;
  const published = new Map(record.map((row) => [row.month, row.ieaRevenueUsdBn?.used.value ?? null]));
  const bandUsable = band !== null && Number.isFinite(band.p10) && Number.isFinite(band.p90);
  return {
    from,
    months: monthsAfter(from, FORWARD_MONTHS).map((month) => {
      const days = daysInMonth(month);
      const share = days / DAYS_PER_MONTH;
      return {
        month,
        days,
        scenarioUsdBn: inMonth(scenarioIncome!, days),
        lowUsdBn: bandUsable ? band.p10 * share : null,
        highUsdBn: bandUsable ? band.p90 * share : null,
        baselineUsdBn: inMonth(baselineIncome!, days),
        publishedUsdBn: published.get(month) ?? null,
      };
    }),
  };
}
