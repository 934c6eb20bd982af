// The `npm run simulate` command: reads a scenario link and prints its report as JSON or CSV (see run-simulate.ts).
import { runSimulate } from './run-simulate.ts';
import { shipped } from './shipped-model.ts';

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const run = runSimulate(shipped, process.argv.slice(2));
if (run.stderr) process.stderr.write(run.stderr);
if (run.stdout) process.stdout.write(run.stdout);
process.exitCode = run.exitCode;
