// Tests the presenter view: the question first, the class's predictions and then the model's answer only when the teacher steps on.
import { fireEvent, screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import { modelText } from '../../../src/app/classroom/answer-text.ts';
import PresenterView from '../../../src/app/classroom/PresenterView.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { answersLink } from '../../../src/classroom/answers-link.ts';
import { modelAnswer } from '../../../src/classroom/exercise-answer.ts';
import '../../../src/i18n/register-classroom-messages.ts';
import { translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';

// The page the view runs on: the board reads links to this simulator only.
const PAGE = `${window.location.origin}${window.location.pathname}`;

async function setup(lang: Language, query: string) {
  const simulator = new Simulator(model);
  await simulator.openLink(query, { announce: false });
  const view = renderInApp(PresenterView, { pageLink: `${PAGE}?${query}` }, { simulator, t: translator(lang) });
  return view.container;
}

const press = async (key: string) => {
  await fireEvent.keyDown(window, { key });
  await tick();
};

describe('PresenterView', () => {
  it('opens on the lesson’s exercise and keeps the answer out of the page until the third step', async () => {
    const exercise = exercises.find((e) => e.id === 'india-penalty')!;
    const question = exercise.questions[0]!;
    const answer = modelText({ model, question, lang: 'en', t: translator('en') }, modelAnswer(model, question));
    const container = await setup('en', 'v=1&m=2&ex=india-penalty');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(question.prompt.en);
    expect(container.innerHTML).not.toContain(answer);
    await press(' ');
    expect(screen.getByText(/No predictions collected yet/)).toBeTruthy();
    expect(container.innerHTML).not.toContain(answer);
    await press('ArrowRight');
    expect(container.querySelector('.presenter-model')?.textContent).toBe(answer);
    await press('ArrowLeft');
    expect(container.innerHTML).not.toContain(answer);
  });

  it('counts the class’s predictions by direction without names, then how many were close', async () => {
    const container = await setup('en', 'v=1&m=2&ex=ten-dollars-lower');
    const lesson = `${PAGE}?v=1&m=2&ex=ten-dollars-lower`;
    const said = (direction: 'down' | 'up', size: number) =>
      answersLink(lesson, { 'ten-dollars-lower': { 'income-month': { direction, size } } });
    const textarea = screen.getByRole('textbox', { name: 'Answer links or codes' }) as HTMLTextAreaElement;
    textarea.value = [
      `Ana: ${said('down', 2.2)}`,
      `Ben: ${said('down', 5)}`,
      `Cy: ${said('up', 1)}`,
      // Another site's page with our keys: left out, as the board leaves it out.
      `Dee: ${said('down', 9).replace(PAGE, 'https://elsewhere.example/')}`,
    ].join('\n');
    await fireEvent.input(textarea);
    await fireEvent.click(screen.getByRole('button', { name: 'Read the predictions' }));
    expect(screen.getByRole('status').textContent).toContain('Read from 3 students; 1 lines could not be read.');
    await fireEvent.click(screen.getByRole('button', { name: 'Show the class’s predictions' }));
    const reveal = container.querySelector('.presenter-reveal')!;
    expect(reveal.textContent).toContain('3 predictions');
    expect(reveal.textContent).toContain('Falls: 2');
    expect(reveal.textContent).toContain('Rises: 1');
    // Signed −5, −2.2, +1: the middle one is −2.2.
    expect(reveal.textContent).toContain('Middle prediction: falls by 2.20 $bn/month');
    expect(container.textContent).not.toMatch(/Ana|Ben|Cy|Dee/);
    await fireEvent.click(screen.getByRole('button', { name: 'Reveal the model’s answer' }));
    // The model says about −2.24: only −2.2 is within 10% (Ben is too big, Cy the wrong way).
    expect(reveal.textContent).toContain(
      '1 of 3 predictions were close (right direction, within 10%); 2 had the direction right.',
    );
  });

  it('counts a count question’s predictions by size only: no "direction right"', async () => {
    const container = await setup('en', 'v=1&m=2&ex=ten-dollars-lower');
    const lesson = `${PAGE}?v=1&m=2&ex=ten-dollars-lower`;
    const said = (size: number) =>
      answersLink(lesson, { 'ten-dollars-lower': { 'fund-months': { direction: size > 0 ? 'up' : 'none', size } } });
    const textarea = screen.getByRole('textbox', { name: 'Answer links or codes' }) as HTMLTextAreaElement;
    textarea.value = [said(35), said(100), said(0)].join('\n');
    await fireEvent.input(textarea);
    await fireEvent.click(screen.getByRole('button', { name: 'Read the predictions' }));
    // The fund question is the exercise's fourth: step to it, then to its answer.
    for (let step = 0; step < 3 * 3; step += 1) await press('ArrowRight');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(exercises[0]!.questions[3]!.prompt.en);
    await press('ArrowRight');
    await press('ArrowRight');
    const reveal = container.querySelector('.presenter-reveal')!;
    // 33.5 months: only 35 is within 10% (3.35 months).
    expect(reveal.textContent).toContain('1 of 3 predictions were within 10% of the model’s answer.');
    expect(reveal.textContent).not.toMatch(/direction/);
  });

  it('ignores keys typed in the paste box and speaks Traditional Chinese', async () => {
    await setup('zh-Hant', 'v=1&m=2&ex=ten-dollars-lower&lang=zh-Hant');
    const textarea = screen.getByRole('textbox', { name: '答案連結或代碼' });
    await fireEvent.keyDown(textarea, { key: ' ' });
    await tick();
    expect(screen.queryByText(/尚未蒐集任何預測/)).toBeNull();
    expect(screen.getByText('第1題，共4題')).toBeTruthy();
  });
});
