// Student mode in Chromium: a lesson link with ex= keeps the answer out of the page, fits one screen, then reveals it.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { model } from '../../src/app/model.ts';
import { modelAnswer } from '../../src/classroom/exercise-answer.ts';
import { expectNoViolations } from './axe.ts';
import { describeInBrowser, expectNoErrors, type Session, settle, type Site, useBrowser } from './harness.ts';

const LESSON = '?drop=10&ex=ten-dollars-lower';
const question = exercises.find((e) => e.id === 'ten-dollars-lower')!.questions.find((q) => q.id === 'income-month')!;
/** Question 1's answer as the page writes it in English ("2.24"), from the model in node, not from the page. */
const answer = modelAnswer(model, question);
const FIGURE = Math.abs(answer.value).toFixed(answer.digits);

async function openLesson(session: Session, site: Site): Promise<Page> {
  const { page } = session;
  await page.goto(`${site.url}${LESSON}`, { waitUntil: 'load' });
  await page.locator('#exercises-title').waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('form.predict-form').waitFor({ state: 'visible', timeout: 30_000 });
  await settle(page);
  return page;
}

/** Boxes (relative to the top of the page, scrolled to the top) of the parts a student needs on one screen. */
function readLayout(page: Page) {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const { top, bottom, left, right } = element.getBoundingClientRect();
      return { top, bottom, left, right };
    };
    const sliders = ['drop', 'india', 'china', 'tariff-india', 'tariff-china'].map((key) =>
      box(`input[type=range][name="${key}"]`),
    );
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      prompt: box('.predict .prompt'),
      commit: box('form.predict-form button[type=submit]'),
      sliders,
    };
  });
}

describeInBrowser('student mode', () => {
  const fixture = useBrowser();

  it('checks its figure by hand: about $10 × 7.35 mb/d × 30.4 days ≈ $2.2bn a month', () => {
    expect(Number(FIGURE)).toBeGreaterThan(2.0);
    expect(Number(FIGURE)).toBeLessThan(2.5);
  });

  it('keeps the answer out of the page, fits 1366×768, then reveals the answer and why on commit', async () => {
    const session = await fixture.session({ viewport: { width: 1366, height: 768 } });
    const page = await openLesson(session, fixture.site);
    const html = await page.content();
    expect(html).not.toContain(FIGURE);
    expect(await page.locator('#headline-text, .sticky-summary, #presets, canvas, details.downloads').count()).toBe(0);

    const layout = await readLayout(page);
    // The question, its commit button and every headline slider are in the first screen.
    for (const part of [layout.prompt, layout.commit, ...layout.sliders]) {
      expect(part).not.toBeNull();
      expect(part!.top).toBeGreaterThanOrEqual(0);
      expect(part!.bottom).toBeLessThanOrEqual(layout.viewport.height);
    }
    // Beside each other, not stacked: the sliders sit to the right of the exercise.
    expect(layout.sliders[0]!.left).toBeGreaterThan(layout.prompt!.right - 1);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    await expectNoViolations(page, 'student mode before the commit');

    await page.getByRole('radio', { name: 'Falls' }).check();
    await page.locator('#ex-ten-dollars-lower-income-month-size').fill('2');
    await page.getByRole('button', { name: 'Commit my prediction' }).click();
    const reveal = page.locator('[data-reveal]');
    await reveal.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => reveal.textContent()).toContain(`falls by ${FIGURE} $bn/month`);
    expect(await reveal.textContent()).toContain('Why');
    expect(await page.locator('[data-reveal] [data-driver]').count()).toBeGreaterThan(0);
    // The budget lens would answer question 2: the results stay out until every question is predicted.
    expect(await page.locator('#headline-text').count()).toBe(0);
    await expectNoViolations(page, 'student mode after the first commit');
    expectNoErrors(session);
  }, 120_000);

  it('fits a 360 px phone with no sideways scroll, the question first', async () => {
    const session = await fixture.session({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await openLesson(session, fixture.site);
    expect(await page.content()).not.toContain(FIGURE);
    const layout = await readLayout(page);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    expect(layout.prompt!.top).toBeGreaterThanOrEqual(0);
    expect(layout.prompt!.bottom).toBeLessThanOrEqual(layout.viewport.height);
    for (const part of [layout.prompt, layout.commit, ...layout.sliders]) {
      expect(part!.left).toBeGreaterThanOrEqual(0);
      expect(part!.right).toBeLessThanOrEqual(layout.viewport.width);
    }
    await expectNoViolations(page, 'student mode on a phone');
    expectNoErrors(session);
  }, 120_000);

  it('once every prediction is committed, shows the results on a phone without sideways scroll', async () => {
    const session = await fixture.session({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const committed = Object.fromEntries(
      exercises.find((e) => e.id === 'ten-dollars-lower')!.questions.map((q) => [q.id, { direction: 'up', size: 1 }]),
    );
    await session.page.addInitScript(
      (stored) => localStorage.setItem('crude-leverage.answers.v1', stored),
      JSON.stringify({ version: 1, answers: { 'ten-dollars-lower': committed } }),
    );
    const { page } = session;
    await page.goto(`${fixture.site.url}${LESSON}&mode=basic`, { waitUntil: 'load' });
    await page.locator('#headline-text').waitFor({ state: 'visible', timeout: 30_000 });
    await page.locator('.answer-summary').waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page.content()).toContain(FIGURE);
    expect(await page.locator('#presets [data-preset]').count()).toBeGreaterThan(0);
    const layout = await readLayout(page);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
    await expectNoViolations(page, 'student mode after every commit, on a phone');
    expectNoErrors(session);
  }, 120_000);
});
