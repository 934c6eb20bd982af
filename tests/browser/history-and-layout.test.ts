// Back and forward undo and redo a reset; a phone-sized screen never scrolls sideways.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectedHeadline, model, scenarioFrom } from './expectations.ts';
import {
  addressParam,
  addressSearch,
  describeInBrowser,
  expectNoErrors,
  headline,
  openApp,
  showAllDataTables,
  rangeValues,
  useBrowser,
} from './harness.ts';

describeInBrowser('history', () => {
  const fixture = useBrowser();

  it('returns to the previous scenario with Back after "Reset all", and Forward resets again', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?v=1&m=2&drop=10');
    await page.locator('input[type=range][name=india]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await rangeValues(page)).india).toBe('1.59');
    const before = await rangeValues(page);
    const headlineBefore = await headline(page);
    expect(before.drop).toBe('10');

    await page.getByRole('button', { name: 'Reset all' }).click();
    await expect.poll(() => headline(page)).toBe(expectedHeadline(model.defaults));
    const afterReset = await rangeValues(page);
    expect(scenarioFrom(afterReset)).toEqual(model.defaults);
    // "Reset all" is a deliberate change: it gets its own history entry at once.
    await expect.poll(() => addressParam(page, 'drop')).toBeNull();
    const resetSearch = await addressSearch(page);

    await page.evaluate(() => history.back());
    await expect.poll(() => rangeValues(page)).toStrictEqual(before);
    expect(await headline(page)).toBe(headlineBefore);
    expect(await addressParam(page, 'drop')).toBe('10');
    expect(await addressParam(page, 'india')).toBe('1.59');

    await page.evaluate(() => history.forward());
    await expect.poll(() => rangeValues(page)).toStrictEqual(afterReset);
    expect(await addressSearch(page)).toBe(resetSearch);
    expectNoErrors(session);
  });
});

describeInBrowser('narrow screen', () => {
  const fixture = useBrowser();

  async function expectNoSidewaysScroll(width: number, query: string, open: (page: Page) => Promise<void>) {
    const session = await fixture.session({ viewport: { width, height: 740 } });
    const page = await openApp(session, fixture.site, query);
    await open(page);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    // The outermost elements that stick out, each with its nearest ancestor that has an id, to say what to fix.
    const wide = await page.evaluate((limit) => {
      const sticksOut = (element: Element) =>
        element.checkVisibility() &&
        element.getBoundingClientRect().right > limit + 0.5 &&
        !element.closest('.table-wrap');
      const name = (element: Element) =>
        element.tagName.toLowerCase() +
        (element.id ? `#${element.id}` : '') +
        [...element.classList].map((c) => `.${c}`).join('');
      return [...document.querySelectorAll('body *')]
        .filter((element) => sticksOut(element) && !(element.parentElement && sticksOut(element.parentElement)))
        .slice(0, 5)
        .map((element) => {
          const landmark = element.parentElement?.closest('[id]');
          return `${landmark ? `${name(landmark)} … ` : ''}${name(element)} (${Math.round(element.getBoundingClientRect().width)}px)`;
        });
    }, width);
    expect(scrollWidth, `page is wider than ${width}px: ${wide.join('; ')}`).toBeLessThanOrEqual(width);
    expectNoErrors(session);
  }

  it('has no horizontal scrollbar at 360×740', async () => {
    await expectNoSidewaysScroll(360, '', async () => {});
  });

  it('has no horizontal scrollbar at 360×740 with the notice, the Chinese page, every panel open and the data tables shown', async () => {
    await expectNoSidewaysScroll(360, '?drop=abc&zzz=1&lang=zh-Hant', async (page) => {
      const closed = page.locator('details:not([open]) > summary');
      const panels = await page.locator('details').count();
      for (let index = 0; index < panels && (await closed.count()) > 0; index++) await closed.first().click();
      await showAllDataTables(page);
    });
  });
});
