// Keyboard use: the tab order starts with the skip link, then the language buttons, then (after the preset
// buttons, when the page has them) the first slider; every stop shows a focus ring; the skip link lands on the results.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, expectNoErrors, openApp, useBrowser } from './harness.ts';

interface Focused {
  tag: string;
  text: string;
  name: string | null;
  type: string | null;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: string;
  onScreen: boolean;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) throw new Error('nothing focused');
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: element.textContent?.trim() ?? '',
      name: element.getAttribute('name'),
      type: element.getAttribute('type'),
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      onScreen: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth,
    };
  });
}

/** The element has a visible focus ring: it matches :focus-visible and draws a real outline. */
function expectFocusRing(element: Focused): void {
  expect(element.focusVisible, `${element.tag} ${element.text} matches :focus-visible`).toBe(true);
  expect(element.outlineStyle).not.toBe('none');
  expect(Number.parseFloat(element.outlineWidth)).toBeGreaterThan(0);
  expect(element.onScreen, `${element.tag} ${element.text} is on screen when focused`).toBe(true);
}

describeInBrowser('keyboard', () => {
  const fixture = useBrowser();

  it('tabs from the top to the skip link, the language buttons, any presets, the starting month, then the first slider, each with a focus ring', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);

    await page.keyboard.press('Tab');
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: 'a', text: 'Skip to results' });
    expectFocusRing(skip);

    await page.keyboard.press('Tab');
    const english = await focused(page);
    expect(english).toMatchObject({ tag: 'button', text: 'English' });
    expectFocusRing(english);

    await page.keyboard.press('Tab');
    const chinese = await focused(page);
    expect(chinese).toMatchObject({ tag: 'button', text: '繁體中文' });
    expectFocusRing(chinese);

    // The preset buttons (and the article note's disclosure) sit above the sliders; each one is a stop with a
    // ring, and nothing else comes between.
    const presets = await page.locator('#presets button, #presets summary').count();
    for (let index = 0; index < presets; index++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#presets')))).toBe(true);
      expectFocusRing(await focused(page));
    }

    // Then the starting month, which the sliders' values apply on top of, and then the first slider.
    await page.keyboard.press('Tab');
    const month = await focused(page);
    expect(month).toMatchObject({ tag: 'select' });
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#from-controls')))).toBe(true);
    expectFocusRing(month);

    await page.keyboard.press('Tab');
    const slider = await focused(page);
    expect(slider).toMatchObject({ tag: 'input', type: 'range', name: 'drop' });
    expectFocusRing(slider);
    expectNoErrors(session);
  });

  it('follows the skip link to the results', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
    // The next Tab continues inside the results, not back at the top.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#results')))).toBe(true);
    expectNoErrors(session);
  });

  it('shows a focus ring on every stop of the first 30 in the tab order', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const seen = new Set<string>();
    // Walk the first stretch of the tab order and check every stop.
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      const element = await focused(page);
      expectFocusRing(element);
      seen.add(element.tag);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['a', 'button', 'input']));
    expectNoErrors(session);
  });
});
