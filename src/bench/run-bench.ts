// The `npm run bench` command: times the engine, builds and loads the page in Chromium, and reports against the budgets.
// It reports and never fails on a number: the exit code is 1 only when the bench itself cannot run.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { measureAssetSizes } from './asset-sizes.ts';
import { buildToTempDir, removeTempDir, startPreview, type RunningPreview } from './build-and-serve.ts';
import { timeBrowser, type BrowserTiming } from './browser-timing.ts';
import { timeEngine } from './engine-timing.ts';
import { type BenchResult, budgetChecks, pageWeight, renderTable } from './report.ts';
import { chromiumPathSetting } from './chromium.ts';

const USAGE = 'Usage: npm run bench [-- --json]\n  --json  print the measurements as JSON instead of a table\n';

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((arg) => arg !== '--json' && arg !== '--help');
  if (argv.includes('--help') || unknown.length > 0) {
    if (unknown.length > 0) process.stderr.write(`Unknown argument: ${unknown.join(' ')}\n`);
    process.stderr.write(USAGE);
    return unknown.length > 0 ? 2 : 0;
  }
  const json = argv.includes('--json');
  const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
  const chromiumPath = chromiumPathSetting();

  const loadAverage1m = os.loadavg()[0] ?? Number.NaN;
  progress('timing the engine in Node…');
  const engine = timeEngine();

  progress('building the site into a temporary folder…');
  const outDir = await buildToTempDir();
  const cleanUpOnSignal = () => {
    void removeTempDir(outDir).finally(() => process.exit(130));
  };
  process.once('SIGINT', cleanUpOnSignal);
  let preview: RunningPreview | null = null;
  try {
    const assets = await measureAssetSizes(outDir);
    let browser: BrowserTiming | { skipped: string };
    if (existsSync(chromiumPath)) {
      preview = await startPreview(outDir);
      progress(`loading ${preview.url} in Chromium (${chromiumPath})…`);
      browser = await timeBrowser({ executablePath: chromiumPath, url: preview.url });
    } else {
      browser = { skipped: `no Chromium at ${chromiumPath} (set CHROMIUM_PATH); the browser part was skipped` };
    }
    const measured = 'skipped' in browser ? null : browser;
    const weight = pageWeight(assets, measured?.loadedAssets ?? null, measured?.phoneLoadedAssets ?? null);
    const result: BenchResult = {
      environment: {
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        cpus: os.cpus().length,
        loadAverage1m,
        chromium: measured?.chromiumVersion ?? null,
      },
      engine,
      pageWeight: weight,
      browser,
      budgets: budgetChecks(weight, measured, engine),
    };
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : renderTable(result));
    return 0;
  } finally {
    process.off('SIGINT', cleanUpOnSignal);
    await preview?.close();
    await removeTempDir(outDir);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
