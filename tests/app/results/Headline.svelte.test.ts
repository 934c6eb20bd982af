// Tests the headline: the sentence on this month's income and, when lost oil lifts Brent, the line saying why.
import { screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import { model } from '../../../src/app/model.ts';
import Headline from '../../../src/app/results/Headline.svelte';
import type { Language } from '../../../src/link/view-params.ts';

function show(values: Record<string, number>, lang: Language = 'en') {
  const results = model.evaluate({ ...model.defaults, ...values });
  return renderInApp(Headline, { results, baseline: model.baseline }, { lang });
}

describe('Headline, on the world price', () => {
  it('says nothing about the world price when no oil is lost (the defaults)', () => {
    show({});
    expect(screen.queryByText(/Brent is .* higher/)).toBeNull();
  });

  it('says how much Brent rose and how much oil left the market when India stops', () => {
    // 0.8 mb/d lost, half replaced: 0.4 mb/d × $2.4 = $0.96.
    show({ india: 0 });
    expect(screen.getByText(/Brent is \$0\.96 a barrel higher because 0\.40 mb\/d of Russian oil leave/)).toBeTruthy();
  });

  it('says it in Traditional Chinese too', () => {
    show({ india: 0 }, 'zh-Hant');
    expect(screen.getByText(/每日0\.40百萬桶俄油離開世界市場.*布蘭特每桶上漲0\.96美元/)).toBeTruthy();
  });
});
