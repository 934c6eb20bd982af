// The backtest, and a scenario continued from a month, as plain rounded data: what `simulate --timeline` prints and what the timeline chart draws.
import { IEA_PRINT_USED, months } from '../../models/crude-leverage/months.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { runBacktest } from './backtest.ts';
import { FORWARD_MONTHS, type MonthBand, forwardScenario } from './forward-scenario.ts';

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

/** One month of the scenario continued forward, USD bn (rounded as the backtest is). */
export interface ForwardRow {
  month: string;
  days: number;
  scenario: number;
  /** The band's p10 and p90; null without a band. */
  low: number | null;
  high: number | null;
  /** The starting month's drivers, unchanged. */
  baseline: number;
  published: number | null;
}

export interface ForwardReport {
  /** The starting month, YYYY-MM. */
  from: string;
  /** What the rows assume, in words: the model is static. */
  assumption: string;
  /** The Monte Carlo run behind `low` and `high`, or null when there is no band. */
  band: { draws: number; seed: number } | null;
  months: readonly ForwardRow[];
}

/** What continuing a scenario needs: its starting month, its values (over that month's start) and its band. */
export interface ForwardInput {
  from: string;
  scenario: Scenario;
  band: (MonthBand & { draws: number; seed: number }) | null;
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
  /** The scenario continued from its starting month; null without a starting month. */
  forward: ForwardReport | null;
}

/** USD bn to the million; percentages to a hundredth of a point. */
const round = (value: number | null, digits: number) => (value === null ? null : Number(value.toFixed(digits)));

export const FORWARD_ASSUMPTION = `The model is static: the scenario's drivers are held fixed for the ${FORWARD_MONTHS} months after the starting month, so each month differs only by its number of days. Not a forecast.`;

function forwardReport(model: CompiledModel, input: ForwardInput): ForwardReport | null {
  const forward = forwardScenario(model, input.from, input.scenario, input.band);
  if (!forward) return null;
  return {
    from: forward.from,
    assumption: FORWARD_ASSUMPTION,
    band: input.band ? { draws: input.band.draws, seed: input.band.seed } : null,
    months: forward.months.map((row) => ({
      month: row.month,
      days: row.days,
      scenario: round(row.scenarioUsdBn, 3)!,
      low: round(row.lowUsdBn, 3),
      high: round(row.highUsdBn, 3),
      baseline: round(row.baselineUsdBn, 3)!,
      published: row.publishedUsdBn,
    })),
  };
}

/** The record and backtest, with the scenario continued forward when `forward` names a starting month. */
export function timelineReport(model: CompiledModel, forward: ForwardInput | null = null): TimelineReport {
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
    forward: forward ? forwardReport(model, forward) : null,
  };
}
