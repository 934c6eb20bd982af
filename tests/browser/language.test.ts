// The language switch: Traditional Chinese and back, with the page's lang attribute and the address following.
import { expect, it } from 'vitest';
import { expectedHeadline, model } from './expectations.ts';
import { addressParam, describeInBrowser, expectNoErrors, headline, openApp, useBrowser } from './harness.ts';

describeInBrowser('language switch', () => {
  const fixture = useBrowser();

  it('switches to 繁體中文 and back to English', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const english = page.getByRole('button', { name: 'English' });
    const chinese = page.getByRole('button', { name: '繁體中文' });
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    expect(await chinese.getAttribute('aria-pressed')).toBe('false');

    await chinese.click();
    await expect.poll(() => headline(page)).toBe(expectedHeadline(model.defaults, 'zh-Hant'));
    expect(await headline(page)).toMatch(/俄羅斯.*億美元/);
    // Amounts are in 億 everywhere on the Chinese page: no 十億 in any axis, table, caption or label.
    expect(await page.locator('body').innerText()).not.toContain('十億');
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(await chinese.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '全部重設' }).count()).toBe(1);
    await expect.poll(() => addressParam(page, 'lang')).toBe('zh-Hant');

    await english.click();
    await expect.poll(() => headline(page)).toBe(expectedHeadline(model.defaults, 'en'));
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^en/);
    expect(await english.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => addressParam(page, 'lang')).toBeNull();
    expectNoErrors(session);
  });

  it('keeps the scenario when the language changes', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?drop=12&tariff-india=60');
    await page.getByRole('button', { name: '繁體中文' }).click();
    const scenario = { ...model.defaults, drop: 12, 'tariff-india': 60 };
    await expect.poll(() => headline(page)).toBe(expectedHeadline(scenario, 'zh-Hant'));
    await expect.poll(() => addressParam(page, 'lang')).toBe('zh-Hant');
    expect(await addressParam(page, 'drop')).toBe('12');
    expect(await addressParam(page, 'tariff-india')).toBe('60');
    expectNoErrors(session);
  });
});
