// Tests one prediction: nothing of the model's answer exists before commit; after it, the answer, the gap and why.
import { fireEvent, screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import PredictReveal from '../../../src/app/classroom/PredictReveal.svelte';
import { model } from '../../../src/app/model.ts';
import type { StudentAnswer } from '../../../src/classroom/exercise-answer.ts';
import { translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';

const question = exercises.find((e) => e.id === 'ten-dollars-lower')!.questions.find((q) => q.id === 'income-month')!;
const MODEL_TEXT = 'falls by 2.24 $bn/month';

const fundMonths = exercises.find((e) => e.id === 'ten-dollars-lower')!.questions.find((q) => q.id === 'fund-months')!;

function renderQuestion(answer?: StudentAnswer, lang: Language = 'en', asked = question) {
  const handlers = { oncommit: vi.fn(), onclear: vi.fn(), onshow: vi.fn() };
  const props = { model, question: asked, answer, ...handlers };
  const view = renderInApp(PredictReveal, props, { lang, t: translator(lang) });
  return { ...view, ...handlers, props };
}

const reveal = () => document.querySelector('[data-reveal]');

describe('PredictReveal before commit', () => {
  it('shows the prompt and the prediction form, and nothing of the answer', () => {
    renderQuestion();
    expect(screen.getByText(question.prompt.en)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Which way does it go?' })).toBeTruthy();
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).labels?.[0]?.textContent?.trim())).toEqual([
      'Falls',
      'Rises',
      'No change',
    ]);
    expect(screen.getByRole('spinbutton', { name: 'By how much? ($bn/month)' })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Or drag to set the size' })).toBeTruthy();
    expect(reveal()).toBeNull();
    expect(document.body.textContent).not.toContain('2.24');
    expect(document.body.textContent).not.toContain('The model');
    expect(screen.queryByRole('button', { name: 'Show this scenario' })).toBeNull();
  });

  it('asks for a direction, then a size, before committing', async () => {
    const { oncommit } = renderQuestion();
    await fireEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a direction first.');
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Falls' }));
    await fireEvent.click(screen.getByRole('radio', { name: 'Falls' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
    expect(screen.getByRole('alert').textContent).toBe('Enter a size of zero or more.');
    expect(oncommit).not.toHaveBeenCalled();
    expect(reveal()).toBeNull();
  });

  it('commits the direction and the size typed (or dragged)', async () => {
    const { oncommit } = renderQuestion();
    await fireEvent.click(screen.getByRole('radio', { name: 'Falls' }));
    await fireEvent.input(screen.getByRole('spinbutton'), { target: { value: '2' } });
    await fireEvent.submit(screen.getByRole('button', { name: 'Commit my prediction' }).closest('form')!);
    expect(oncommit).toHaveBeenCalledWith({ direction: 'down', size: 2 });
    await fireEvent.input(screen.getByRole('slider'), { target: { value: '3.5' } });
    expect((screen.getByRole('spinbutton') as HTMLInputElement).value).toBe('3.5');
  });

  it('commits "no change" with no size', async () => {
    const { oncommit } = renderQuestion();
    await fireEvent.click(screen.getByRole('radio', { name: 'No change' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
    expect(oncommit).toHaveBeenCalledWith({ direction: 'none', size: 0 });
  });
});

describe('PredictReveal after commit', () => {
  it('shows the model answer beside the prediction, the gap in words and numbers, in a status region', () => {
    renderQuestion({ direction: 'down', size: 2 });
    expect(reveal()).not.toBeNull();
    expect(reveal()!.closest('[role="status"]')).not.toBeNull();
    expect(document.querySelector('[data-yours]')!.textContent).toBe('falls by 2.00 $bn/month');
    expect(document.querySelector('[data-model]')!.textContent).toBe(MODEL_TEXT);
    expect(document.querySelector('[data-gap]')!.textContent).toBe('+0.24 $bn/month');
    expect(reveal()!.textContent).toContain('your size is 0.24 $bn/month smaller than the model’s (11% too small)');
    expect(screen.queryByRole('button', { name: 'Commit my prediction' })).toBeNull();
  });

  it('says so when the direction is wrong', () => {
    renderQuestion({ direction: 'up', size: 2 });
    expect(reveal()!.textContent).toContain('Different direction: you said it rises; the model says it falls.');
  });

  it('explains why with the parameters that drove it, their labels and values', () => {
    renderQuestion({ direction: 'down', size: 2.2 });
    const drivers = [...document.querySelectorAll('[data-driver]')];
    expect(drivers[0]!.getAttribute('data-driver')).toBe('drop');
    expect(drivers[0]!.textContent).toContain('Oil-price drop: 0 $/bbl → 10 $/bbl');
    expect(drivers[0]!.textContent).toContain('−2.24 $bn/month');
    expect(
      drivers.some((d) => d.textContent?.includes('Refined product exports: 2.75 mb/d. If it were 2.90 mb/d')),
    ).toBe(true);
    expect(reveal()!.textContent).toContain(question.why.text.en);
  });

  it('shows the question scenario on request', async () => {
    const { onshow } = renderQuestion({ direction: 'down', size: 2 });
    await fireEvent.click(screen.getByRole('button', { name: 'Show this scenario' }));
    expect(onshow).toHaveBeenCalledWith({ drop: 10 }, null);
  });

  it('"Try again" clears the answer and hands focus back to the form', async () => {
    const { onclear, rerender, props } = renderQuestion({ direction: 'down', size: 2 });
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onclear).toHaveBeenCalledTimes(1);
    await rerender({ ...props, answer: undefined });
    await tick();
    expect(reveal()).toBeNull();
    expect(document.body.textContent).not.toContain('2.24');
    expect(screen.getAllByRole('radio').every((r) => !(r as HTMLInputElement).checked)).toBe(true);
  });

  it('moves focus to the reveal once the page passes the answer back (keyboard users land on it)', async () => {
    const { oncommit, rerender, props } = renderQuestion();
    oncommit.mockImplementation((answer: StudentAnswer) => void rerender({ ...props, answer }));
    screen.getByRole('radio', { name: 'Falls' }).focus();
    await fireEvent.click(screen.getByRole('radio', { name: 'Falls' }));
    await fireEvent.input(screen.getByRole('spinbutton'), { target: { value: '2' } });
    await fireEvent.submit(document.querySelector('form')!);
    await tick();
    expect(reveal()).not.toBeNull();
    expect(document.activeElement).toBe(reveal());
  });

  it('speaks Traditional Chinese', () => {
    renderQuestion({ direction: 'down', size: 2 }, 'zh-Hant');
    // 2.24 USD bn = 22.4億美元: the model's answer in 億, the unit a Taiwanese reader counts in.
    expect(document.querySelector('[data-model]')!.textContent).toBe('下降22.4億美元/月');
    expect(document.querySelector('[data-yours]')!.textContent).toBe('下降20.0億美元/月');
    expect(screen.getByRole('button', { name: '顯示此情境' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('十億');
  });

  it('grades a Chinese answer typed in 億 as the same amount in USD bn', async () => {
    const { oncommit } = renderQuestion(undefined, 'zh-Hant');
    expect(screen.getByRole('spinbutton', { name: '變化多少？（億美元/月）' })).toBeTruthy();
    // The drag slider reaches the question's largest size in 億 too: sizeMax USD bn × 10.
    expect(Number((screen.getByRole('slider') as HTMLInputElement).max)).toBeCloseTo(question.sizeMax * 10, 9);
    await fireEvent.click(screen.getByRole('radio', { name: '下降' }));
    await fireEvent.input(screen.getByRole('spinbutton'), { target: { value: '22.4' } });
    await fireEvent.submit(document.querySelector('form')!);
    const committed = oncommit.mock.calls[0]![0] as StudentAnswer;
    expect(committed.direction).toBe('down');
    // 22.4億 = 2.24 bn, the model's answer: within 10%, so close; typed as 2.24 it would be ten times too big.
    expect(committed.size).toBeCloseTo(2.24, 12);
  });

  it('shows a committed answer (kept in USD bn) back in 億 and judges it close', () => {
    renderQuestion({ direction: 'down', size: 2.24 }, 'zh-Hant');
    expect(document.querySelector('[data-yours]')!.textContent).toBe('下降22.4億美元/月');
    expect(reveal()!.textContent).toContain('方向正確，且與模型相差10%以內');
  });
});

describe('PredictReveal for a count (months the Fund lasts)', () => {
  const commitTyped = async (value: string) => {
    await fireEvent.input(screen.getByRole('spinbutton', { name: 'How many? (months)' }), { target: { value } });
    await fireEvent.submit(document.querySelector('form')!);
  };

  it('asks for one number, with no above/below-zero choice', () => {
    renderQuestion(undefined, 'en', fundMonths);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.queryAllByRole('radio')).toEqual([]);
    expect(document.body.textContent).not.toContain('below zero');
    expect(screen.getByRole('spinbutton', { name: 'How many? (months)' })).toBeTruthy();
  });

  it('refuses −1 with a message and commits nothing', async () => {
    const { oncommit } = renderQuestion(undefined, 'en', fundMonths);
    await commitTyped('-1');
    expect(screen.getByRole('alert').textContent?.trim()).toBe(
      'Enter a number of zero or more: a count cannot be negative.',
    );
    expect(document.activeElement).toBe(screen.getByRole('spinbutton'));
    expect(oncommit).not.toHaveBeenCalled();
    expect(reveal()).toBeNull();
  });

  it('commits a count as a level above zero, and zero as zero, so answer links keep their format', async () => {
    const { oncommit } = renderQuestion(undefined, 'en', fundMonths);
    await commitTyped('24');
    expect(oncommit).toHaveBeenLastCalledWith({ direction: 'up', size: 24 });
    await commitTyped('0');
    expect(oncommit).toHaveBeenLastCalledWith({ direction: 'none', size: 0 });
  });

  it('says how far off the count was, in months and per cent', () => {
    renderQuestion({ direction: 'up', size: 12 }, 'en', fundMonths);
    const text = reveal()!.textContent ?? '';
    expect(text).toMatch(/Off by \d+ months: \d+% lower than the model’s answer\./);
    expect(text).not.toContain('direction');
  });
});
