// Reading the page under test: the headline, the sliders, the address bar and every chart with its data table.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const HEADLINE_SLIDERS = ['drop', 'india', 'china', 'tariff-india', 'tariff-china'] as const;

export function headline(page: Page): Promise<string> {
  return page.locator('#headline-text').innerText();
}

export interface ChartView {
  /** The chart's id (its data table is `#<id>-table`). */
  id: string;
  /** The canvas as a PNG data URL. */
  picture: string;
  /** The text of its data table (empty while the table is hidden). */
  table: string;
}

/**
 * Every chart card's picture and data table. A chart is drawn only near the screen (a chart further down
 * catches up when it is scrolled to), so each card is scrolled into view and given two frames before its
 * picture is read with its table; then the page goes back to where it was.
 */
export async function readCharts(page: Page): Promise<ChartView[]> {
  await settle(page);
  return page.locator('figure.chart-card').evaluateAll(async (figures) => {
    const twoFrames = () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 1000);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      });
    const scrolledTo = window.scrollY;
    const views = [];
    for (const figure of figures) {
      figure.scrollIntoView({ block: 'center' });
      await twoFrames();
      const wrap = figure.querySelector('.table-wrap');
      const canvas = figure.querySelector('canvas');
      views.push({
        id: (wrap?.id ?? '').replace(/-table$/, ''),
        picture: canvas ? canvas.toDataURL() : '',
        table: wrap && !wrap.hasAttribute('hidden') ? (wrap.textContent ?? '') : '',
      });
    }
    window.scrollTo(0, scrolledTo);
    await twoFrames();
    return views;
  });
}

/** Clicks every chart's "Show data table" button and waits for all the tables; returns how many charts there are. */
export async function showAllDataTables(page: Page): Promise<number> {
  await loadOnDemandParts(page);
  const charts = await page.locator('figure.chart-card').count();
  const closed = page.locator('figure.chart-card button.table-toggle[aria-expanded="false"]');
  for (let index = 0; index < 3 * charts && (await closed.count()) > 0; index++) await closed.first().click();
  await expect.poll(() => page.locator('figure.chart-card table').count()).toBe(charts);
  return charts;
}

/** The value of every range input on the page, by name, as the exact strings the inputs hold. */
export function rangeValues(page: Page): Promise<Record<string, string>> {
  return page
    .locator('input[type=range]')
    .evaluateAll((inputs) =>
      Object.fromEntries(inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value])),
    );
}

/** The address bar's query, with its `?`. */
export function addressSearch(page: Page): Promise<string> {
  return page.evaluate(() => window.location.search);
}

/** One parameter of the address bar's query (null when absent); poll it to wait for the debounced update. */
export async function addressParam(page: Page, key: string): Promise<string | null> {
  return new URLSearchParams(await addressSearch(page)).get(key);
}

/** Waits past the app's 300 ms debounce of address-bar updates, for checks that nothing (more) changes. */
export async function waitForAddress(page: Page): Promise<void> {
  await page.waitForTimeout(500);
}

/**
 * Waits for chart redraws to settle (updates run without animation, on the next frames). A frame that
 * never comes (a renderer starved under load) ends the wait after a second instead of hanging the test.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 1000);
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
}

/**
 * Scrolls down the page step by step, as a reader would, so every part that loads on demand (the why
 * charts, the panels inside the model, the classroom tools, the sources) is on the page, then back to
 * the top. Tests that compare the page before and after an action call it first, so nothing appears
 * in between.
 */
export async function loadOnDemandParts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // One frame, then a short pause; a frame that does not come within 250 ms is not waited for.
    const frame = () =>
      new Promise((resolve) => {
        setTimeout(resolve, 250);
        requestAnimationFrame(() => setTimeout(resolve, 30));
      });
    for (let y = 0, guard = 0; y < document.documentElement.scrollHeight && guard < 200; y += 400, guard++) {
      window.scrollTo(0, y);
      await frame();
    }
  });
  for (const selector of ['.why figure.chart-card', '#how-it-works', '#exercises', '.source-list']) {
    await page.locator(selector).first().waitFor({ state: 'attached' });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
