// Tests student mode (a lesson link with ex=): before every prediction is committed, no result that gives an answer away is in the page.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { amount } from '../../src/app/classroom/answer-text.ts';
import { model } from '../../src/app/model.ts';
import Root from '../../src/app/Root.svelte';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import { openLesson } from '../setup/open-lesson.ts';
import { modelAnswer } from '../../src/classroom/exercise-answer.ts';
import { formatNumber, formatUsdBn, toShown } from '../../src/i18n/format.ts';
import { ensureLanguage, translator } from '../../src/i18n/translate.ts';
import type { Language } from '../../src/link/view-params.ts';

const exercise = exercises.find((e) => e.id === 'ten-dollars-lower')!;
const incomeMonth = exercise.questions.find((q) => q.id === 'income-month')!;
const STORE_KEY = 'crude-leverage.answers.v1';

/** The figures that give question 1 away, written as the page writes them in `lang`. */
function answerFigures(lang: Language): string[] {
  const answer = modelAnswer(model, incomeMonth);
  const change = model.evaluate({ ...model.defaults, drop: 10 }).totalMonth! - model.baseline.totalMonth!;
  const unit = model.declaration.units.find((u) => u.id === incomeMonth.answerUnit);
  const context = { model, question: incomeMonth, lang, t: translator(lang) };
  return [
    amount(context, Math.abs(answer.value), answer.digits), // the reveal: "2.24 $bn/month" / "22.4億美元／月"
    formatNumber(toShown(Math.abs(answer.value), unit, lang), lang, lang === 'en' ? 2 : 1), // the bare number
    formatUsdBn(change, lang, 2, true), // the headline's change: "−$2.24bn"
    formatUsdBn(model.evaluate({ ...model.defaults, drop: 10 }).totalMonth!, lang), // the headline's total
  ];
}

const pageText = () => `${document.body.innerHTML}\n${document.body.textContent}`;

function storeAnswers(questionIds: readonly string[]) {
  const answers = Object.fromEntries(questionIds.map((id) => [id, { direction: 'up', size: 1 }]));
  localStorage.setItem(STORE_KEY, JSON.stringify({ version: 1, answers: { [exercise.id]: answers } }));
}

afterEach(() => localStorage.clear());

describe('student mode before the predictions are committed', () => {
  it('checks its own figure: $10 on ~7.35 mb/d for 30.4 days is about $2.2bn a month', () => {
    // The why text's hand computation: 7.35 × 10 × 30.4 / 1000 = 2.23 ($bn); the world-price response shifts it a little.
    expect(Math.abs(modelAnswer(model, incomeMonth).value)).toBeGreaterThan(2.0);
    expect(Math.abs(modelAnswer(model, incomeMonth).value)).toBeLessThan(2.5);
  });

  for (const lang of ['en', 'zh-Hant'] as const) {
    it(`keeps every answer figure out of the page (${lang}), and shows them after the commit`, async () => {
      await openLesson(`?drop=10&ex=ten-dollars-lower${lang === 'en' ? '' : '&lang=zh-Hant'}`);
      const figures = answerFigures(lang);
      for (const figure of figures) expect(pageText(), figure).not.toContain(figure);
      // Not merely hidden: the nodes do not exist.
      expect(document.getElementById('headline-text')).toBeNull();
      expect(document.querySelector('.sticky-summary')).toBeNull();
      expect(document.getElementById('presets')).toBeNull();
      expect(document.getElementById('results')).toBeNull();
      expect(document.querySelector('canvas, table, figure')).toBeNull();
      expect(document.querySelector('details.downloads, .share-more')).toBeNull();
      expect(document.querySelector('[aria-live="polite"]')).toBeNull();
      // The sliders the exercise needs are there, and so is the exercise.
      expect(document.querySelector('input[type=range][name=drop]')).not.toBeNull();

      const t = translator(lang);
      await fireEvent.click(screen.getByRole('radio', { name: t('predict.choiceDown') }));
      await fireEvent.input(document.getElementById('ex-ten-dollars-lower-income-month-size')!, {
        target: { value: '2' },
      });
      await fireEvent.submit(document.querySelector('form.predict-form')!);
      await tick();
      const reveal = document.querySelector('[data-reveal]')!;
      expect(reveal.textContent).toContain(figures[0]);
      expect(reveal.textContent).toContain(t('predict.why'));
      // Three questions are still to be predicted, and the budget lens would answer the second: still no results.
      expect(document.getElementById('headline-text')).toBeNull();
    }, 30_000);
  }

  it('moving a slider announces nothing and renders no result', async () => {
    const simulator = await openLesson('?drop=10&ex=ten-dollars-lower');
    simulator.set('drop', 12);
    await tick();
    expect(document.querySelector('[aria-live="polite"]')).toBeNull();
    expect(document.getElementById('headline-text')).toBeNull();
  }, 20_000);
});

