// The timeline in a real browser: the chart drawn with its table, from= opening a month with the scenario continued forward, a bad month falling back with a notice, the month picker by keyboard, and the backtest table on the model-checks panel.
import type { Locator } from 'playwright-core';
import { expect, it } from 'vitest';
import { expectNoViolations } from './axe.ts';
import { addressParam, describeInBrowser, expectNoErrors, openApp, rangeValues, useBrowser } from './harness.ts';

/** True once Chart.js has drawn something on the figure's canvas. */
const drawn = (figure: Locator) =>
  figure.locator('canvas').evaluate((canvas) => {
    const { width, height } = canvas as HTMLCanvasElement;
    const pixels = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, width, height).data;
    return pixels.some((value, index) => index % 4 === 3 && value > 0);
  });

describeInBrowser('the timeline', () => {
  const fixture = useBrowser();

  it('draws the record and the backtest, with a table of every month, and the backtest table with no violations', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const figure = page.locator('figure[aria-labelledby="timeline-title"]');
    await figure.waitFor();
    // A chart is drawn once it is near the screen, as when a reader scrolls to it.
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => drawn(figure)).toBe(true);
    expect(await page.locator('#timeline-summary').textContent()).toContain('Choose a starting month');
    await figure.getByRole('button', { name: 'Show data table' }).click();
    expect(await page.locator('#timeline-table tbody tr').count()).toBe(11);
    expect(await page.locator('#timeline-table tbody tr').nth(7).textContent()).toContain('25% US secondary tariff');
    await page.locator('details#model-checks > summary').click();
    const backtest = page.locator('section.backtest');
    await backtest.waitFor();
    expect(await backtest.locator('tbody tr').count()).toBe(11);
    expect(await backtest.textContent()).toMatch(/Mean absolute error: \d+\.\d% over the 6 months/);
    await expectNoViolations(page, 'the timeline and the backtest');
    expectNoErrors(session);
  });

  it('opens from=2025-11 at November’s drivers and continues the scenario 12 months, band included', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?from=2025-11&drop=10');
    // November's Brent (M54) and India's imports (V23) replace the mid-2025 defaults; the link's drop stays.
    const values = await rangeValues(page);
    expect([values.brent, values.india, values.drop]).toEqual(['63', '1.84', '10']);
    expect(await page.locator('#from-controls').inputValue()).toBe('2025-11');
    expect(await page.locator('#from-timeline').inputValue()).toBe('2025-11');
    expect(await page.locator('.notice').count()).toBe(0);
    const figure = page.locator('figure[aria-labelledby="timeline-title"]');
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => drawn(figure)).toBe(true);
    // The band arrives from the worker a moment after the page settles.
    await expect
      .poll(() => page.locator('#timeline-summary').textContent(), { timeout: 15_000 })
      .toMatch(
        /Continued from November 2025 with its drivers held fixed .*not a forecast.*band: \$[\d.]+bn to \$[\d.]+bn/,
      );
    await figure.getByRole('button', { name: 'Show data table' }).click();
    const rows = page.locator('#timeline-table tbody tr');
    expect(await rows.count()).toBe(11 + 12);
    expect(await rows.nth(11).locator('th, td').allTextContents()).toEqual([
      'December 2025',
      '—',
      '—',
      expect.stringMatching(/^\$\d+\.\d\dbn$/),
      expect.stringMatching(/^\$\d+\.\d\dbn to \$\d+\.\d\dbn$/),
      expect.stringMatching(/^\$\d+\.\d\dbn$/),
      '—',
    ]);
    expect(await addressParam(page, 'from')).toBe('2025-11');
    expectNoErrors(session);
  });

  it('falls back to mid-2025 for a month the record does not have, and the notice names from', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?from=2031-13&drop=10');
    const values = await rangeValues(page);
    expect([values.brent, values.drop]).toEqual(['70', '10']);
    expect(await page.locator('#from-controls').inputValue()).toBe('');
    expect(await page.locator('.notice').textContent()).toContain('from');
    expectNoErrors(session);
  });

  it('picks a month from the keyboard: the sliders move, the drop stays, the address follows', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?drop=10');
    const picker = page.getByLabel('Start the scenario from').first();
    await picker.focus();
    await picker.selectOption('2025-08');
    await expect.poll(() => addressParam(page, 'from')).toBe('2025-08');
    const values = await rangeValues(page);
    expect(values.drop).toBe('10');
    expect(values.brent).not.toBe('70');
    expect(await page.locator('#from-timeline').inputValue()).toBe('2025-08');
    await page.goBack();
    await expect.poll(() => addressParam(page, 'from')).toBe(null);
    expectNoErrors(session);
  });

  it('speaks Traditional Chinese there too', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?lang=zh-Hant&from=2025-11');
    expect(await page.locator('#timeline-title').textContent()).toBe('2025年逐月出口收入：模型與IEA對照');
    expect(await page.locator('label[for="from-controls"]').textContent()).toBe('情境起始月份');
    await page.locator('details#model-checks > summary').click();
    const backtest = page.locator('section.backtest');
    await backtest.waitFor();
    expect(await backtest.locator('h3').textContent()).toBe('回測：2025年各月');
    expectNoErrors(session);
  });
});
