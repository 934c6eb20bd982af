// Tests the income-by-buyer bar config: series, non-colour cues, options and response to input.
import { describe, expect, it } from 'vitest';
import { incomeByBuyerConfig, type IncomeByBuyerInput } from '../../src/charts/income-by-buyer-chart.ts';
import { chartTable } from '../../src/charts/chart-table.ts';

const input = (over: Partial<IncomeByBuyerInput> = {}): IncomeByBuyerInput => ({
  categories: [
    { id: 'india', label: 'India', scenario: 73.6, baseline: 74.1, pinned: 60 },
    { id: 'china', label: 'China', scenario: 112.5, baseline: 112.5, pinned: 100 },
    { id: 'products', label: 'Products', scenario: 176, baseline: 176 },
  ],
  labels: { scenario: 'This scenario', baseline: 'Mid-2025', pinned: 'Scenario A', axis: '$M/day' },
  locale: 'en',
  showPinned: false,
  ...over,
});

describe('incomeByBuyerConfig', () => {
  it('builds a bar chart with scenario and baseline datasets', () => {
    const config = incomeByBuyerConfig(input());
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['India', 'China', 'Products']);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['This scenario', 'Mid-2025']);
    expect(config.data.datasets[0]!.data).toEqual([73.6, 112.5, 176]);
    expect(config.data.datasets[1]!.data).toEqual([74.1, 112.5, 176]);
  });

  it('tells scenario, baseline and pinned apart by fill and border width, not colour alone', () => {
    const [scenario, baseline, pinned] = incomeByBuyerConfig(input({ showPinned: true })).data.datasets;
    expect(scenario!.borderWidth).toBe(0);
    expect(baseline!.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(baseline!.borderWidth).toBe(2);
    expect(pinned!.borderWidth).toBe(3);
    expect(String(pinned!.backgroundColor)).toMatch(/^rgba\(.*, 0\.35\)$/);
    const widths = new Set([scenario, baseline, pinned].map((d) => d!.borderWidth));
    expect(widths.size).toBe(3);
  });

  it('adds pinned scenario A only when asked, with null where a category has no value', () => {
    const config = incomeByBuyerConfig(input({ showPinned: true }));
    expect(config.data.datasets).toHaveLength(3);
    expect(config.data.datasets[2]!.label).toBe('Scenario A');
    expect(config.data.datasets[2]!.data).toEqual([60, 100, null]);
  });

  it('turns animation off, sizes to its container and sets locale and axis title', () => {
    const options = incomeByBuyerConfig(input({ locale: 'zh-Hant' })).options!;
    expect(options.animation).toBe(false);
    expect(options.responsive).toBe(true);
    expect(options.maintainAspectRatio).toBe(false);
    expect(options.locale).toBe('zh-Hant');
    const y = options.scales!.y as { beginAtZero?: boolean; title?: { text?: string } };
    expect(y.beginAtZero).toBe(true);
    expect(y.title!.text).toBe('$M/day');
  });

  it('gives every dataset a legend label', () => {
    for (const d of incomeByBuyerConfig(input({ showPinned: true })).data.datasets) expect(d.label).toBeTruthy();
  });

  it('changes when the input changes, and its table matches its data', () => {
    const a = incomeByBuyerConfig(input());
    const b = incomeByBuyerConfig(
      input({ categories: [{ id: 'india', label: 'India', scenario: 50, baseline: 74.1 }] }),
    );
    expect(b.data.datasets[0]!.data).toEqual([50]);
    expect(b).not.toEqual(a);
    expect(chartTable(a, { firstColumn: 'Buyer' })).toEqual({
      columns: ['Buyer', 'This scenario', 'Mid-2025'],
      rows: [
        ['India', '73.6', '74.1'],
        ['China', '112.5', '112.5'],
        ['Products', '176.0', '176.0'],
      ],
    });
  });
});