describe('student mode after the predictions are committed', () => {
  const allQuestions = exercise.questions.map((q) => q.id);

  it('shows the results, the download menu and the figures', async () => {
    storeAnswers(allQuestions);
    await openLesson('?drop=10&ex=ten-dollars-lower');
    await vi.waitFor(() => expect(document.getElementById('headline-text')).not.toBeNull(), { timeout: 15_000 });
    const [, , headlineChange] = answerFigures('en');
    expect(document.body.textContent).toContain(headlineChange);
    expect(document.querySelector('details.downloads')).not.toBeNull();
    expect(document.querySelector('.sticky-summary')).not.toBeNull();
  }, 20_000);

  it('in a basic lesson, offers only the presets for the exercise’s claim, and no remix, lesson builder or guide', async () => {
    storeAnswers(allQuestions);
    await openLesson('?drop=10&mode=basic&ex=ten-dollars-lower');
    await vi.waitFor(() => expect(document.getElementById('presets')).not.toBeNull(), { timeout: 15_000 });
    const shown = [...document.querySelectorAll('#presets [data-preset]')].map((b) => b.getAttribute('data-preset'));
    const c3 = model.declaration.presets.filter((p) => p.claim === exercise.claim).map((p) => p.id);
    expect(shown).toEqual(c3);
    expect(shown.length).toBeLessThan(model.declaration.presets.length);
    expect(document.getElementById('lesson-builder')).toBeNull();
    expect(document.getElementById('teachers')).toBeNull();
    expect(document.getElementById('classroom')).toBeNull();
    await tick();
    expect(document.getElementById('remix')).toBeNull();
    expect(document.getElementById('how-it-works')).toBeNull();
  }, 20_000);

  it('lets a teacher leave student mode for the full page', async () => {
    const simulator = await openLesson('?drop=10&ex=ten-dollars-lower');
    await fireEvent.click(screen.getByRole('button', { name: 'Leave student mode (for teachers)' }));
    expect(simulator.lesson.exercise).toBeNull();
    expect(document.getElementById('headline-text')).not.toBeNull();
    expect(document.getElementById('classroom')).not.toBeNull();
  }, 20_000);
});

describe('presets under a lesson', () => {
  it('disables a preset the lesson range rules out, with the reason in both languages', async () => {
    for (const lang of ['en', 'zh-Hant'] as const) {
      const simulator = new Simulator(model);
      await simulator.openLink(`?r.tariff-india=0_100&lang=${lang}`, { announce: false });
      await ensureLanguage(lang);
      const view = render(Root, { simulator });
      const presets = within(document.getElementById('presets')!);
      const act = document.querySelector('[data-preset="sanctions-act"]') as HTMLButtonElement;
      expect(act.disabled).toBe(true);
      const reason = document.getElementById('preset-sanctions-act-why')!.textContent!;
      expect(reason).toMatch(lang === 'en' ? /500%.*0%.*100%/ : /500%.*0%至100%/);
      expect(act.getAttribute('aria-describedby')).toContain('preset-sanctions-act-why');
      expect((document.querySelector('[data-preset="ten-lower"]') as HTMLButtonElement).disabled).toBe(false);
      expect(presets.getAllByRole('button').length).toBeGreaterThan(1);
      view.unmount();
    }
  }, 20_000);
});
