// The scenario report as a file: exactly the text `npm run simulate` prints (2-space JSON and a final newline).
import type { ScenarioReport } from '../report/scenario-report.ts';

export function reportJson(report: ScenarioReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
