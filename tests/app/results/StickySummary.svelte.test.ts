// Tests the sticky summary: income, its change and the budget change, in both languages, as a labelled landmark.
import { screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import { model } from '../../../src/app/model.ts';
import StickySummary from '../../../src/app/results/StickySummary.svelte';

// Hand-picked results: 12.5 USD bn a month, 8.26% below mid-2025, 0.4167 trn RUB a year less budget revenue.
const results = { ...model.baseline, totalMonth: 12.5, changeVsBaselinePct: -8.26, budgetChange: -0.4167 };
const item = (name: string) => document.querySelector(`[data-summary=${name}]`)!.textContent!.trim();

describe('StickySummary', () => {
  it('shows income, its change and the budget change as one labelled landmark', () => {
    renderInApp(StickySummary, { results }, { lang: 'en' });
    const bar = screen.getByRole('complementary', { name: 'Summary of this scenario' });
    expect(bar.classList.contains('sticky-summary')).toBe(true);
    expect(bar.getAttribute('aria-hidden')).toBeNull();
    expect(bar.getAttribute('aria-live')).toBeNull();
    expect(item('income')).toBe('$12.5bn a month');
    // −8.26 to one decimal is −8.3; the sign may be either minus character until the format helper settles it.
    expect(item('change')).toMatch(/^[−-]8\.3% vs mid-2025$/);
    expect(item('budget')).toMatch(/^Budget: [−-]0\.42 trn RUB a year$/);
    // Nothing in the bar takes focus: the tab order goes from the language buttons straight to the presets.
    expect(bar.querySelectorAll('a, button, input, [tabindex]')).toHaveLength(0);
  });

  it('says the same in Traditional Chinese, in 億', () => {
    renderInApp(StickySummary, { results }, { lang: 'zh-Hant' });
    screen.getByRole('complementary', { name: '此情境摘要' });
    // 12.5 USD bn = 125 億美元.
    expect(item('income')).toBe('每月125億美元');
    expect(item('change')).toMatch(/^較2025年中 ?[−-]8\.3%$/);
    expect(item('budget')).toMatch(/^預算每年[−-]0\.42 ?兆盧布$/);
  });

  it('shows a dash, never NaN, when a result is not a number (an edited model that divides by zero)', () => {
    const notNumbers = { ...results, totalMonth: Number.NaN, changeVsBaselinePct: Number.NaN, budgetChange: Infinity };
    renderInApp(StickySummary, { results: notNumbers }, { lang: 'en' });
    const text = screen.getByRole('complementary').textContent!;
    expect(text).not.toMatch(/NaN/);
    expect(item('income')).toBe('— a month');
  });
});
