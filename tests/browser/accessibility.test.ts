// Accessibility: axe-core (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA) finds nothing on the main view, the open
// Assumptions panel, the data tables, the link notice, the Chinese page, a lesson's notice and with every panel open.
import { expect, it } from 'vitest';
import { expectNoViolations } from './axe.ts';
import { describeInBrowser, expectNoErrors, openApp, showAllDataTables, useBrowser } from './harness.ts';

describeInBrowser('accessibility (axe-core)', () => {
  const fixture = useBrowser();

  it('has no violations on the main view', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    await expectNoViolations(page, 'the main view');
    expectNoErrors(session);
  });

  it('has no violations with the Assumptions panel open', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    await page.locator('details#assumptions > summary').click();
    await expect
      .poll(() => page.locator('details#assumptions').evaluate((details) => (details as HTMLDetailsElement).open))
      .toBe(true);
    await expectNoViolations(page, 'the open Assumptions panel');
    expectNoErrors(session);
  });

  it('has no violations with every data table shown', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    expect(await showAllDataTables(page)).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole('button', { name: 'Show data table' }).count()).toBe(0);
    const hide = page.getByRole('button', { name: 'Hide data table' });
    expect(await hide.first().getAttribute('aria-expanded')).toBe('true');
    await expectNoViolations(page, 'the shown data tables');
    expectNoErrors(session);
  });

  it('has no violations with the link notice shown and the page in Chinese', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?drop=abc&zzz=1&lang=zh-Hant&panel=assumptions');
    await expect.poll(() => page.getByRole('status').filter({ hasText: '調整' }).count()).toBe(1);
    await expectNoViolations(page, 'the notice, Chinese page, open panel');
    expectNoErrors(session);
  });

  it('has no violations with a scenario pinned for comparison', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?v=1&m=2&drop=10');
    await page.locator('#pin-scenario').click();
    await page.locator('input[name=india]').fill('0.5');
    await page.locator('#comparison-table').waitFor();
    await expectNoViolations(page, 'the comparison');
    expectNoErrors(session);
  });

  it('has no violations with every collapsible panel on the page open', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const closed = page.locator('details:not([open]) > summary');
    const panels = await page.locator('details').count();
    expect(panels).toBeGreaterThan(0);
    // Open them by clicking, as a reader would; each click may add content (and panels that load on demand
    // add more), so always take the first closed one, with a generous bound.
    for (let index = 0; index < 100 && (await closed.count()) > 0; index++) await closed.first().click();
    expect(await closed.count()).toBe(0);
    await expectNoViolations(page, 'every open panel');
    expectNoErrors(session);
  });

  it('has no violations with a lesson’s notice after "Show this scenario", and the Chinese sources list', async () => {
    const session = await fixture.session();
    // The lesson allows drop 0–5; the first question shows drop = 10.
    // Student mode keeps the results out until the prediction is in: wait for the exercise, not the headline.
    const { page } = session;
    await page.goto(`${fixture.site.url}?v=1&m=2&r.drop=0_5&ex=ten-dollars-lower&lang=zh-Hant`, { waitUntil: 'load' });
    await page.locator('form.predict-form').waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByRole('radio', { name: '下降' }).check();
    await page.locator('#ex-ten-dollars-lower-income-month-size').fill('2');
    await page.getByRole('button', { name: '提交我的預測' }).click();
    await page.getByRole('button', { name: '顯示此情境' }).click();
    await expect.poll(() => page.locator('[data-lesson-held] li').count()).toBe(1);
    await page.locator('footer.site-footer').scrollIntoViewIfNeeded();
    await page.locator('#source-R1').waitFor({ state: 'attached', timeout: 30_000 });
    await expect.poll(() => page.locator('#source-R1 .source-description').textContent()).toContain('2025年7月');
    await expectNoViolations(page, 'the lesson notice and the Chinese sources list');
    expectNoErrors(session);
  });
});
