// Turns the bench's measurements into budget verdicts, a readable table, and a JSON document.
import type { AssetSizes } from './asset-sizes.ts';
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

export interface BenchResult {
  environment: { node: string; platform: string; cpu: string; cpus: number; chromium: string | null };
  engine: EngineTiming;
  assets: AssetSizes;
  browser: BrowserTiming | { skipped: string };
  /** Scripts or stylesheets the page fetched that index.html does not reference (should be none). */
  unlistedAssets: string[];
  budgets: BudgetCheck[];
}

function check(name: string, value: number, unit: string, comparator: '<' | '<=', limit: number): BudgetCheck {
  const within = comparator === '<' ? value < limit : value <= limit;
  return { name, value, unit, comparator, limit, within };
}

export function budgetChecks(assets: AssetSizes, browser: BrowserTiming | null): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  if (browser) {
    checks.push(check('p95 input-to-drawn', browser.inputToDrawnP95Ms, 'ms', '<', 16));
    checks.push(check('first chart, cold load', browser.firstChartMs, 'ms', '<', 1000));
  }
  checks.push(check('gzipped JS', assets.jsGzipBytes / KB, 'kB', '<=', 160));
  return checks;
}

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
const kb = (bytes: number) => `${fixed(bytes / KB, 1)} kB`;

type Row = [label: string, value: string, budget?: string, verdict?: string];

function verdictRow(label: string, value: string, budget: BudgetCheck | undefined): Row {
  if (!budget) return [label, value];
  return [label, value, `${budget.comparator === '<' ? '<' : '≤'} ${budget.limit} ${budget.unit}`, budget.within ? 'within budget' : 'OVER budget'];
}

function renderSection(title: string, rows: Row[]): string[] {
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const lines = rows.map((row) =>
    `  ${row[0].padEnd(widths[0]!)}  ${row[1].padStart(widths[1]!)}${row[2] ? `   budget ${row[2].padEnd(widths[2]!)}  ${row[3]}` : ''}`.trimEnd(),
  );
  return [title, ...lines, ''];
}

export function renderTable(result: BenchResult): string {
  const { engine, assets, browser, environment: env } = result;
  const budget = (name: string) => result.budgets.find((b) => b.name === name);
  const out: string[] = [
    `Crude Leverage bench: Node ${env.node}, ${env.platform}, ${env.cpus} × ${env.cpu}`,
    '',
  ];
  out.push(
    ...renderSection(`Engine in Node (median of ${engine.batches} batches × ${engine.evalsPerBatch} evaluations, drop varying, after warm-up)`, [
      ['compiled model (mathjs), per scenario', `${fixed(engine.engineUsPerEval, 2)} µs`],
      ['reference model (plain TypeScript), per scenario', `${fixed(engine.referenceUsPerEval, 3)} µs`],
      ['ratio, compiled ÷ reference', `${fixed(engine.ratio, 0)} ×`],
      [`drop sweep, ${engine.sweepPoints} points (median)`, `${fixed(engine.sweepMs, 3)} ms`],
    ]),
  );
  if ('skipped' in browser) {
    out.push('Browser', `  skipped: ${browser.skipped}`, '');
  } else {
    out.push(
      ...renderSection(`Browser: Chromium ${browser.chromiumVersion}, headless, built site on vite preview (127.0.0.1)`, [
        verdictRow(
          `first chart, cold load: navigation start → first 'chart-drawn' mark (median of ${browser.coldLoads} fresh contexts)`,
          `${fixed(browser.firstChartMs, 0)} ms`,
          budget('first chart, cold load'),
        ),
        ['all three charts drawn, same loads (median)', `${fixed(browser.allChartsMs, 0)} ms`],
        ['DOMContentLoaded, same loads (median)', `${fixed(browser.domContentLoadedMs, 0)} ms`],
        [`input-to-drawn, median (${browser.inputs} inputs on drop and india: dispatch → third chart's mark)`, `${fixed(browser.inputToDrawnMedianMs, 1)} ms`],
        verdictRow('input-to-drawn, p95', `${fixed(browser.inputToDrawnP95Ms, 1)} ms`, budget('p95 input-to-drawn')),
        ['input-to-drawn, max', `${fixed(browser.inputToDrawnMaxMs, 1)} ms`],
        ...Object.entries(browser.inputToDrawnMedianByInputMs).map(([id, ms]): Row => [`input-to-drawn, median, #${id} only`, `${fixed(ms, 1)} ms`]),
      ]),
    );
  }
  const assetRows: Row[] = assets.assets.map((a) => [`${a.file} (${kb(a.bytes)} raw)`, `${kb(a.gzipBytes)} gz`]);
  assetRows.push(verdictRow('JavaScript total, gzipped', kb(assets.jsGzipBytes), budget('gzipped JS')));
  assetRows.push(['CSS total, gzipped (no budget)', kb(assets.cssGzipBytes)]);
  out.push(...renderSection('Page weight: scripts and stylesheets referenced by the built index.html (node:zlib gzip, default level; 1 kB = 1000 B)', assetRows));
  if (result.unlistedAssets.length > 0) {
    out.push(`Note: the page also fetched ${result.unlistedAssets.join(', ')}, which index.html does not reference; not counted above.`, '');
  }
  const over = result.budgets.filter((b) => !b.within).map((b) => b.name);
  out.push(over.length === 0 ? 'All budgets met.' : `OVER budget: ${over.join(', ')}.`);
  return `${out.join('\n')}\n`;
}
