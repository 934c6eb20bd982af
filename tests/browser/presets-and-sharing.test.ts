// Presets, "Copy link" and pinning: a preset is one click that Back undoes, the copied link reproduces the
// scenario, and a pinned scenario A travels in the link.
import { expect, it } from 'vitest';
import { expectNoViolations } from './axe.ts';
import { expectedHeadline, model, scenarioFrom } from './expectations.ts';
import {
  addressParam,
  addressSearch,
  describeInBrowser,
  expectNoErrors,
  headline,
  openApp,
  rangeValues,
  useBrowser,
} from './harness.ts';

describeInBrowser('presets and sharing', () => {
  const fixture = useBrowser();

  it('sets the drop to 10 with the "ten-lower" preset, and Back undoes it', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?tariff-china=50');
    const before = await rangeValues(page);
    const headlineBefore = await headline(page);
    const preset = page.locator('#presets button[data-preset="ten-lower"]');
    await preset.click({ timeout: 5_000 });

    await expect.poll(async () => (await rangeValues(page)).drop).toBe('10');
    const applied = scenarioFrom(await rangeValues(page));
    // A preset starts from mid-2025: everything else goes back to its default.
    expect(applied).toEqual({ ...model.defaults, drop: 10 });
    expect(await headline(page)).not.toBe(headlineBefore);
    expect(await headline(page)).toBe(expectedHeadline(applied));
    expect(await preset.getAttribute('aria-pressed')).toBe('true');
    expect(await addressParam(page, 'drop')).toBe('10');

    await page.evaluate(() => history.back());
    await expect.poll(() => rangeValues(page)).toStrictEqual(before);
    expect(await headline(page)).toBe(headlineBefore);
    expect(await preset.getAttribute('aria-pressed')).toBe('false');
    expectNoErrors(session);
  });

  it('copies a link to the current scenario that reopens it exactly', async () => {
    const session = await fixture.session({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await openApp(session, fixture.site, '?drop=5&lang=zh-Hant');
    await page.locator('input[type=range][name=india]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => addressParam(page, 'india')).toBe('1.59');
    await page.locator('#copy-link').click({ timeout: 5_000 });
    await expect.poll(() => page.locator('#copy-status').innerText()).toMatch(/copied|已複製/i);
    expect(await page.locator('#copy-status').getAttribute('role')).toBe('status');

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.evaluate(() => window.location.href));
    const copiedUrl = new URL(copied);
    expect(copiedUrl.origin).toBe(fixture.site.origin);
    expect(copiedUrl.searchParams.get('india')).toBe('1.59');

    const other = await fixture.session();
    const reopened = await openApp(other, fixture.site, copiedUrl.search);
    expect(await rangeValues(reopened)).toStrictEqual(await rangeValues(page));
    expect(await reopened.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expectNoErrors(session);
    expectNoErrors(other);
  });

  it('pins the scenario as A: the link carries it, reopening restores it, and Back unpins', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?drop=10');
    await expect.poll(() => addressSearch(page)).toBe('?v=1&m=2&drop=10');
    const beforePin = await addressSearch(page);
    await page.locator('#pin-scenario').click({ timeout: 5_000 });
    await expect.poll(() => page.locator('#unpin-scenario').count()).toBe(1);
    expect(await addressParam(page, 'a')).toBe('1');
    expect(await addressParam(page, 'a.drop')).toBe('10');

    // Move away from A: the comparison shows both, and the link keeps A while the scenario changes.
    await page.locator('input[type=range][name=tariff-india]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => addressParam(page, 'tariff-india')).toBe('500');
    expect(await addressParam(page, 'a.drop')).toBe('10');
    await expect.poll(() => page.locator('#comparison-table').count()).toBe(1);
    expect(await page.locator('#comparison-table').innerText()).toContain('Pinned scenario A');
    await expectNoViolations(page, 'the pinned comparison');

    const other = await fixture.session();
    const reopened = await openApp(other, fixture.site, await addressSearch(page));
    expect(await rangeValues(reopened)).toStrictEqual(await rangeValues(page));
    expect(await reopened.locator('#unpin-scenario').count()).toBe(1);
    expect(await reopened.locator('#comparison-table').innerText()).toBe(
      await page.locator('#comparison-table').innerText(),
    );

    await page.evaluate(() => history.back());
    await expect.poll(() => page.locator('#pin-scenario').count()).toBe(1);
    expect(await addressSearch(page)).toBe(beforePin);
    expect(await page.locator('#comparison-table').count()).toBe(0);
    expectNoErrors(session);
    expectNoErrors(other);
  });
});
