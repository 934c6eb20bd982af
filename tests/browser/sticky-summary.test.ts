// The sticky summary in a real browser: in view while a slider far down the page moves, at 1366×768 and on a 360 px phone.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, expectNoErrors, openApp, useBrowser } from './harness.ts';

/** Where the summary bar is, the window's height, the bar's text, and how many lines each item takes. */
function readSummary(page: Page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.sticky-summary')!;
    const box = bar.getBoundingClientRect();
    const items = [...bar.querySelectorAll('.summary-item')].map((item) => {
      const range = document.createRange();
      range.selectNodeContents(item);
      // One line box per line of text: an item that wraps inside itself has more than one distinct top.
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    });
    return { top: box.top, bottom: box.bottom, viewport: window.innerHeight, text: bar.textContent ?? '', items };
  });
}

describeInBrowser('sticky summary', () => {
  const fixture = useBrowser();

  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 360, height: 740 },
  ]) {
    it(`stays in view while the China tariff moves, at ${viewport.width}×${viewport.height}`, async () => {
      const session = await fixture.session({ viewport });
      const page = await openApp(session, fixture.site, '?v=1&m=1&drop=10', { loadAll: false });
      const slider = page.locator('input[type=range][name=tariff-china]');
      await slider.scrollIntoViewIfNeeded();
      // Scroll on until the headline is out of view, as when the reader works down the sliders.
      await page.evaluate(() => window.scrollBy(0, 400));
      await slider.focus();
      const before = await readSummary(page);
      // The headline is out of view: scrolled off the top on a desktop, still below the sliders on a phone.
      const headlineBox = await page.locator('#headline-text').evaluate((el) => el.getBoundingClientRect().toJSON());
      expect(headlineBox.bottom < 0 || headlineBox.top > viewport.height).toBe(true);
      for (let step = 0; step < 8; step++) await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await readSummary(page)).text).not.toBe(before.text);
      const after = await readSummary(page);
      expect(after.top).toBeGreaterThanOrEqual(0);
      expect(after.bottom).toBeLessThanOrEqual(after.viewport);
      expect(after.text).toMatch(/a month/);
      expect(after.text).toMatch(/vs mid-2025/);
      expect(after.text).toMatch(/Budget: .* trn RUB a year/);
      // Every item on one line: "mid-2025" is never split.
      expect(after.items).toEqual([1, 1, 1]);
      // The focused slider is not hidden behind the bar.
      const sliderTop = await slider.evaluate((el) => el.getBoundingClientRect().top);
      expect(sliderTop).toBeGreaterThanOrEqual(after.bottom);
      expectNoErrors(session);
    }, 120_000);
  }
});
