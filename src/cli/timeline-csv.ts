// Writes the timeline report (record and backtest, and any scenario continued forward) as CSV: one row a month, missing figures left empty.
import type { TimelineReport } from '../analysis/backtest-report.ts';
import { csvField } from '../report/monthly-csv.ts';

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

const cell = (value: number | null) => (value === null ? '' : String(value));

export function timelineCsv(report: TimelineReport): string {
  const forward = report.forward;
  const empty = forward ? FORWARD_CSV_HEADER.map(() => '') : [];
  const lines = [[...TIMELINE_CSV_HEADER, ...(forward ? FORWARD_CSV_HEADER : [])].join(',')];
  for (const row of report.months) {
    const cells = [row.month, String(row.days), cell(row.model), cell(row.published), cell(row.errorPct)];
    lines.push([...cells, row.sources.join(' '), ...empty].map(csvField).join(','));
  }
  for (const row of forward?.months ?? []) {
    const cells = [row.month, String(row.days), '', cell(row.published), '', ''];
    const continued = [cell(row.scenario), cell(row.low), cell(row.high), cell(row.baseline)];
    lines.push([...cells, ...continued].map(csvField).join(','));
  }
  return lines.map((line) => `${line}\n`).join('');
}
