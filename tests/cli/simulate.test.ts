// Runs the simulate command as a child process, as `npm run simulate` does, and checks its output and exit code.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeRemix } from '../../src/remix/remix-format.ts';
import { JOINT_DIVISION } from '../remix/crafted-remixes.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { timelineReport } from '../../src/analysis/backtest-report.ts';
import { compileModel } from '../../src/engine/compile-model.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
// Each run starts tsx (about half a second alone, far longer on a busy machine), so the tests below keep the runs few.
const TIMEOUT_MS = 120_000;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function simulate(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('node_modules/.bin/tsx', ['src/cli/simulate.ts', ...args], {
      cwd: projectRoot,
      timeout: TIMEOUT_MS,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The argument lists the tests run, all started at once so the suite waits for tsx only about once. */
const ARGS = {
  none: [],
  drop: ['?drop=10'],
  link: ['https://example.org/?drop=10&india=abc&zzz=1', '--draws', '0'],
  csv: ['--csv', 'drop=10'],
  badDraws: ['--draws', 'many'],
  bogus: ['--bogus'],
  help: ['--help'],
  // A flag that would retitle the terminal, clear it and turn the text red if printed as given.
  escape: ['--x\u001b]0;owned\u0007\u001b[2J\u009b31m'],
  crafted: [`?x=${encodeRemix(JOINT_DIVISION)}&drop=5&rub=90&${'zz\u009b2J'}=1`],
  timeline: ['--timeline'],
} satisfies Record<string, string[]>;
let runs: Record<keyof typeof ARGS, Run>;

beforeAll(async () => {
  const entries = Object.entries(ARGS) as [keyof typeof ARGS, string[]][];
  const results = await Promise.all(entries.map(([, args]) => simulate(...args)));
  runs = Object.fromEntries(entries.map(([name], index) => [name, results[index]!])) as typeof runs;
}, TIMEOUT_MS);

describe('npm run simulate', () => {
  it('prints the baseline as JSON when given no argument', () => {
    const run = runs.none;
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(run.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(report.month.total).toBeCloseTo(13.6267, 4);
    expect(report.change.usdBnPerMonth).toBe(0);
  });

  it('prints a lower income for "?drop=10"', () => {
    const run = runs.drop;
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.scenario.drop).toBe(10);
    expect(report.month.total).toBeLessThan(report.baseline.month.total);
    expect(report.month.total).toBeCloseTo(11.391, 3);
    expect(report.band).toMatchObject({ draws: 2000, method: 'monte-carlo', probBelowBaseline: 1 });
    expect(report.band.p10).toBeLessThan(report.month.total);
    expect(report.band.p90).toBeGreaterThan(report.month.total);
  });

  it('exits 2 for a --draws that is not a number', () => {
    expect(runs.badDraws.status).toBe(2);
    expect(runs.badDraws.stdout).toBe('');
    expect(runs.badDraws.stderr).toContain('--draws needs a whole number from 0 to 100000');
  });

  it('reads a whole link, listing bad values as adjusted and unknown keys as ignored', () => {
    const run = runs.link;
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.adjusted).toEqual([{ key: 'india', given: 'abc', used: 1.6, reason: 'not-a-number' }]);
    expect(report.ignored).toEqual(['zzz']);
    expect(report.scenario.drop).toBe(10);
    expect(report.band).toBeNull(); // --draws 0
  });

  it('prints CSV with --csv', () => {
    const run = runs.csv;
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('category,scenario_usd_bn_per_month,baseline_usd_bn_per_month,change_usd_bn_per_month');
    expect(run.stdout).toContain('total,11.3910,13.6267,-2.2357\n');
  });

  it('exits 2 with a message on stderr for an unknown flag', () => {
    const run = runs.bogus;
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('"--bogus"');
    expect(run.stderr).toContain('Usage: npm run simulate');
  });

  it('prints help listing the parameters with --help', () => {
    const run = runs.help;
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run simulate');
    expect(run.stdout).toMatch(/tariff-india\s+0 to 500 %/);
  });

  it('prints a bad flag escaped: no control character reaches the terminal', () => {
    const run = runs.escape;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown option "--x\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m"');
    expect(run.stderr.replace(/\n/g, '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });

  it("exits 0 for an edit that divides by zero at the link's values, flags it and escapes printed keys", () => {
    const run = runs.crafted;
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.model).toMatchObject({ edited: true, editProblem: null, notFinite: 'urals' });
    expect(report.decomposition.finite).toBe(false);
    expect(report.ignored).toEqual(['zz\u009b2J']);
    expect(run.stdout).toContain('"zz\\u009b2J"');
    expect(run.stdout).not.toMatch(/[\u007f-\u009f]/);
  });
});

describe('npm run simulate -- --timeline', () => {
  it('prints the record and the backtest as JSON, the same data the model-checks panel shows', () => {
    const run = runs.timeline;
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report).toEqual(JSON.parse(JSON.stringify(timelineReport(compileModel(crudeLeverageModel)))));
    expect(report.months).toHaveLength(11);
    expect(report.months[0]).toMatchObject({ month: '2025-01', published: null, errorPct: null });
    expect(report.months[6]).toMatchObject({ month: '2025-07', model: 14.228, published: 14.3, errorPct: -0.5 });
    expect(report.comparedMonths).toBe(6);
    expect(report.meanAbsErrorPct).toBeGreaterThan(0);
  });
});
