// Opening a shared link restores the exact scenario, and a link full of bad values still gives a valid page.
import { expect, it } from 'vitest';
import { expectedHeadline, model, scenarioFrom } from './expectations.ts';
import {
  addressParam,
  addressSearch,
  describeInBrowser,
  expectNoErrors,
  expectOnlyOwnOrigin,
  headline,
  openApp,
  rangeValues,
  useBrowser,
  waitForAddress,
} from './harness.ts';

describeInBrowser('shared links', () => {
  const fixture = useBrowser();

  it('restores a scenario and language from a link, and the updated address reproduces it bit for bit', async () => {
    const first = await fixture.session();
    const page = await openApp(first, fixture.site, '?v=1&m=2&drop=10&india=0.5&tariff-china=100&lang=zh-Hant');
    const values = await rangeValues(page);
    expect(Object.keys(values).sort()).toEqual(model.declaration.parameters.map((p) => p.key).sort());
    expect(values.drop).toBe('10');
    expect(values.india).toBe('0.5');
    expect(values['tariff-china']).toBe('100');
    for (const parameter of model.declaration.parameters) {
      if (!['drop', 'india', 'tariff-china'].includes(parameter.key))
        expect(Number(values[parameter.key]), parameter.key).toBe(parameter.default);
    }
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(await headline(page)).toBe(expectedHeadline(scenarioFrom(values), 'zh-Hant'));
    // No notice for a clean link.
    await expect.poll(() => page.locator('.notice[role=status]').count()).toBe(0);

    await page.locator('input[type=range][name=china]').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await waitForAddress(page);
    await expect.poll(() => addressParam(page, 'china')).toBe('1.98');
    const search = await addressSearch(page);
    expect(new URLSearchParams(search).get('lang')).toBe('zh-Hant');
    const moved = await rangeValues(page);
    expect(moved.china).toBe('1.98');

    const second = await fixture.session();
    const reopened = await openApp(second, fixture.site, search);
    expect(await rangeValues(reopened)).toStrictEqual(moved);
    expect(await reopened.locator('html').getAttribute('lang')).toMatch(/^zh/);
    expect(await headline(reopened)).toBe(await headline(page));
    // A page opened from a clean link rewrites nothing.
    await waitForAddress(reopened);
    expect(await addressSearch(reopened)).toBe(search);
    expectNoErrors(first);
    expectNoErrors(second);
    expectOnlyOwnOrigin(second, fixture.site);
  });

  it('shows a dismissible notice for a link full of bad values and still computes a valid page', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?drop=abc&india=99&brent=-5&zzz=1&__proto__=1&tariff-india=7');
    const notice = page.getByRole('status').filter({ hasText: 'adjusted' });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    // drop (not a number), india (above max), brent (below min), tariff-india (off the 5-point step).
    expect(text).toContain('4 settings in this link were adjusted');
    expect(text).toContain('2 unknown settings were ignored');
    expect(text).toContain('zzz');
    expect(text).toContain('__proto__');

    const values = await rangeValues(page);
    expect(values.drop).toBe('0');
    expect(values.india).toBe('2.5');
    expect(values.brent).toBe('40');
    expect(values['tariff-india']).toBe('5');
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/NaN|undefined|Infinity/);
    expect(await headline(page)).toBe(expectedHeadline(scenarioFrom(values)));
    expect(await headline(page)).toMatch(/\$\d+\.\dbn/);
    // Nothing leaked into the prototype of plain objects.
    expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);

    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(await headline(page)).toBe(expectedHeadline(scenarioFrom(values)));
    // The address is cleaned to the values actually used.
    await expect.poll(() => addressParam(page, 'tariff-india')).toBe('5');
    const cleaned = new URLSearchParams(await addressSearch(page));
    expect(cleaned.has('zzz')).toBe(false);
    expect(cleaned.has('__proto__')).toBe(false);
    expect(cleaned.get('india')).toBe('2.5');
    expect(cleaned.get('tariff-india')).toBe('5');
    expectNoErrors(session);
  });

  it('names a language it does not have and a link from a newer page, and drops ignored keys from the address', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?v=9&m=7&drop=10&lang=fr&zzz=1');
    const notice = page.getByRole('status').filter({ hasText: 'newer version' });
    await expect.poll(() => notice.count()).toBe(1);
    const text = await notice.innerText();
    expect(text).toContain('This page has no language “fr”; it is shown in English.');
    expect(text).toContain('1 unknown setting was ignored: zzz.');
    expect(text).toContain('newer version of this page (link format 9)');
    // The address was rewritten as the page opened: what it reads now, in its own format.
    const cleaned = new URLSearchParams(await addressSearch(page));
    expect([...cleaned.keys()]).toEqual(['v', 'm', 'drop']);
    expect(cleaned.get('drop')).toBe('10');
    expectNoErrors(session);
  });
});
