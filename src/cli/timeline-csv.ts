// Writes the timeline report (record and backtest, and any scenario continued forward) as CSV: one row a month, missing figures left empty.
import type { TimelineReport } from '../analysis/backtest-report.ts';
import { type CsvValue, toCsv } from '../report/csv-writer.ts';

export const TIMELINE_CSV_HEADER = [
  'month',
  'days',
  'model_usd_bn',
  'published_usd_bn',
  'error_pct',
  'sources',
] as const;

/** Columns added when the report continues a scenario: its rows follow the record's, one a month. */
export const FORWARD_CSV_HEADER = ['scenario_usd_bn', 'low_usd_bn', 'high_usd_bn', 'baseline_usd_bn'] as const;

export function timelineCsv(report: TimelineReport): string {
  const forward = report.forward;
  const empty = forward ? FORWARD_CSV_HEADER.map(() => null) : [];
  const rows: CsvValue[][] = [[...TIMELINE_CSV_HEADER, ...(forward ? FORWARD_CSV_HEADER : [])]];
  for (const row of report.months) {
    rows.push([row.month, row.days, row.model, row.published, row.errorPct, row.sources.join(' '), ...empty]);
  }
  for (const row of forward?.months ?? []) {
    rows.push([row.month, row.days, null, row.published, null, null, row.scenario, row.low, row.high, row.baseline]);
  }
  return toCsv(rows);
}
