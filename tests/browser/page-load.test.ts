// The page loads cleanly: no console or page errors, the mid-2025 headline, and nothing fetched from another origin.
import { expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import { formatUsdBn } from '../../src/i18n/format.ts';
import { translator } from '../../src/i18n/translate.ts';
import { describeInBrowser, expectNoErrors, expectOnlyOwnOrigin, headline, openApp, useBrowser } from './harness.ts';

describeInBrowser('page load', () => {
  const fixture = useBrowser();

  it('shows the mid-2025 income with no errors and only same-origin requests', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const total = formatUsdBn(model.baseline.totalMonth!, 'en');
    expect(await headline(page)).toBe(translator('en')('headline.same', { total }));
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
    const charts = await page.locator('figure.chart-card').count();
    expect(charts).toBeGreaterThanOrEqual(3);
    expect(await page.locator('figure.chart-card canvas').count()).toBe(charts);
    await page.waitForLoadState('networkidle');
    expectNoErrors(session);
    expectOnlyOwnOrigin(session, fixture.site);
  });

  it('links to the licence notices the build wrote, which list mathjs (Apache-2.0) and Chart.js (MIT)', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const link = page.locator('a[href="licenses.txt"]');
    await link.scrollIntoViewIfNeeded({ timeout: 10_000 });
    const response = await fetch(new URL((await link.getAttribute('href'))!, fixture.site.url));
    expect(response.status).toBe(200);
    const notices = await response.text();
    expect(notices).toMatch(/^ {2}mathjs \S+: Apache-2\.0$/m);
    expect(notices).toMatch(/^ {2}chart\.js \S+: MIT$/m);
    expect(notices).toContain('Licensed under the Apache License, Version 2.0');
  });

  it('harness self-check: a request to another origin is recorded, blocked and reported', async () => {
    const session = await fixture.session();
    await session.page.goto('about:blank');
    const outcome = await session.page.evaluate(() =>
      fetch('http://example.invalid/tracker.js').then(
        () => 'fetched',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(session.requests).toContain('http://example.invalid/tracker.js');
    expect(() => expectOnlyOwnOrigin(session, fixture.site)).toThrow(/left/);
  });
});
