// Charts load on demand in a real browser: on a phone no chart is near the first screen, so Chart.js is not
// fetched until the reader scrolls to one; a chart scrolled away skips redraws and catches up when it is back.
import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, expectNoErrors, openApp, useBrowser } from './harness.ts';

/** True once something has been drawn on the figure's canvas. */
const drawn = (figure: Locator) =>
  figure.locator('canvas').evaluate((canvas) => {
    const { width, height } = canvas as HTMLCanvasElement;
    if (width === 0 || height === 0) return false;
    const pixels = (canvas as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, width, height).data;
    return pixels.some((value, index) => index % 4 === 3 && value > 0);
  });

const picture = (figure: Locator) =>
  figure.locator('canvas').evaluate((canvas) => (canvas as HTMLCanvasElement).toDataURL());

/** Waits two frames: an IntersectionObserver reports on the frame after a scroll. */
const twoFrames = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const chartJsRequests = (requests: string[]) => requests.filter((url) => /register-chart-js-[^/]*\.js$/.test(url));

describeInBrowser('charts on demand', () => {
  const fixture = useBrowser();

  it('on a phone fetches Chart.js only when the reader scrolls to a chart, and then draws it', async () => {
    const session = await fixture.session({ viewport: { width: 390, height: 844 } });
    const page = await openApp(session, fixture.site, '', { loadAll: false });
    await page.waitForLoadState('networkidle');
    const byBuyer = page.locator('figure.chart-card').first();
    expect(await byBuyer.evaluate((figure) => figure.getBoundingClientRect().top)).toBeGreaterThan(844 + 200);
    expect(chartJsRequests(session.requests)).toEqual([]);
    // The space for the chart is kept, so nothing jumps when it is drawn.
    const heightBefore = await byBuyer.evaluate((figure) => figure.getBoundingClientRect().height);

    await byBuyer.scrollIntoViewIfNeeded();
    await expect.poll(() => drawn(byBuyer)).toBe(true);
    expect(chartJsRequests(session.requests)).toHaveLength(1);
    expect(await byBuyer.evaluate((figure) => figure.getBoundingClientRect().height)).toBe(heightBefore);
    expectNoErrors(session);
  });

  it('redraws a chart that was away from the screen when it comes back', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '', { loadAll: false });
    const sweep = page.locator('figure.chart-card').nth(1);
    await sweep.scrollIntoViewIfNeeded();
    await expect.poll(() => drawn(sweep)).toBe(true);
    await twoFrames(page);
    const atDefaults = await picture(sweep);

    // Back at the top, the drop slider moves the sweep's "current drop" marker, but the chart is away.
    await page.evaluate(() => window.scrollTo(0, 0));
    await twoFrames(page);
    const slider = page.locator('input[type=range][name="drop"]');
    await slider.focus();
    for (let step = 0; step < 10; step++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => slider.inputValue()).toBe('10');
    await twoFrames(page);
    expect(await picture(sweep)).toBe(atDefaults);

    await sweep.scrollIntoViewIfNeeded();
    await expect.poll(() => picture(sweep)).not.toBe(atDefaults);
    expectNoErrors(session);
  });
});
