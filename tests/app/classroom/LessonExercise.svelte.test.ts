// Tests "Show this scenario" under a lesson: the lesson's locks and ranges stay, and the page says which values it could not show.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { openLesson } from '../../setup/open-lesson.ts';

/** Commits a prediction to "$10 lower" question 1 and presses the reveal's "Show this scenario" (either language). */
async function revealAndShow(direction: RegExp, commit: RegExp, show: RegExp) {
  await fireEvent.click(screen.getByRole('radio', { name: direction }));
  await fireEvent.input(document.getElementById('ex-ten-dollars-lower-income-month-size')!, { target: { value: '2' } });
  await fireEvent.click(screen.getByRole('button', { name: commit }));
  await tick();
  await fireEvent.click(screen.getByRole('button', { name: show }));
  await tick();
}

const notice = () => document.querySelector<HTMLElement>('[data-lesson-held]')!;

afterEach(() => localStorage.clear());

describe('"Show this scenario" under a lesson', () => {
  it('keeps the lesson’s range and lock, and names each value it could not show, with the scenario’s and the page’s', async () => {
    // Question 1 of "$10 lower" shows drop = 10 at the mid-2025 settings. The lesson allows drop 0–5 only
    // and locks India's purchases at 1.2 mb/d (the scenario keeps mid-2025's 1.6).
    const simulator = await openLesson('v=1&m=2&india=1.2&lock=india&r.drop=0_5&ex=ten-dollars-lower');
    expect(notice().getAttribute('role')).toBe('status');
    expect(notice().textContent!.trim()).toBe('');
    await revealAndShow(/^Falls$/, /Commit my prediction/, /Show this scenario/);
    // The lesson's limits stand: the teacher's 45 minutes keep the sliders they set up.
    expect(simulator.scenario.drop).toBe(5);
    expect(simulator.scenario.india).toBe(1.2);
    const items = within(notice())
      .getAllByRole('listitem')
      .map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(notice().textContent).toContain('not this scenario exactly');
    expect(items).toEqual([
      'Oil-price drop: 10 $/bbl in the scenario, 5 $/bbl on the page (the lesson allows 0 $/bbl to 5 $/bbl)',
      "India's purchases of Russian crude: 1.60 mb/d in the scenario, 1.20 mb/d on the page (locked by the lesson)",
    ]);
    // Moving a slider afterwards: the page no longer shows the answer's scenario, so the notice goes.
    simulator.set('drop', 3);
    await tick();
    expect(notice().textContent!.trim()).toBe('');
  });

  it('says nothing when the lesson lets the scenario through', async () => {
    const simulator = await openLesson('v=1&m=2&r.drop=0_20&ex=ten-dollars-lower');
    await revealAndShow(/^Falls$/, /Commit my prediction/, /Show this scenario/);
    expect(simulator.scenario.drop).toBe(10);
    expect(notice().textContent!.trim()).toBe('');
  });

  it('speaks Traditional Chinese', async () => {
    await openLesson('v=1&m=2&lang=zh-Hant&r.drop=0_5&ex=ten-dollars-lower');
    await revealAndShow(/^下降$/, /提交我的預測/, /顯示此情境/);
    const text = notice().textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('油價跌幅：情境為10美元/桶，頁面使用5美元/桶（課堂設定允許0美元/桶至5美元/桶）');
  });
});
