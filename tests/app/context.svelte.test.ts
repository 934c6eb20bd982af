// Tests the app context: a component reading it follows a change of language, and one mounted without it says why it cannot run.
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { model } from '../../src/app/model.ts';
import StickySummary from '../../src/app/results/StickySummary.svelte';
import { renderInApp } from '../setup/render-in-app.ts';

const results = { ...model.baseline, totalMonth: 12.5, changeVsBaselinePct: -8.26, budgetChange: -0.4167 };

describe('the app context', () => {
  it('gives components the current language and translator: switching the simulator to Chinese re-renders them', async () => {
    const { simulator } = renderInApp(StickySummary, { results });
    expect(screen.getByRole('complementary', { name: 'Summary of this scenario' })).toBeTruthy();
    simulator.lang = 'zh-Hant';
    await tick();
    expect(screen.getByRole('complementary', { name: '此情境摘要' })).toBeTruthy();
    // 12.5 USD bn is 125 億美元: the number format follows the language as well as the words.
    expect(document.querySelector('[data-summary=income]')!.textContent).toContain('125');
  });

  it('is required: a component mounted without it fails with a message naming the context', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(StickySummary, { results })).toThrow(/no app context/);
    vi.restoreAllMocks();
  });
});
