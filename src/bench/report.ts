// Turns the bench's measurements into budget verdicts, a readable table, and a JSON document.
import { type AssetSize, gzipTotal } from './asset-sizes.ts';
import type { BrowserTiming } from './browser-timing.ts';
import type { EngineTiming } from './engine-timing.ts';

/** 1 kB is 1,000 bytes here, as in the budget's wording. */
export const KB = 1000;

export interface BudgetCheck {
  name: string;
  value: number;
  unit: string;
  /** "<" means strictly below the limit; "<=" allows the limit itself. */
  comparator: '<' | '<=';
  limit: number;
  within: boolean;
}

export interface MeasuredAsset extends AssetSize {
  /** Whether the page (or one of its workers) fetched it on a cold load; null when the browser part was skipped. */
  fetchedOnLoad: boolean | null;
}

export interface PageWeight {
  assets: MeasuredAsset[];
  /** Gzipped JavaScript that index.html references: the budgeted figure. */
  jsGzipBytes: number;
  cssGzipBytes: number;
  /** Gzipped JavaScript fetched on a cold load, index.html's and any worker's; null without a browser. */
  loadedJsGzipBytes: number | null;
  /** The same on a phone, where no chart is near the first screen; null without a browser. */
  phoneLoadedJsGzipBytes: number | null;
  /** Scripts or stylesheets the page fetched that the build does not contain (should be none). */
  fetchedNotBuilt: string[];
}

export interface BenchResult {
  environment: {
    node: string;
    platform: string;
    cpu: string;
    cpus: number;
    loadAverage1m: number;
    chromium: string | null;
  };
  engine: EngineTiming;
  pageWeight: PageWeight;
  browser: BrowserTiming | { skipped: string };
  budgets: BudgetCheck[];
}

