// Measures the built page in headless Chromium: time to the first chart on a cold load, and input to redrawn charts.
import { chromium, type Browser, type Page } from 'playwright-core';
import { ALL_CHARTS_DRAWN_SCRIPT, COLD_LOAD_SCRIPT, inputToDrawnScript } from './page-scripts.ts';
import { median, percentile } from '../analysis/percentile.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

export const INPUT_IDS = ['param-drop', 'param-india'];

/** The window of every timed load; at this size the top of the first chart is on the first screen. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 800 };
/** A phone, for one more cold load: no chart is near its first screen, so Chart.js waits for a scroll. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

export interface BrowserTiming {
  chromiumVersion: string;
  coldLoads: number;
  /** Navigation start to the first 'chart-drawn' mark, median over fresh contexts. */
  firstChartMs: number;
  /** Canvases on the page, each a chart. */
  charts: number;
  /** Of those, the ones near the screen on load: the page draws only these (src/charts/on-screen-chart.ts). */
  nearCharts: number;
  /** Navigation start to the last near chart's first mark, median. */
  allChartsMs: number;
  domContentLoadedMs: number;
  inputs: number;
  /** Inputs after which some chart had not redrawn within the timeout (timed to their last mark). */
  incompleteInputs: number;
  inputToDrawnMedianMs: number;
  inputToDrawnP95Ms: number;
  inputToDrawnMaxMs: number;
  /** Median per input element. */
  inputToDrawnMedianByInputMs: Record<string, number>;
  /** Script and stylesheet paths (from the site root) the page and its workers fetched on a cold load, until the network went idle. */
  loadedAssets: string[];
  /** The same for one cold load at PHONE_VIEWPORT, until the headline is shown and the network went idle. */
  phoneLoadedAssets: string[];
}

export interface BrowserTimingOptions {
  executablePath: string;
  url: string;
  coldLoads?: number;
  inputs?: number;
}

interface ColdLoad {
  charts: number;
  nearCharts: number;
  firstDrawnMs: number | null;
  allDrawnMs: number | null;
  domContentLoadedMs: number | null;
  fetched: string[];
}

const TIMEOUT_MS = 30_000;

/**
 * Polls `script` from outside the page until it is true. page.waitForFunction would poll inside the page by
 * evaluating a string, which the page's policy (no unsafe-eval) refuses; page.evaluate goes through DevTools.
 */
async function waitForScript(page: Page, script: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(script))) {
    if (Date.now() > deadline) throw new Error(`bench: timed out after ${timeoutMs} ms waiting for the page`);
    await page.waitForTimeout(5);
  }
}

/** A fresh context (no cache, storage or compiled code from the previous load) that records what it fetches. */
async function freshContext(browser: Browser, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  // Requests of the page's workers reach the context too, which the page's own resource timing would miss.
  const fetched = new Set<string>();
  context.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (/\.(m?js|css)$/.test(pathname)) fetched.add(pathname);
  });
  return { context, fetched };
}

/** What a cold load on a phone fetches: the page is ready once its headline is shown. */
async function phoneColdLoad(browser: Browser, url: string): Promise<string[]> {
  const { context, fetched } = await freshContext(browser, PHONE_VIEWPORT);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await waitForScript(page, `!!document.getElementById('headline-text')`, TIMEOUT_MS);
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    return [...fetched].sort();
  } finally {
    await context.close();
  }
}

async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  const { context, fetched } = await freshContext(browser, DESKTOP_VIEWPORT);
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await waitForScript(page, ALL_CHARTS_DRAWN_SCRIPT, TIMEOUT_MS).catch(() => {
      throw new Error(
        `the charts were never drawn on ${url}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`,
      );
    });
    // The marks are already timed; waiting here only lets late fetches (a worker, a lazy chunk) be seen.
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    const timing = (await page.evaluate(COLD_LOAD_SCRIPT)) as Omit<ColdLoad, 'fetched'>;
    return { ...timing, fetched: [...fetched] };
  } finally {
    await context.close();
  }
}

interface InputSample {
  id: string;
  ms: number;
  complete: boolean;
}

async function inputToDrawn(browser: Browser, url: string, count: number): Promise<InputSample[]> {
  const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await waitForScript(page, ALL_CHARTS_DRAWN_SCRIPT, TIMEOUT_MS);
    // Late redraws of the load (a worker's first result) should not land inside the first measured input.
    await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    return (await page.evaluate(inputToDrawnScript(INPUT_IDS, count, 2000))) as InputSample[];
  } finally {
    await context.close();
  }
}

const required = (value: number | null, what: string): number => {
  if (value === null) throw new Error(`bench: the page reported no ${what}`);
  return value;
};

export async function timeBrowser(options: BrowserTimingOptions): Promise<BrowserTiming> {
  const { executablePath, url, coldLoads = 5, inputs = 240 } = options;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, timeout: TIMEOUT_MS });
  try {
    const loads: ColdLoad[] = [];
    for (let i = 0; i < coldLoads; i++) loads.push(await coldLoad(browser, url));
    const phoneLoadedAssets = await phoneColdLoad(browser, url);
    const samples = await inputToDrawn(browser, url, inputs);
    const latencies = samples.map((s) => s.ms).filter(Number.isFinite);
    return {
      chromiumVersion: browser.version(),
      coldLoads,
      firstChartMs: median(loads.map((l) => required(l.firstDrawnMs, "'chart-drawn' mark"))),
      charts: Math.max(...loads.map((l) => l.charts)),
      nearCharts: Math.max(...loads.map((l) => l.nearCharts)),
      allChartsMs: median(loads.map((l) => required(l.allDrawnMs, "last chart's mark"))),
      domContentLoadedMs: median(loads.map((l) => required(l.domContentLoadedMs, 'navigation timing'))),
      inputs: samples.length,
      incompleteInputs: samples.filter((s) => !s.complete).length,
      inputToDrawnMedianMs: median(latencies),
      inputToDrawnP95Ms: percentile(latencies, 0.95),
      inputToDrawnMaxMs: Math.max(...latencies),
      inputToDrawnMedianByInputMs: Object.fromEntries(
        INPUT_IDS.map((id) => [
          id,
          median(samples.filter((s) => s.id === id && Number.isFinite(s.ms)).map((s) => s.ms)),
        ]),
      ),
      loadedAssets: [...new Set(loads.flatMap((l) => l.fetched))].sort(),
      phoneLoadedAssets,
    };
  } finally {
    await browser.close();
  }
}
