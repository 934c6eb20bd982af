// The simulate command (a scenario report, or with --timeline the 2025 backtest and a scenario continued from a month) as a function of its arguments: what it prints and its exit code, so tests can run it in-process.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { ModelBundle } from '../engine/model-bundle.ts';
// Provides link decoding with the months' record (src/link/month-starts.ts): the links read here may name a month.
import '../analysis/month-start.ts';
import { decodeLink } from '../link/link-format.ts';
import { modelForLink } from '../remix/model-for-link.ts';
import { monthlyCsv } from '../report/monthly-csv.ts';
import { buildScenarioReport } from '../report/scenario-report.ts';
import { type ForwardInput, timelineReport } from '../analysis/backtest-report.ts';
import { type BandRoles, runMonteCarlo, seedForScenario } from '../analysis/monte-carlo.ts';
import { USAGE, helpText, parseArgs } from './parse-args.ts';
import { escapeJsonForTerminal } from './terminal-text.ts';
import { timelineCsv } from './timeline-csv.ts';

export interface SimulateRun {
  stdout: string;
  stderr: string;
  /** 0 for a report or the help, 2 for arguments it cannot use. */
  exitCode: number;
}

/** The scenario of a `--timeline` query to continue from its `from` month, with its band; null without a usable month. */
export function forwardInput(
  model: CompiledModel,
  roles: BandRoles,
  query: string,
  draws: number,
): ForwardInput | null {
  const decoded = decodeLink(model, query);
  const from = decoded.view.from;
  if (!from) return null;
  const seed = seedForScenario(model, decoded.scenario);
  const band = draws > 0 ? { ...runMonteCarlo(model, roles, decoded.scenario, { draws, seed }), draws, seed } : null;
  return { from, scenario: decoded.scenario, band };
}

/** What the command runs: a model's bundle and that model compiled (simulate.ts passes the generated code). */
export interface ShippedModel {
  bundle: ModelBundle;
  model: CompiledModel;
}

/** Runs `npm run simulate -- <argv>`; every link, however damaged or hostile, gives a report and exit code 0. */
export function runSimulate(shipped: ShippedModel, argv: readonly string[]): SimulateRun {
  const args = parseArgs(argv);
  if (!args.ok) {
    const stderr = `${args.message}\n${USAGE}\nRun with --help for the parameters and examples.\n`;
    return { stdout: '', stderr, exitCode: 2 };
  }
  if (args.help) return { stdout: helpText(shipped.bundle.model), stderr: '', exitCode: 0 };
  // An edited model from a link is interpreted; the shipped one is whatever the entry passed.
  const standardModel = shipped.model;
  if (args.timeline) {
    const timeline = timelineReport(
      standardModel,
      forwardInput(standardModel, shipped.bundle.outputs, args.query, args.draws),
    );
    const stdout = args.format === 'csv' ? timelineCsv(timeline) : `${JSON.stringify(timeline, null, 2)}\n`;
    return { stdout, stderr: '', exitCode: 0 };
  }
  // A link may carry an edited model (x=); the report is about the model the page would show.
  const { model, remixProblem } = modelForLink(standardModel, args.query);
  // The CSV has no band, so it skips the draws.
  const draws = args.format === 'csv' ? 0 : args.draws;
  const report = buildScenarioReport(shipped.bundle, model, decodeLink(model, args.query), {
    draws,
    editProblem: remixProblem,
  });
  if (args.format === 'csv') return { stdout: monthlyCsv(report), stderr: '', exitCode: 0 };
  // A link's ignored keys are printed back: JSON.stringify leaves C1 controls and bidirectional marks raw.
  return { stdout: `${escapeJsonForTerminal(JSON.stringify(report, null, 2))}\n`, stderr: '', exitCode: 0 };
}