const buildPaths = (fetched: readonly string[]) => new Set(fetched.map((p) => p.replace(/^\//, '')));

/** Gzipped JavaScript index.html references plus what else was fetched. */
const fetchedJsGzipBytes = (assets: readonly AssetSize[], fetchedFiles: Set<string>) =>
  gzipTotal(
    assets.filter((a) => a.referenced || fetchedFiles.has(a.file)),
    'js',
  );

/** Joins the built files with what the browser saw fetched (on the bench's window, and on a phone). */
export function pageWeight(
  assets: AssetSize[],
  fetched: readonly string[] | null,
  phoneFetched: readonly string[] | null = null,
): PageWeight {
  const fetchedFiles = fetched ? buildPaths(fetched) : null;
  const measured = assets.map((a) => ({ ...a, fetchedOnLoad: fetchedFiles ? fetchedFiles.has(a.file) : null }));
  const built = new Set(assets.map((a) => a.file));
  return {
    assets: measured,
    jsGzipBytes: gzipTotal(
      assets.filter((a) => a.referenced),
      'js',
    ),
    cssGzipBytes: gzipTotal(
      assets.filter((a) => a.referenced),
      'css',
    ),
    loadedJsGzipBytes: fetchedFiles ? fetchedJsGzipBytes(assets, fetchedFiles) : null,
    phoneLoadedJsGzipBytes: phoneFetched ? fetchedJsGzipBytes(assets, buildPaths(phoneFetched)) : null,
    fetchedNotBuilt: fetchedFiles ? [...fetchedFiles].filter((file) => !built.has(file)) : [],
  };
}

function check(name: string, value: number, unit: string, comparator: '<' | '<=', limit: number): BudgetCheck {
  const within = comparator === '<' ? value < limit : value <= limit;
  return { name, value, unit, comparator, limit, within };
}

/** The budgets of issue 17 (README, "Speed and size"). */
export function budgetChecks(weight: PageWeight, browser: BrowserTiming | null, engine: EngineTiming): BudgetCheck[] {
  const checks: BudgetCheck[] = [
    check('engine ÷ reference', engine.ratio, '×', '<=', 2),
    check('uncertainty band in Node', engine.monteCarloMs, 'ms', '<=', 10),
  ];
  if (browser) {
    checks.push(check('p95 input-to-drawn', browser.inputToDrawnP95Ms, 'ms', '<=', 8));
    checks.push(check('first chart, cold load', browser.firstChartMs, 'ms', '<', 1000));
  }
  checks.push(check('gzipped JS referenced by index.html', weight.jsGzipBytes / KB, 'kB', '<=', 110));
  if (weight.loadedJsGzipBytes !== null) {
    checks.push(check('gzipped JS fetched on a cold load', weight.loadedJsGzipBytes / KB, 'kB', '<=', 125));
  }
  return checks;
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const kb = (bytes: number) => `${fixed(bytes / KB, 1)} kB`;

type Row = [label: string, value: string, budget?: string, verdict?: string];

function verdictRow(label: string, value: string, budget: BudgetCheck | undefined): Row {
  if (!budget) return [label, value];
  return [
    label,
    value,
    `${budget.comparator === '<' ? '<' : '≤'} ${budget.limit} ${budget.unit}`,
    budget.within ? 'within budget' : 'OVER budget',
  ];
}

function renderSection(title: string, rows: Row[]): string[] {
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    `  ${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}${row[2] ? `   budget ${row[2].padEnd(widths[2]!)}  ${row[3]}` : ''}`.trimEnd(),
  );
  return [title, ...lines, ''];
}

function assetLabel(asset: MeasuredAsset): string {
  const where = asset.referenced
    ? ''
    : asset.fetchedOnLoad === null
      ? ', not in index.html'
      : asset.fetchedOnLoad
        ? ', not in index.html, fetched on load'
        : ', not in index.html, not fetched on load';
  return `${asset.file} (${kb(asset.bytes)} raw${where})`;
}

export function renderTable(result: BenchResult): string {
  const { engine, pageWeight: weight, browser, environment: env } = result;
  const budget = (name: string) => result.budgets.find((b) => b.name === name);
  const out: string[] = [
    `Crude Leverage bench: Node ${env.node}, ${env.platform}, ${env.cpus} × ${env.cpu}, load average ${fixed(env.loadAverage1m, 2)} at the start`,
    '',
  ];
  if (env.loadAverage1m > env.cpus / 2) {
    out.push(
      `Note: other processes were keeping the CPUs busy (load average ${fixed(env.loadAverage1m, 1)} on ${env.cpus} CPUs); timings are inflated, the sizes are not.`,
      '',
    );
  }
  out.push(
    ...renderSection(
      `Engine in Node (median of ${engine.batches} batches × ${engine.evalsPerBatch} evaluations, drop varying, after warm-up)`,
      [
        ["generated model (the page's), per scenario", `${fixed(engine.engineUsPerEval, 3)} µs`],
        ['interpreted engine (mathjs; remixed models), per scenario', `${fixed(engine.interpretedUsPerEval, 2)} µs`],
        ['reference model (plain TypeScript), per scenario', `${fixed(engine.referenceUsPerEval, 3)} µs`],
        verdictRow('ratio, generated ÷ reference', `${fixed(engine.ratio, 2)} ×`, budget('engine ÷ reference')),
        [`drop sweep, ${engine.sweepPoints} points (median)`, `${fixed(engine.sweepMs, 3)} ms`],
        verdictRow(
          `uncertainty band, ${engine.monteCarloDraws} draws (median of 10)`,
          `${fixed(engine.monteCarloMs, 1)} ms`,
          budget('uncertainty band in Node'),
        ),
      ],
    ),
  );
  if ('skipped' in browser) {
    out.push('Browser', `  skipped: ${browser.skipped}`, '');
  } else {
    out.push(
      ...renderSection(
        `Browser: Chromium ${browser.chromiumVersion}, headless, built site on vite preview (127.0.0.1)`,
        [
          verdictRow(
            `first chart, cold load: navigation start → first 'chart-drawn' mark (median of ${browser.coldLoads} fresh contexts)`,
            `${fixed(browser.firstChartMs, 0)} ms`,
            budget('first chart, cold load'),
          ),
          [
            `the ${browser.nearCharts} of ${browser.charts} charts near the screen drawn (median)`,
            `${fixed(browser.allChartsMs, 0)} ms`,
          ],
          ['DOMContentLoaded, same loads (median)', `${fixed(browser.domContentLoadedMs, 0)} ms`],
          [
            `input-to-drawn, median (${browser.inputs} inputs on drop and india: dispatch → next mark of every chart near the screen)`,
            `${fixed(browser.inputToDrawnMedianMs, 1)} ms`,
          ],
          verdictRow('input-to-drawn, p95', `${fixed(browser.inputToDrawnP95Ms, 1)} ms`, budget('p95 input-to-drawn')),
          ['input-to-drawn, max', `${fixed(browser.inputToDrawnMaxMs, 1)} ms`],
          ...Object.entries(browser.inputToDrawnMedianByInputMs).map(([id, ms]): Row => [
            `input-to-drawn, median, #${id} only`,
            `${fixed(ms, 1)} ms`,
          ]),
        ],
      ),
    );
    if (browser.incompleteInputs > 0) {
      out.push(
        `Note: after ${browser.incompleteInputs} of ${browser.inputs} inputs some chart did not redraw within 2 s; those are timed to their last mark.`,
        '',
      );
    }
  }
  const assetRows: Row[] = weight.assets.map((a) => [assetLabel(a), `${kb(a.gzipBytes)} gz`]);
  const referencedJs = budget('gzipped JS referenced by index.html');
  assetRows.push(verdictRow('JavaScript referenced by index.html, gzipped', kb(weight.jsGzipBytes), referencedJs));
  if (weight.loadedJsGzipBytes !== null) {
    assetRows.push(
      verdictRow(
        'JavaScript fetched on a cold load (with workers), gzipped',
        kb(weight.loadedJsGzipBytes),
        budget('gzipped JS fetched on a cold load'),
      ),
    );
  }
  if (weight.phoneLoadedJsGzipBytes !== null) {
    assetRows.push([
      'JavaScript fetched on a cold load on a phone (390×844: no chart near the first screen), gzipped (no budget)',
      kb(weight.phoneLoadedJsGzipBytes),
    ]);
  }
  assetRows.push(['CSS referenced by index.html, gzipped (no budget)', kb(weight.cssGzipBytes)]);
  out.push(
    ...renderSection(
      'Page weight: built scripts and stylesheets (node:zlib gzip, default level; 1 kB = 1000 B)',
      assetRows,
    ),
  );
  if (weight.fetchedNotBuilt.length > 0)
    out.push(`Note: the page also fetched ${weight.fetchedNotBuilt.join(', ')}, which is not in the build.`, '');
  const over = result.budgets.filter((b) => !b.within).map((b) => b.name);
  out.push(over.length === 0 ? 'All budgets met.' : `OVER budget: ${over.join('; ')}.`);
  return `${out.join('\n')}\n`;
}
