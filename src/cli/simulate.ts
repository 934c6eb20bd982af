// The `npm run simulate` command: reads a scenario link and prints its report as JSON or CSV.
import { compileModel } from '../engine/compile-model.ts';
import { decodeLink } from '../link/link-format.ts';
import { monthlyCsv } from '../report/monthly-csv.ts';
import { buildScenarioReport } from '../report/scenario-report.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { USAGE, helpText, parseArgs } from './parse-args.ts';

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
} else {
  const model = compileModel(crudeLeverageModel);
  const report = buildScenarioReport(model, decodeLink(model, args.query));
  process.stdout.write(args.format === 'csv' ? monthlyCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
}
