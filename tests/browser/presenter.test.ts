// The presenter view (present=1) and the printouts in a real browser: the teacher's reveal, and both printouts on A4 and Letter.
import { expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { modelText } from '../../src/app/classroom/answer-text.ts';
import { model } from '../../src/app/model.ts';
import { answersLink } from '../../src/classroom/answers-link.ts';
import { modelAnswer } from '../../src/classroom/exercise-answer.ts';
import '../../src/i18n/register-classroom-messages.ts';
import { ensureLanguage, translator } from '../../src/i18n/translate.ts';
import type { Language } from '../../src/link/view-params.ts';
import { expectNoViolations } from './axe.ts';
import { describeInBrowser, expectNoErrors, expectOnlyOwnOrigin, openApp, useBrowser } from './harness.ts';

// The page loads Chinese (and its classroom part) on demand; the expectations need them at once.
await ensureLanguage('zh-Hant');

const exercise = exercises.find((e) => e.id === 'ten-dollars-lower')!;
const [first, second] = exercise.questions;
const LESSON = 'v=1&m=2&ex=ten-dollars-lower';
/** The model's answer as the page words it: what must stay out of the page until the teacher reveals it. */
const answerOf = (question: typeof first, lang: Language = 'en') =>
  modelText({ model, question: question!, lang, t: translator(lang) }, modelAnswer(model, question!));

/** Pages of a PDF: Chromium writes one `/Type /Page` object per page (and one `/Type /Pages` tree). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describeInBrowser('presenter view', () => {
  const fixture = useBrowser();

  it('shows the question in large type and the answer only after the teacher reveals it, step by step', async () => {
    const session = await fixture.session();
    const { page } = session;
    // Three students answered question 1 (falls by 1, 2 and 4 → middle 2), one answered question 2 as well.
    const lesson = `${fixture.site.url}?${LESSON}`;
    const links = [1, 2, 4].map((size, index) =>
      answersLink(lesson, {
        'ten-dollars-lower': {
          'income-month': { direction: 'down', size },
          ...(index === 0 ? { 'budget-year': { direction: 'down', size: 1 } } : {}),
        },
      }),
    );
    await page.goto(`${lesson}&present=1`, { waitUntil: 'load' });
    const question = page.locator('h1.presenter-question');
    await question.waitFor({ state: 'visible' });
    expect(await question.innerText()).toBe(first!.prompt.en);
    const fontPx = await question.evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize));
    expect(fontPx).toBeGreaterThanOrEqual(32);
    const answer = answerOf(first);
    const html = () => page.evaluate(() => document.documentElement.outerHTML);
    expect(await html()).not.toContain(answer);
    expect(await html()).not.toContain(first!.why.text.en);
    // Nothing of the page itself: no headline, no charts, no presets.
    expect(await page.locator('#headline-text, canvas, #presets').count()).toBe(0);
    await expectNoViolations(page, 'the presenter view, question shown');

    // The teacher collects the answers; the projector shows values, never names.
    await page.locator('details.presenter-collect > summary').click();
    await page
      .getByRole('textbox', { name: 'Answer links or codes' })
      .fill(links.map((l, i) => `Student${i}: ${l}`).join('\n'));
    await page.getByRole('button', { name: 'Read the predictions' }).click();
    await expect
      .poll(() => page.getByRole('status').innerText())
      .toBe('Read from 3 students; 0 lines could not be read.');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    await page.keyboard.press('Space');
    const reveal = page.locator('.presenter-reveal');
    await expect.poll(() => reveal.innerText()).toContain('3 predictions');
    expect(await reveal.innerText()).toContain('Middle prediction: falls by 2.00 $bn/month');
    expect(await html()).not.toContain(answer);
    expect(await html()).not.toMatch(/Student\d/);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => reveal.innerText()).toContain(answer);
    expect(await reveal.innerText()).toContain(first!.why.text.en);
    await expectNoViolations(page, 'the presenter view, answer revealed');

    // Back hides the answer again; on to question 2, whose answer is not in the page either.
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => html()).not.toContain(answer);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => question.innerText()).toBe(second!.prompt.en);
    expect(await html()).not.toContain(answerOf(second));
    // The Next button does the same as the key.
    await page.getByRole('button', { name: 'Show the class’s predictions' }).click();
    await expect.poll(() => reveal.innerText()).toContain('1 predictions');
    await page.getByRole('button', { name: 'Reveal the model’s answer' }).click();
    await expect.poll(() => reveal.innerText()).toContain(answerOf(second));
    // The address keeps present=1, so a reload shows the presenter view again.
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expectNoErrors(session);
    expectOnlyOwnOrigin(session, fixture.site);
  });

  it('opens the full page for a nonsense present value, and says the key was ignored', async () => {
    const session = await fixture.session();
    const page = await openApp(session, fixture.site, 'v=1&m=2&drop=10&present=maybe', { loadAll: false });
    expect(await page.locator('.presenter').count()).toBe(0);
    await expect.poll(() => page.locator('.notice').innerText()).toContain('1 unknown setting was ignored: present');
    expectNoErrors(session);
  });
});

/** Printout limits: a worksheet a student can finish in the 20-minute plan, and a key the teacher reads at a glance. */
const MAX_PAGES = { worksheet: 2, 'answer-key': 2 } as const;

describeInBrowser('printouts', () => {
  const fixture = useBrowser();

  for (const lang of ['en', 'zh-Hant'] as const) {
    it(`prints the worksheet and the answer key on A4 and Letter within ${MAX_PAGES.worksheet} and ${MAX_PAGES['answer-key']} pages (${lang})`, async () => {
      const session = await fixture.session();
      const page = await openApp(session, fixture.site, `v=1&m=2&drop=10${lang === 'en' ? '' : '&lang=zh-Hant'}`);
      // The key is not in the page until the teacher prints it.
      expect(await page.locator('.answer-key').count()).toBe(0);
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.locator('#lesson-builder > summary').click();
      const t = translator(lang);
      const counts: Record<string, number[]> = {};
      for (const [kind, button] of [
        ['worksheet', t('lesson.printWorksheet')],
        ['answer-key', t('lesson.printKey')],
      ] as const) {
        await page.locator('#lesson-builder').getByRole('button', { name: button, exact: true }).click();
        await expect
          .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
          .toBeGreaterThan(0);
        const printed = page.locator(
          kind === 'worksheet' ? '.print-only .worksheet:not(.answer-key)' : '.print-only .answer-key',
        );
        await printed.waitFor({ state: 'attached' });
        const text = await printed.textContent();
        // The worksheet asks; the key answers.
        expect(text!.includes(answerOf(first, lang)), kind).toBe(kind === 'answer-key');
        counts[kind] = [];
        for (const format of ['A4', 'Letter'] as const) {
          const pdf = await page.pdf({ format, printBackground: false });
          const pages = pageCount(pdf);
          counts[kind].push(pages);
          expect(pages, `${kind} on ${format}`).toBeGreaterThanOrEqual(1);
          expect(pages, `${kind} on ${format}`).toBeLessThanOrEqual(MAX_PAGES[kind]);
        }
        await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
        await expect.poll(() => page.locator('.print-only .answer-key').count()).toBe(0);
        await page.evaluate(() => ((window as unknown as { printed: number }).printed = 0));
      }
      console.info(`printout pages (${lang}, A4/Letter): ${JSON.stringify(counts)}`);
      expectNoErrors(session);
    });
  }
});
