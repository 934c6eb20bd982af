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

/** Every chart card's picture and data table, read at one instant so the two always belong together. */
export async function readCharts(page: Page): Promise<ChartView[]> {
  await settle(page);
  return page.locator('figure.chart-card').evaluateAll((figures) =>
    figures.map((figure) => {
      const wrap = figure.querySelector('.table-wrap');
      const canvas = figure.querySelector('canvas');
      return {
        id: (wrap?.id ?? '').replace(/-table$/, ''),
        picture: canvas ? canvas.toDataURL() : '',
        table: wrap && !wrap.hasAttribute('hidden') ? (wrap.textContent ?? '') : '',
      };
    }),
  );
}

/** Clicks every chart's "Show data table" button and waits for all the tables; returns how many charts there are. */
export async function showAllDataTables(page: Page): Promise<number> {
  const charts = await page.locator('figure.chart-card').count();
  const closed = page.locator('figure.chart-card button.table-toggle[aria-expanded="false"]');
  for (let index = 0; index < charts && (await closed.count()) > 0; index++) await closed.first().click();
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

/** Waits for chart redraws to settle (updates run without animation, on the next frames). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
