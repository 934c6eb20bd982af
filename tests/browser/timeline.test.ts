// The 2025 backtest on the model-checks panel in a real browser: the timeline chart drawn, its table, the backtest table, no axe violation.
import { expect, it } from 'vitest';
import { expectNoViolations } from './axe.ts';
import { describeInBrowser, expectNoErrors, openApp, useBrowser } from './harness.ts';

describeInBrowser('the 2025 backtest on the model-checks panel', () => {
  const fixture = useBrowser();

  it('draws the timeline, shows its data table and the backtest table, with no violations', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    await page.locator('details#model-checks > summary').click();
    const figure = page.locator('figure[aria-labelledby="timeline-title"]');
    await figure.waitFor();
    // Chart.js has drawn something: the canvas is not blank.
    await expect
      .poll(() =>
        figure.locator('canvas').evaluate((canvas) => {
          const { width, height } = canvas as HTMLCanvasElement;
          const pixels = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, width, height).data;
          return pixels.some((value, index) => index % 4 === 3 && value > 0);
        }),
      )
      .toBe(true);
    await figure.getByRole('button', { name: 'Show data table' }).click();
    expect(await page.locator('#timeline-table tbody tr').count()).toBe(11);
    expect(await page.locator('#timeline-table tbody tr').nth(7).textContent()).toContain('25% US secondary tariff');
    const backtest = page.locator('section.backtest');
    expect(await backtest.locator('tbody tr').count()).toBe(11);
    expect(await backtest.textContent()).toMatch(/Mean absolute error: \d+\.\d% over the 6 months/);
    await expectNoViolations(page, 'the backtest on the model-checks panel');
    expectNoErrors(session);
  });

  it('speaks Traditional Chinese there too', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?lang=zh-Hant');
    await page.locator('details#model-checks > summary').click();
    const backtest = page.locator('section.backtest');
    await backtest.waitFor();
    expect(await backtest.locator('h3').textContent()).toBe('回測：2025年各月');
    expect(await page.locator('#timeline-title').textContent()).toBe('2025年逐月出口收入：模型與IEA對照');
    expectNoErrors(session);
  });
});
