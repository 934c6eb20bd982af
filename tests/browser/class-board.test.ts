// The class board and the answers store in Chromium: a form's CSV in one paste, names hidden, two tabs' answers merged, axe.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { encodeAnswers } from '../../src/classroom/answers-link.ts';
import { ANSWERS_STORAGE_KEY } from '../../src/classroom/answers-store.ts';
import { expectNoViolations } from './axe.ts';
import { model } from './expectations.ts';
import { describeInBrowser, expectNoErrors, expectOnlyOwnOrigin, useBrowser } from './harness.ts';

const EXERCISE = 'ten-dollars-lower';
const answersCode = (size: number) =>
  encodeAnswers({ [EXERCISE]: { 'income-month': { direction: 'down', size } } }, model.declaration.version);

/** Opens an exercise in the "Predict, then reveal" panel and waits for its first question. */
async function openExercise(page: Page): Promise<void> {
  await page.locator(`#exercises [data-exercise="${EXERCISE}"]`).click();
  await page.locator('#exercises [data-progress]').waitFor({ state: 'visible' });
}

/** Commits "falls by `size`" for the question on screen. */
async function commitFalls(page: Page, size: string): Promise<void> {
  const panel = page.locator('#exercises');
  await panel.getByRole('radio', { name: 'Falls' }).check();
  await panel.getByRole('spinbutton').fill(size);
  await panel.getByRole('button', { name: 'Commit my prediction' }).click();
  await panel.locator('[data-reveal]').waitFor({ state: 'attached' });
}

/** Opens the page and scrolls to its classroom tools, which render once they come near the screen. */
async function openClassroom(page: Page, url: string): Promise<Page> {
  await page.goto(url, { waitUntil: 'load' });
  await page.locator('#headline-text').waitFor({ state: 'visible' });
  await page.locator('#classroom').scrollIntoViewIfNeeded();
  await page.locator('#class-board').waitFor({ state: 'attached' });
  await page.locator('#exercises').waitFor({ state: 'attached' });
  return page;
}

const progress = (page: Page) => page.locator('#exercises [data-progress]').textContent();

describeInBrowser('class board', () => {
  const fixture = useBrowser();

  it('reads a form’s CSV of five students, leaves out the one from another site by name, and hides names on request', async () => {
    const session = await fixture.session();
    const page = await openClassroom(session.page, fixture.site.url);
    const own = (query: string) => `${fixture.site.url}?${query}`;
    const withAnswer = (size: number, drop: number) =>
      own(`v=1&m=${model.declaration.version}&drop=${drop}&p=${answersCode(size)}`);
    const csv = [
      'Timestamp,Full name,Email address,Link to your answers',
      `3/1/2026 9:00,"Wong, Bea",b@school.example,${withAnswer(2, 10)}`,
      `3/1/2026 9:01,Chan Tai Man,c@school.example,"${withAnswer(1, 5)}"`,
      `3/1/2026 9:02,Dee Foreign,d@school.example,https://copycat.example/sim/?drop=5&p=${answersCode(9)}`,
      `3/1/2026 9:03,"Eve ""E"" Ng",e@school.example,${answersCode(3)}`,
      `3/1/2026 9:04,Fay Lo,f@school.example,${withAnswer(0.5, 0)}`,
    ].join('\n');
    const board = page.locator('#class-board');
    await board.locator('summary').click();
    await expect.poll(() => board.textContent()).toContain('Nothing is stored on a server');
    await board.locator('textarea').fill(csv);
    await board.getByRole('button', { name: 'Show the class' }).click();

    const names = async () =>
      (
        await board.getByRole('region', { name: 'The class, student by student' }).locator('tbody th').allTextContents()
      ).map((name) => name.trim());
    await expect.poll(names).toEqual(['Wong, Bea', 'Chan Tai Man', 'Eve "E" Ng', 'Fay Lo']);
    const problems = board.locator('.problems li');
    await expect.poll(() => problems.count()).toBe(1);
    const problem = (await problems.first().textContent())!.replace(/\s+/g, ' ');
    expect(problem).toContain('Line 4 (Dee Foreign)');
    expect(problem).toContain('another site or page (https://copycat.example/sim)');

    // Four markers: the predictions chart's table has a row per student who predicted, and its summary counts them.
    const predictions = page.locator('#class-board-predictions-summary');
    await expect.poll(() => predictions.textContent()).toMatch(/^Predictions: 4\./);
    await page
      .locator('#class-board-predictions-title')
      .locator('xpath=ancestor::figure')
      .locator('.table-toggle')
      .click();
    const chartRows = page.locator('#class-board-predictions-table tbody tr');
    await expect.poll(() => chartRows.count()).toBe(4);

    await board.getByRole('checkbox', { name: 'Hide names (Student 1, 2, …) for the projector' }).check();
    await expect.poll(names).toEqual(['Student 1', 'Student 2', 'Student 4', 'Student 5']);
    const shown = (await board.textContent())!;
    for (const name of ['Wong', 'Chan Tai', 'Dee Foreign', 'Eve "E"', 'Fay Lo', 'school.example'])
      expect(shown).not.toContain(name);
    expect(await page.locator('#class-board-predictions-table tbody th').allTextContents()).toEqual([
      'Student 1',
      'Student 2',
      'Student 4',
      'Student 5',
    ]);

    await expectNoViolations(page, 'the class board with a pasted class');
    expectOnlyOwnOrigin(session, fixture.site);
    expectNoErrors(session);
  });

  it('merges the answers two tabs commit, shows each tab the other’s, and clears them after one confirmation', async () => {
    const session = await fixture.session();
    const left = await openClassroom(session.page, fixture.site.url);
    const right = await session.context.newPage();
    right.on('pageerror', (error) => session.errors.push(`page error (second tab): ${error.message}`));
    await openClassroom(right, fixture.site.url);
    await openExercise(left);
    await openExercise(right);

    await commitFalls(left, '2');
    // The second tab opened on question 1 before the first tab answered it: it answers question 2.
    await right.locator('#exercises').getByRole('button', { name: 'Next question' }).click();
    await commitFalls(right, '1.5');

    const stored = () => left.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), ANSWERS_STORAGE_KEY);
    await expect.poll(stored).toEqual({
      version: 1,
      answers: {
        [EXERCISE]: { 'income-month': { direction: 'down', size: 2 }, 'budget-year': { direction: 'down', size: 1.5 } },
      },
    });
    // Each tab learnt of the other's answer from the browser's storage event, without a reload.
    await expect.poll(() => progress(left)).toBe('2 of 4 answered');
    await expect.poll(() => progress(right)).toBe('2 of 4 answered');

    await right.locator('#exercises').getByRole('button', { name: 'Clear my answers' }).click();
    await expectNoViolations(right, 'the exercise panel asking to clear the answers');
    await right.getByRole('button', { name: 'Yes, clear them' }).click();
    await expect.poll(stored).toEqual({});
    await expect.poll(() => progress(left)).toBe('0 of 4 answered');
    await expect.poll(() => progress(right)).toBe('0 of 4 answered');
    expectNoErrors(session);
  });
});
