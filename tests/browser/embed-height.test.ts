// The embed's height in Chromium: the snippet's fixed heights hold the whole view, and the optional script fits the iframe.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  EMBED_BASE_HEIGHT_PX,
  EMBED_SLIDER_HEIGHT_PX,
  RESIZE_SCRIPT_NAME,
  embedHeightPx,
} from '../../src/export/embed-link.ts';
import { EMBED_CHARTS } from '../../src/link/view-params.ts';
import { describeInBrowser, expectNoErrors, expectOnlyOwnOrigin, settle, useBrowser } from './harness.ts';

/** The embedded view's full height: from the top of the page to the bottom of its last line. */
async function viewHeight(page: Page): Promise<number> {
  await page.locator('main.embed canvas').waitFor();
  // Let the chart draw and the fonts settle before measuring.
  await settle(page);
  return page.locator('main.embed').evaluate((main) => {
    const box = main.getBoundingClientRect();
    return Math.ceil(box.top + window.scrollY + box.height);
  });
}

/** Extra room the fixed heights may leave below the view at 360 px, px: more would be wasted space. */
const SLACK_PX = 48;

describeInBrowser('embed height', () => {
  const fixture = useBrowser();

  it('fits each chart, with one and with five sliders, in English and Chinese at 360 px, in the snippet height', async () => {
    const session = await fixture.session({ viewport: { width: 360, height: 640 } });
    const measured: Record<string, number> = {};
    for (const chart of EMBED_CHARTS) {
      for (const lang of ['en', 'zh-Hant']) {
        for (const [sliders, scenario] of [
          [1, '&drop=10'],
          [5, ''],
        ] as const) {
          await session.page.goto(`${fixture.site.url}?v=1&m=1${scenario}&lang=${lang}&chart=${chart}&embed=1`);
          const height = await viewHeight(session.page);
          expect(await session.page.locator('input[type=range]').count()).toBe(sliders);
          measured[`${chart} ${lang} ${sliders}`] = height;
          expect
            .soft(height, `${chart}, ${lang}, ${sliders} slider(s)`)
            .toBeLessThanOrEqual(embedHeightPx(chart, sliders));
        }
      }
      const tallest = (sliders: number) =>
        Math.max(measured[`${chart} en ${sliders}`]!, measured[`${chart} zh-Hant ${sliders}`]!);
      expect
        .soft(embedHeightPx(chart, 1) - tallest(1), `${chart}: room left with one slider`)
        .toBeLessThanOrEqual(SLACK_PX);
    }
    console.info('embed heights at 360 px:', JSON.stringify(measured), {
      base: EMBED_BASE_HEIGHT_PX,
      slider: EMBED_SLIDER_HEIGHT_PX,
    });
    expectNoErrors(session);
    expectOnlyOwnOrigin(session, fixture.site);
    // Sixteen page loads on a shared machine.
  }, 240_000);

  it('resizes the iframe to the view with the optional script on a host page', async () => {
    const session = await fixture.session({ viewport: { width: 800, height: 900 } });
    const { page } = session;
    const src = `${fixture.site.url}?v=1&m=1&drop=10&chart=calculus&embed=1`;
    // A host page elsewhere (about:blank), as a newsroom's would be: the snippet's iframe, then the script.
    await page.setContent(
      `<!doctype html><title>Host</title><p>Article text</p>
       <iframe src="${src}" title="Embed" width="100%" height="200" style="border:0"></iframe>
       <script src="${fixture.site.url}${RESIZE_SCRIPT_NAME}" async></script>`,
    );
    const frame = page.frameLocator('iframe');
    await frame.locator('main.embed canvas').waitFor();
    const inner = async () =>
      frame
        .locator('main.embed')
        .evaluate((main) => Math.ceil((main as HTMLElement).offsetTop + main.getBoundingClientRect().height));
    const outer = () => page.locator('iframe').evaluate((iframe) => iframe.getBoundingClientRect().height);
    await expect
      .poll(async () => Math.abs((await outer()) - (await inner())), { timeout: 10_000 })
      .toBeLessThanOrEqual(1);
    // Narrower host column: the view grows taller, and the iframe follows.
    const wide = await outer();
    await page.locator('iframe').evaluate((iframe) => (iframe.style.width = '360px'));
    await expect.poll(outer, { timeout: 10_000 }).toBeGreaterThan(wide);
    await expect
      .poll(async () => Math.abs((await outer()) - (await inner())), { timeout: 10_000 })
      .toBeLessThanOrEqual(1);
    expectNoErrors(session);
  });
});
