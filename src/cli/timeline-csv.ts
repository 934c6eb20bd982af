// Writes the timeline report (record and backtest) as CSV: one row a month, missing figures left empty.
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

const cell = (value: number | null) => (value === null ? '' : String(value));

export function timelineCsv(report: TimelineReport): string {
  const lines = [TIMELINE_CSV_HEADER.join(',')];
  for (const row of report.months) {
    const cells = [row.month, String(row.days), cell(row.model), cell(row.published), cell(row.errorPct)];
    lines.push([...cells, row.sources.join(' ')].map(csvField).join(','));
  }
  return lines.map((line) => `${line}\n`).join('');
}
