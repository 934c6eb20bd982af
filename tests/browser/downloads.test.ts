// The download menu in real Chromium: the PNG is drawn at twice the chart's size with its words, the SVG is valid, the CSV has its BOM.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchChromium } from './harness.ts';
import { TEMP_PREFIX } from './site.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const src = join(repoRoot, 'src/');
const LINK = 'https://example.org/?v=1&m=2&drop=10';

/** A page that mounts the menu for the income-by-buyer chart at drop=10 (the app does not place it yet). */
const ENTRY = `
import { mount } from 'svelte';
import { sweepHeadline } from '${src}analysis/drop-sweep.ts';
import { incomeByBuyerChart } from '${src}app/charts/chart-configs.ts';
import DownloadMenu from '${src}app/export/DownloadMenu.svelte';
import { appContextFor, appContextMap } from '${src}app/context.ts';
import { Simulator } from '${src}app/simulator.svelte.ts';
import { model, modelOutputs } from '${src}app/model.ts';
import { reportForLink } from '${src}export/report-for-link.ts';
import { reportParts } from '${src}app/model-report-parts.ts';
import { translator } from '${src}i18n/translate.ts';
const scenario = { ...model.defaults, drop: 10 };
const chart = incomeByBuyerChart({
  results: model.evaluate(scenario), baseline: model.baseline, pinned: null, sweep: sweepHeadline(model, modelOutputs, scenario),
  baselineSweep: sweepHeadline(model, modelOutputs, model.defaults), pinnedSweep: null, band: null, lang: 'en', t: translator('en'),
});
// The menu reads the page's language from the app context, as under App.
const context = appContextMap(appContextFor(new Simulator(model)));
mount(DownloadMenu, { target: document.body, context, props: { chart, report: () => reportForLink(reportParts, model, '${LINK}', 0), link: '${LINK}', scenarioSummary: 'Oil-price drop 10 $/bbl' } });
`;

/** Bundles ENTRY into one module script, so the test page needs no server. */
async function bundle(): Promise<string> {
  // Inside the project, so the entry's bare imports (svelte) resolve to its node_modules.
  const cache = join(repoRoot, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, `${TEMP_PREFIX}downloads-`));
  try {
    writeFileSync(join(dir, 'entry.ts'), ENTRY);
    const { build } = await import('vite');
    const output = await build({
      configFile: false,
      root: dir,
      logLevel: 'error',
      plugins: [svelte({ configFile: false })],
      build: {
        write: false,
        minify: false,
        // A module, not a classic script: the string catalogues' parts register with a top-level await. One file,
        // with every dynamic import inlined, since the test page has no server to fetch chunks from.
        lib: { entry: join(dir, 'entry.ts'), formats: ['es'], name: 'downloads', cssFileName: 'downloads' },
        rolldownOptions: { output: { codeSplitting: false } },
      },
    });
    const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) =>
      'output' in result ? result.output : [],
    );
    const code = chunks.find((chunk) => chunk.type === 'chunk');
    if (!code || code.type !== 'chunk') throw new Error('no bundle');
    return code.code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function save(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { download, bytes: readFileSync((await download.path())!) };
}

/** Width, height and the share of pixels that are not white, read back by the browser. */
function inspectImage(page: Page, dataUrl: string) {
  return page.evaluate(async (url) => {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) inked++;
    return { width: image.naturalWidth, height: image.naturalHeight, inked: inked / (data.length / 4) };
  }, dataUrl);
}

describeInBrowser('downloads', () => {
  let browser: Browser | undefined;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const code = await bundle();
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 800 } });
    await context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.getByText('Download').click();
  });
  afterAll(async () => browser?.close());

  it('draws the PNG at twice the size, white, with the chart and its words in ink', async () => {
    const { download, bytes } = await save(page, 'Picture (PNG)');
    expect(download.suggestedFilename()).toMatch(/^crude-leverage-drop10-income-by-buyer-\d{4}-\d\d-\d\d\.png$/);
    const picture = await inspectImage(page, `data:image/png;base64,${bytes.toString('base64')}`);
    // Not on a page, the chart is drawn at 800 × 450 CSS pixels, with 24 px margins, all at 2×.
    expect(picture.width).toBe((800 + 48) * 2);
    expect(picture.height).toBeGreaterThan((450 + 48) * 2);
    expect(picture.inked).toBeGreaterThan(0.02);
    expect(picture.inked).toBeLessThan(0.6);
    expect(await page.getByRole('status').textContent()).toBe(`Saved ${download.suggestedFilename()}.`);
  });

  it('writes a valid SVG with real text and the chart as a 2× PNG', async () => {
    const { download, bytes } = await save(page, 'Print-quality picture (SVG)');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        texts: [...doc.querySelectorAll('text')].map((node) => node.textContent),
        image: doc.querySelector('image')?.getAttribute('href') ?? '',
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.texts[0]).toBe('Monthly export income by buyer');
    expect(parsed.texts.join(' ')).toContain('Source: Crude Leverage model');
    const chart = await inspectImage(page, parsed.image);
    expect(chart).toMatchObject({ width: 1600, height: 900 });
    expect(chart.inked).toBeGreaterThan(0.02);
  });

  it('saves the CSV with a BOM, and nothing went wrong on the way', async () => {
    const { download, bytes } = await save(page, 'Data behind the chart (CSV)');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('This scenario (USD bn a month; 3 decimals)');
    // Every number at the stated precision: no float noise such as 0.26280000000000003.
    expect(text).not.toMatch(/\.\d{4,}/);
    expect(errors).toEqual([]);
  });
});
