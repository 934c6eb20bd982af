// The embedded view (embed=1) in a real browser: compact, only the sliders the link names, a link back, no violations.
import { expect, it } from 'vitest';
import { expectNoViolations } from './axe.ts';
import { describeInBrowser, expectNoErrors, expectOnlyOwnOrigin, headline, openApp, useBrowser } from './harness.ts';

describeInBrowser('embedded view', () => {
  const fixture = useBrowser();

  it('shows the headline, one chart and the named sliders, and links back to the full simulator', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, '?v=1&m=2&drop=10&embed=1&chart=drop-sweep');
    expect(await headline(page)).toMatch(/less than in mid-2025/);
    expect(await page.locator('canvas').count()).toBe(1);
    expect(
      await page.locator('input[type=range]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name)),
    ).toEqual(['drop']);
    const before = await headline(page);
    await page.locator('input[name=drop]').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => headline(page)).not.toBe(before);
    // The embed leaves the address alone, so reloading the iframe shows the same view.
    expect(new URL(page.url()).searchParams.get('embed')).toBe('1');
    const back = page.getByRole('link', { name: /full simulator/i });
    expect(new URL((await back.getAttribute('href'))!).searchParams.get('embed')).toBeNull();
    expect(await page.locator('#presets').count()).toBe(0);
    await expectNoViolations(page, 'the embedded view');
    expectNoErrors(session);
    expectOnlyOwnOrigin(session, fixture.site);
  });
});
