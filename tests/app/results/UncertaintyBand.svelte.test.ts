// Tests the uncertainty band's words: the range, and chances phrased so they never contradict "the same as in mid-2025".
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import type { MonteCarloResult } from '../../../src/analysis/monte-carlo.ts';
import UncertaintyBand from '../../../src/app/results/UncertaintyBand.svelte';

const band: MonteCarloResult = {
  draws: 2000,
  seed: 1,
  p10: 13.19,
  p50: 13.68,
  p90: 14.21,
  probBelowBaseline: 0.4445,
  probUralsBelowFiscalRule: 1,
  probUralsBelowBudget: 0,
};

describe('UncertaintyBand', () => {
  it('gives the share of draws on each side of mid-2025, not a bare "chance of being below"', () => {
    const { container } = renderInApp(UncertaintyBand, { band }, { lang: 'en' });
    const text = container.textContent!;
    expect(text).toMatch(/\$13\.2bn to \$14\.2bn a month/);
    // 0.4445 is 44%; the rest (56%) is at or above mid-2025, which fits a headline of "about the same".
    expect(text).toMatch(/44% of the draws end below mid-2025 income and the rest at or above it/);
    expect(text).toMatch(/The headline is the central estimate/);
    expect(text).not.toMatch(/Chance that income is below/);
    expect(text).toMatch(/below the \$60 fiscal-rule price in 100% of the draws/);
    expect(text).toMatch(/below the budget’s \$56 in 0%/);
  });

  it('says the same in Traditional Chinese', () => {
    const { container } = renderInApp(UncertaintyBand, { band }, { lang: 'zh-Hant' });
    expect(container.textContent).toMatch(/有44%的抽樣結果低於2025年中的收入，其餘等於或高於它/);
    expect(container.textContent).toMatch(/低於60美元的財政規則價格，在0%的抽樣中低於預算假設的56美元/);
  });

  it('says it is still working before the band arrives', () => {
    const { container } = renderInApp(UncertaintyBand, { band: null }, { lang: 'en' });
    expect(container.textContent).toMatch(/Working out how sure this is/);
  });
});
