// Tests the exercise panel: pick, predict, reveal, progress, persistence with the same store, bad storage, and sharing.
import { fireEvent, screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import ExercisePanel from '../../../src/app/classroom/ExercisePanel.svelte';
import { model } from '../../../src/app/model.ts';
import { decodeAnswers, decodeAnswersLink } from '../../../src/classroom/answers-link.ts';
import { ANSWERS_STORAGE_KEY, AnswersStore } from '../../../src/classroom/answers-store.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { MemoryStorage } from '../../classroom/memory-storage.ts';

const tenLower = exercises.find((e) => e.id === 'ten-dollars-lower')!;
const BASE = 'https://example.org/app/?v=1&m=2&drop=10';

function renderPanel(store = new AnswersStore(new MemoryStorage()), exerciseId: string | null = null) {
  const onshow = vi.fn();
  const view = renderInApp(
    ExercisePanel,
    { model, store, onshow, shareBase: () => BASE, exerciseId },
    { lang: 'en', t: translator('en') },
  );
  return { ...view, store, onshow };
}

const reveal = () => document.querySelector('[data-reveal]');
const progress = () => document.querySelector('[data-progress]')?.textContent;

async function predict(direction: 'Falls' | 'Rises' | 'No change', size?: string) {
  await fireEvent.click(screen.getByRole('radio', { name: direction }));
  if (size !== undefined) await fireEvent.input(screen.getByRole('spinbutton'), { target: { value: size } });
  await fireEvent.click(screen.getByRole('button', { name: 'Commit my prediction' }));
  await tick();
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ExercisePanel', () => {
  it('lists every exercise with its claim and progress, and opens one on request', async () => {
    renderPanel();
    for (const exercise of exercises) {
      const button = document.querySelector(`[data-exercise="${exercise.id}"]`)!;
      expect(button.textContent).toContain(exercise.title.en);
      expect(button.textContent).toContain(`Claim ${exercise.claim}`);
      expect(button.textContent).toContain(`0 of ${exercise.questions.length} answered`);
    }
    expect(screen.queryByRole('radio')).toBeNull();
    await fireEvent.click(document.querySelector('[data-exercise="ten-dollars-lower"]')!);
    expect(document.querySelector('[data-exercise="ten-dollars-lower"]')!.getAttribute('aria-current')).toBe('true');
    expect(screen.getByText(tenLower.questions[0]!.prompt.en)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Question 1 of 4' })).toBeTruthy();
  });

  it('starts on the exercise a lesson link names', () => {
    renderPanel(undefined, 'india-penalty');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe("India's 25% penalty tariff");
  });

  it('keeps the answer out of the page until the prediction is committed, then reveals it', async () => {
    renderPanel(undefined, 'ten-dollars-lower');
    expect(reveal()).toBeNull();
    expect(document.body.textContent).not.toContain('2.24');
    await predict('Falls', '2');
    expect(reveal()).not.toBeNull();
    expect(document.querySelector('[data-model]')!.textContent).toBe('falls by 2.24 $bn/month');
    expect(progress()).toBe('1 of 4 answered');
  });

  it('applies the question scenario through onshow', async () => {
    const { onshow } = renderPanel(undefined, 'ten-dollars-lower');
    await predict('Falls', '2');
    await fireEvent.click(screen.getByRole('button', { name: 'Show this scenario' }));
    expect(onshow).toHaveBeenCalledWith({ drop: 10 }, null);
  });

  it('keeps answers across a re-render with the same store, and opens on the first unanswered question', async () => {
    const storage = new MemoryStorage();
    const first = renderPanel(new AnswersStore(storage), 'ten-dollars-lower');
    await predict('Falls', '2');
    first.unmount();
    renderPanel(new AnswersStore(storage), 'ten-dollars-lower');
    expect(progress()).toBe('1 of 4 answered');
    expect(screen.getByRole('heading', { name: 'Question 2 of 4' })).toBeTruthy();
    expect(reveal()).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(document.querySelector('[data-yours]')!.textContent).toBe('falls by 2.00 $bn/month');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Question 1 of 4' }));
  });

  it('"Try again" clears the answer from the page and the store', async () => {
    const { store } = renderPanel(undefined, 'ten-dollars-lower');
    await predict('Falls', '2');
    await fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await tick();
    expect(reveal()).toBeNull();
    expect(store.get('ten-dollars-lower', 'income-month')).toBeUndefined();
    expect(progress()).toBe('0 of 4 answered');
  });

  it('still renders, empty, with a corrupted store', async () => {
    const storage = new MemoryStorage();
    storage.items.set(ANSWERS_STORAGE_KEY, '{not json');
    renderPanel(new AnswersStore(storage), 'ten-dollars-lower');
    expect(progress()).toBe('0 of 4 answered');
    await predict('Rises', '1');
    expect(reveal()).not.toBeNull();
  });

  it('says when answers cannot be saved on this device', async () => {
    const storage = new MemoryStorage();
    renderPanel(new AnswersStore(storage), 'ten-dollars-lower');
    expect(screen.queryByText(/not being saved/)).toBeNull();
    storage.full = true;
    await predict('Falls', '2');
    expect(screen.getByText(/Your answers are not being saved on this device/)).toBeTruthy();
    expect(reveal()).not.toBeNull();
  });

  it('ends with a summary and a share link that carries the answers', async () => {
    const store = new AnswersStore(new MemoryStorage());
    store.set('ten-dollars-lower', 'income-month', { direction: 'down', size: 2 });
    store.set('ten-dollars-lower', 'budget-year', { direction: 'up', size: 1.5 });
    store.set('ten-dollars-lower', 'rouble-cushion', { direction: 'none', size: 0 });
    store.set('ten-dollars-lower', 'fund-months', { direction: 'up', size: 24 });
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel(store, 'ten-dollars-lower');
    expect(screen.getByRole('heading', { name: 'Summary' })).toBeTruthy();
    expect(document.querySelector('[data-question="income-month"]')!.textContent).toContain('falls by 2.24 $bn/month');
    await fireEvent.click(screen.getByRole('button', { name: 'Share my answers' }));
    await tick();
    const link = writeText.mock.calls[0]![0];
    expect(link.startsWith(`${BASE}&p=`)).toBe(true);
    // The answers say which model they were made under (the test model's version).
    expect(decodeAnswersLink(link, exercises)).toEqual({
      answers: store.all(),
      problems: [],
      modelVersion: model.declaration.version,
    });
    expect(screen.getByText(/Link copied/)).toBeTruthy();
    // The answer code beside it is the link's `p` value, and reads back to the same answers.
    const code = (screen.getByRole('textbox', { name: /answer code/ }) as HTMLInputElement).value;
    expect(link.endsWith(`&p=${code}`)).toBe(true);
    expect(decodeAnswers(code, exercises).answers).toEqual(store.all());
  });

  it('hides the model answers of unanswered questions in the summary', async () => {
    renderPanel(undefined, 'india-penalty');
    for (let i = 0; i < 4; i += 1) {
      const next =
        screen.queryByRole('button', { name: 'Next question' }) ??
        screen.getByRole('button', { name: 'See the summary' });
      await fireEvent.click(next);
    }
    expect(screen.getByRole('heading', { name: 'Summary' })).toBeTruthy();
    expect(screen.getAllByText('not answered yet')).toHaveLength(4);
    expect(document.body.textContent).not.toMatch(/\$bn/);
    await fireEvent.click(screen.getByRole('button', { name: 'Share my answers' }));
    expect(screen.getByText('Commit at least one prediction first.')).toBeTruthy();
  });

  it('clears every answer after one inline confirmation, and keeps them when the student says so', async () => {
    const storage = new MemoryStorage();
    const store = new AnswersStore(storage);
    store.set('ten-dollars-lower', 'income-month', { direction: 'down', size: 2 });
    store.set('india-penalty', 'income-month', { direction: 'down', size: 1 });
    renderPanel(store, 'ten-dollars-lower');
    expect(progress()).toBe('1 of 4 answered');
    await fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
    await tick();
    expect(screen.getByRole('group', { name: /^Clear every answer saved on this computer/ })).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Keep them');
    await fireEvent.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(store.all()).not.toEqual({});
    await fireEvent.click(screen.getByRole('button', { name: 'Clear my answers' }));
    await tick();
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, clear them' }));
    await tick();
    expect(store.all()).toEqual({});
    expect(storage.items.has(ANSWERS_STORAGE_KEY)).toBe(false);
    expect(progress()).toBe('0 of 4 answered');
    expect(screen.getByRole('heading', { name: 'Question 1 of 4' })).toBeTruthy();
    expect(screen.getByText('Your answers were cleared.')).toBeTruthy();
  });

  it('shows answers another tab committed once the browser says storage changed', async () => {
    const storage = new MemoryStorage();
    renderPanel(new AnswersStore(storage), 'ten-dollars-lower');
    expect(progress()).toBe('0 of 4 answered');
    new AnswersStore(storage).set('ten-dollars-lower', 'budget-year', { direction: 'up', size: 1 });
    window.dispatchEvent(new StorageEvent('storage', { key: ANSWERS_STORAGE_KEY }));
    await tick();
    expect(progress()).toBe('1 of 4 answered');
  });
});
