// The `npm run simulate` command: reads a scenario link and prints its report, or with --timeline the 2025 backtest, as JSON or CSV.
import { compileModel } from '../engine/compile-model.ts';
import { decodeLink } from '../link/link-format.ts';
import { modelForLink } from '../remix/model-for-link.ts';
import { monthlyCsv } from '../report/monthly-csv.ts';
import { buildScenarioReport } from '../report/scenario-report.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { timelineReport } from '../analysis/backtest-report.ts';
import { USAGE, helpText, parseArgs } from './parse-args.ts';
import { timelineCsv } from './timeline-csv.ts';

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const args = parseArgs(process.argv.slice(2));
if (!args.ok) {
  process.stderr.write(`${args.message}\n${USAGE}\nRun with --help for the parameters and examples.\n`);
  process.exitCode = 2;
} else if (args.help) {
  process.stdout.write(helpText(crudeLeverageModel));
} else if (args.timeline) {
  const report = timelineReport(compileModel(crudeLeverageModel));
  process.stdout.write(args.format === 'csv' ? timelineCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
} else {
  // A link may carry an edited model (x=); the report is about the model the page would show.
  const { model, remixProblem } = modelForLink(compileModel(crudeLeverageModel), args.query);
  // The CSV has no band, so it skips the draws.
  const draws = args.format === 'csv' ? 0 : args.draws;
  const report = buildScenarioReport(model, decodeLink(model, args.query), { draws, editProblem: remixProblem });
  process.stdout.write(args.format === 'csv' ? monthlyCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
}
