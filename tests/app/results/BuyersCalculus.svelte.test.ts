// Tests the buyer's-calculus panel: the verdict in words for each buyer, the two lines' parts, both languages.
import { screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import BuyersCalculus from '../../../src/app/results/BuyersCalculus.svelte';
import { model } from '../../../src/app/model.ts';
import type { Language } from '../../../src/link/view-params.ts';

function setup(lang: Language, scenario: Record<string, number> = {}) {
  const results = model.evaluate({ ...model.defaults, ...scenario });
  return renderInApp(BuyersCalculus, { results }, { lang });
}

const verdicts = () =>
  [...document.querySelectorAll('.verdicts li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());

describe('BuyersCalculus', () => {
  it('says which line is cheaper for each buyer at mid-2025, with the penalty and the price rise', () => {
    setup('en');
    // India: keeping on loses 60.55 × (1 − 1.25^−0.76) = 9.445; stopping costs 4.85 × 0.96 × 365 / 1000 + 2.336 = 4.035
    // (Brent + 2.4 × 0.5 × 0.5 × 1.6 = 0.96: half rerouted, half of the rest replaced).
    // China: no tariff, so keeping on costs 0 and stopping 12.14 × 1.2 × 365 / 1000 = 5.317.
    expect(verdicts()).toEqual([
      'India: stopping is cheaper by $5.41bn a year ($4.04bn against $9.45bn). Penalty tariff 25%; if it stopped, Brent would rise by 0.96 $/bbl.',
      'China: keeping on is cheaper by $5.32bn a year ($0.00bn against $5.32bn). Penalty tariff 0%; if it stopped, Brent would rise by 1.20 $/bbl.',
    ]);
  });

  it('lists both lines part by part in a table with a caption', () => {
    setup('en');
    const table = screen.getByRole('table', { name: /two complete accounts of a year/ });
    const row = (name: string) =>
      [...table.querySelectorAll('tr')].find((tr) => tr.querySelector('th')?.textContent === name)!;
    const values = (name: string) => [...row(name).querySelectorAll('td')].map((td) => td.textContent);
    expect(values('Exports to the US that no longer sell')).toEqual(['$9.45bn', '$0.00bn']);
    expect(values('Higher world price on all its crude imports')).toEqual(['$1.70bn', '$5.32bn']);
    expect(values('Russian discount given up')).toEqual(['$2.34bn', '$0.00bn']);
    expect(values('Cost of stopping')).toEqual(['$4.04bn', '$5.32bn']);
  });

  it('says a buyer that buys nothing pays no penalty and has no choice left (Sanctioning Russia Act preset)', () => {
    setup('en', { 'tariff-india': 500, 'tariff-china': 500, 'india-response-cut': 20, 'china-response-cut': 20 });
    expect(verdicts()).toEqual([
      'India buys no Russian crude in this scenario, so it pays no penalty tariff and has no choice left to make.',
      'China buys no Russian crude in this scenario, so it pays no penalty tariff and has no choice left to make.',
    ]);
  });

  it('speaks Traditional Chinese, with amounts in 億', () => {
    setup('zh-Hant');
    expect(verdicts()[0]).toContain('印度：停止購買每年便宜54.1億美元（40.4億美元對比94.5億美元）。');
    expect(screen.getByText(/印度的實際做法/)).toBeTruthy();
  });
});
