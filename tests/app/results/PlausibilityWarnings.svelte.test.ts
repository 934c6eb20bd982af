// Tests the plausibility warnings on the page: a status region that lists what is implausible, the fix and the threshold's source.
import { screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { model } from '../../../src/app/model.ts';
import PlausibilityWarnings from '../../../src/app/results/PlausibilityWarnings.svelte';
import type { Language } from '../../../src/link/view-params.ts';

function show(values: Record<string, number>, lang: Language = 'en') {
  const scenario = { ...model.defaults, ...values };
  return renderInApp(PlausibilityWarnings, { scenario, results: model.evaluate(scenario) }, { lang });
}

const status = () => screen.getByRole('status');
const items = () => [...status().querySelectorAll('li')];

describe('PlausibilityWarnings', () => {
  it('keeps an empty status region at the defaults', () => {
    show({});
    expect(status().textContent?.trim()).toBe('');
    expect(items()).toHaveLength(0);
  });

  it('warns that India buys more than ever, with the fix and the sourced threshold', () => {
    show({ india: 2.2 });
    expect(items()).toHaveLength(1);
    const text = items()[0]!.textContent ?? '';
    expect(text).toContain('Warning:');
    expect(text).toContain('India buys more Russian crude than it ever has');
    expect(text).toContain('Suggested fix: Set India’s purchases to 2.1 mb/d or less.');
    expect(text).toContain('Threshold from V16, V15.');
  });

  it('says when a threshold is an assumption, and what it is anchored on', () => {
    show({ drop: 40, other: 1.5 });
    const texts = items().map((li) => li.textContent ?? '');
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Urals sells for less than $25 a barrel');
    expect(texts[0]).toContain('The threshold is an assumption.');
    expect(texts[1]).toContain('The threshold is an assumption, anchored on V1, V5, V3.');
  });

  it('lists every warning that applies, in the order of the model’s list', () => {
    show({ 'india-response-cut': 20, rub: 120, china: 3, 'china-pipeline': 1 });
    expect(items().map((li) => li.dataset.warning)).toEqual([
      'china-record',
      'china-pipeline-capacity',
      'response-cut-observed',
      'rouble-outside-2025',
    ]);
    expect(status().textContent).toContain('go beyond what has been observed');
  });

  it('updates when the results change, inside the same status region', async () => {
    const scenario = { ...model.defaults };
    const view = renderInApp(
      PlausibilityWarnings,
      {
        scenario,
        results: model.evaluate(scenario),
      },
      { lang: 'en' },
    );
    const region = status();
    const next = { ...scenario, rub: 60 };
    await view.rerender({ scenario: next, results: model.evaluate(next) });
    await tick();
    expect(status()).toBe(region);
    expect(region.textContent).toContain('The rouble is outside its 2025 range');
  });

  it('speaks Traditional Chinese', () => {
    show({ india: 2.2 }, 'zh-Hant');
    const text = status().textContent ?? '';
    expect(text).toContain('警告：');
    expect(text).toContain('印度購買的俄羅斯原油超過歷來最高');
    expect(text).toContain('建議修正：把印度的購買量設為每日210萬桶或以下。');
    expect(text).toContain('界線依據：V16, V15。');
  });
});
