// Tests that the budget lens's sentences state the model's own constants (the fiscal rule's price, the deficit plan, the break-even range), in both languages.
import { describe, expect, it } from 'vitest';
import { model } from '../../../src/app/model.ts';
import BudgetLens from '../../../src/app/results/BudgetLens.svelte';
import type { ModelResults } from '../../../src/app/model.ts';
import { renderInApp } from '../../setup/render-in-app.ts';

const defaults = model.baseline as ModelResults;
/** The same results with other constants, as a later model version might state them. */
const restated: ModelResults = {
  ...defaults,
  fiscalRulePrice: 55,
  deficitPlan: 4.24,
  breakEvenLow: 58,
  breakEvenHigh: 90,
};

describe('BudgetLens', () => {
  it('names the constants the mid-2025 model computes with: $60 (B11), 5.7 trn RUB (B6), $60 to $85 (B14)', () => {
    const text = renderInApp(BudgetLens, { results: defaults }, { lang: 'en' }).container.textContent!;
    expect(text).toMatch(/the \$60 base price/);
    expect(text).toMatch(/the whole deficit \(5\.7 trn RUB plan plus the change\)/);
    expect(text).toMatch(/range from \$60 to about \$85/);
  });

  it('follows the constants rather than restating them', () => {
    const text = renderInApp(BudgetLens, { results: restated }, { lang: 'en' }).container.textContent!;
    expect(text).toMatch(/the \$55 base price/);
    expect(text).toMatch(/\(4\.2 trn RUB plan plus the change\)/);
    expect(text).toMatch(/range from \$58 to about \$90/);
    expect(text).not.toMatch(/\$60|\$85|5\.7/);
  });

  it('says the same in Traditional Chinese, with no space between a number and its unit', () => {
    const text = renderInApp(BudgetLens, { results: restated }, { lang: 'zh-Hant' }).container.textContent!;
    expect(text).toMatch(/55美元基準價格/);
    expect(text).toMatch(/全部赤字（4\.2兆盧布計劃加上變化）/);
    expect(text).toMatch(/介於58美元至約90美元/);
  });
});
