// Measures the built page in headless Chromium: time to the first chart on a cold load, and input to redrawn charts.
import { chromium, type Browser } from 'playwright-core';
import { COLD_LOAD_SCRIPT, MARKS_PRESENT_SCRIPT, inputToDrawnScript } from './page-scripts.ts';
import { median, percentile } from './stats.ts';

/** Flags for a quiet, reproducible headless run in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const INPUT_IDS = ['param-drop', 'param-india'];

export interface BrowserTiming {
  chromiumVersion: string;
  coldLoads: number;
  /** Navigation start to the first 'chart-drawn' mark, median over fresh contexts. */
  firstChartMs: number;
  /** Navigation start to the third mark (every chart drawn), median. */
  allChartsMs: number;
  domContentLoadedMs: number;
  inputs: number;
  inputToDrawnMedianMs: number;
  inputToDrawnP95Ms: number;
  inputToDrawnMaxMs: number;
  /** Median per input element. */
  inputToDrawnMedianByInputMs: Record<string, number>;
  /** Script and stylesheet paths the page fetched on its first load. */
  loadedAssets: string[];
}

export interface BrowserTimingOptions {
  executablePath: string;
  url: string;
  coldLoads?: number;
  inputs?: number;
}

interface ColdLoad {
  firstDrawnMs: number | null;
  allDrawnMs: number | null;
  domContentLoadedMs: number | null;
  resources: string[];
}

const TIMEOUT_MS = 30_000;

async function coldLoad(browser: Browser, url: string): Promise<ColdLoad> {
  // A fresh context shares no cache, storage or compiled code with the previous load.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.waitForFunction(MARKS_PRESENT_SCRIPT, undefined, { timeout: TIMEOUT_MS }).catch(() => {
      throw new Error(`the charts were never drawn on ${url}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`);
    });
    return (await page.evaluate(COLD_LOAD_SCRIPT)) as ColdLoad;
  } finally {
    await context.close();
  }
}

async function inputToDrawn(browser: Browser, url: string, count: number): Promise<{ id: string; ms: number }[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.waitForFunction(MARKS_PRESENT_SCRIPT, undefined, { timeout: TIMEOUT_MS });
    return (await page.evaluate(inputToDrawnScript(INPUT_IDS, count, 2000))) as { id: string; ms: number }[];
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
    const samples = await inputToDrawn(browser, url, inputs);
    const latencies = samples.map((s) => s.ms);
    return {
      chromiumVersion: browser.version(),
      coldLoads,
      firstChartMs: median(loads.map((l) => required(l.firstDrawnMs, "'chart-drawn' mark"))),
      allChartsMs: median(loads.map((l) => required(l.allDrawnMs, 'third chart mark'))),
      domContentLoadedMs: median(loads.map((l) => required(l.domContentLoadedMs, 'navigation timing'))),
      inputs: samples.length,
      inputToDrawnMedianMs: median(latencies),
      inputToDrawnP95Ms: percentile(latencies, 0.95),
      inputToDrawnMaxMs: Math.max(...latencies),
      inputToDrawnMedianByInputMs: Object.fromEntries(
        INPUT_IDS.map((id) => [id, median(samples.filter((s) => s.id === id).map((s) => s.ms))]),
      ),
      loadedAssets: loads[0]?.resources ?? [],
    };
  } finally {
    await browser.close();
  }
}
