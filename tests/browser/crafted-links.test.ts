// Crafted links from issue 10 in a real browser: each opens the page (or the embed) with a message, never the fatal page.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { type Remix, encodeRemix } from '../../src/remix/remix-format.ts';
import {
  ELEVEN_ADDED,
  INTERIOR_DIVISION,
  JOINT_DIVISION,
  LONG_VALID,
  TINY_STEP,
  TINY_STEP_ACCEPTED,
  prototypeNamed,
} from '../remix/crafted-remixes.ts';
import { type Session, describeInBrowser, expectNoErrors, headline, openApp, useBrowser } from './harness.ts';

const withEdit = (remix: Remix, rest = '') => `?v=1&m=1&x=${encodeRemix(remix)}${rest}`;

async function expectNoFatalPage(page: Page): Promise<void> {
  expect(await page.locator('.fatal-error').count()).toBe(0);
  expect(await headline(page)).toMatch(/a month/);
}

describeInBrowser('crafted links', () => {
  const fixture = useBrowser();

  /** Opens a link whose edit must be refused: the standard model runs and the notice gives the reason. */
  async function expectRefused(session: Session, remix: Remix, rest: string, reason: string): Promise<void> {
    const page = await openApp(session, fixture.site, withEdit(remix, rest));
    await expectNoFatalPage(page);
    expect(await page.locator('body').textContent()).toContain(reason);
  }

  it('opens an added parameter named "constructor", with its lesson range, and every part of the page', async () => {
    const session = await fixture.session();
    const page = await openApp(
      session,
      fixture.site,
      withEdit(prototypeNamed('constructor', 'constructor'), '&constructor=7&r.constructor=2_8'),
    );
    await expectNoFatalPage(page);
    const slider = page.locator('input[type=range][name=constructor]');
    expect(await slider.inputValue()).toBe('7');
    expect(await slider.getAttribute('max')).toBe('8');
    // Urals 70 − 12 − 7 = 51 instead of 58: $7 less on every Urals barrel, so less income than mid-2025.
    expect(await headline(page)).toContain('less than in mid-2025');
    expect(await page.locator('#lesson-builder').textContent()).toContain('constructor');
    expectNoErrors(session);
  });

  it('refuses a step of the smallest double with the reason, and opens a fine but accepted one', async () => {
    const session = await fixture.session();
    await expectRefused(session, TINY_STEP, '&tiny=5', 'step 5e-324 gives more than 1,000,000 steps');
    const page = await openApp(session, fixture.site, withEdit(TINY_STEP_ACCEPTED, '&tiny=3e-25'));
    await expectNoFatalPage(page);
    expect(await page.locator('input[type=range][name=tiny]').count()).toBe(1);
    expectNoErrors(session);
  });

  it("refuses an edit that divides by zero inside a range, and flags one that does so only at the link's values", async () => {
    const session = await fixture.session();
    await expectRefused(session, INTERIOR_DIVISION, '&drop=10', 'is not a finite number with drop = 10');
    const page = await openApp(session, fixture.site, withEdit(JOINT_DIVISION, '&drop=5&rub=90'));
    expect(await page.locator('.fatal-error').count()).toBe(0);
    expect(await page.locator('.not-finite').textContent()).toContain('no finite number for “urals”');
    expect(await page.locator('#waterfall-summary').textContent()).toContain('cannot be split into parts');
    expectNoErrors(session);
  });

  it('shows the embedded waterfall of such an edit with the flag instead of the fatal page', async () => {
    const session = await fixture.session();
    const page = await openApp(
      session,
      fixture.site,
      withEdit(JOINT_DIVISION, '&drop=5&rub=90&embed=1&chart=waterfall'),
    );
    expect(await page.locator('.fatal-error').count()).toBe(0);
    expect(await page.locator('.not-finite').textContent()).toContain('no finite number for “urals”');
    // The waterfall's builder loads with its chart (chart-registry.ts), so its title may come a moment later.
    await page.locator('#waterfall-title').waitFor({ timeout: 10_000 });
    expect(await page.locator('#waterfall-title').count()).toBe(1);
    expectNoErrors(session);
  });

  it('keeps the lesson builder when a valid edit makes the link too long for a QR code, and says why', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, withEdit(LONG_VALID));
    await expectNoFatalPage(page);
    const builder = page.locator('#lesson-builder');
    expect(await builder.locator('.qr-code').count()).toBe(0);
    expect(await builder.textContent()).toMatch(/No QR code: this link is \d+ characters long/);
    expectNoErrors(session);
  });

  it('stops the Remix panel at the 10 added parameters a link carries', async () => {
    const session = await fixture.session();
    const ten = { ...ELEVEN_ADDED, added: ELEVEN_ADDED.added.slice(0, 10) };
    const page = await openApp(session, fixture.site, withEdit(ten));
    await expectNoFatalPage(page);
    expect(await page.locator('#remix button', { hasText: 'Add parameter' }).isDisabled()).toBe(true);
    expect(await page.locator('#remix').textContent()).toContain('A link carries at most 10 added parameters');
    await expectRefused(session, ELEVEN_ADDED, '', 'more than 10 added parameters');
    expectNoErrors(session);
  });

  it('reads a class board with one student link carrying a tiny step among good ones', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site);
    const origin = `${fixture.site.url}`;
    const lines = [
      `Ann: ${origin}?v=1&m=1&drop=10`,
      `Bob: ${origin}${withEdit(TINY_STEP_ACCEPTED, '&tiny=3e-25')}`,
      `Cy: ${origin}${withEdit(TINY_STEP, '&tiny=5')}`,
    ];
    await page.locator('#class-board summary').click();
    await page.locator('#class-board textarea').fill(lines.join('\n'));
    await page.locator('#class-board button', { hasText: 'Show the class' }).click();
    const names = await page.locator('#class-board table tbody th').allTextContents();
    expect(names.map((name) => name.trim())).toEqual(['Ann', 'Bob (edited model)', 'Cy']);
    await expectNoFatalPage(page);
    expectNoErrors(session);
  });
});
