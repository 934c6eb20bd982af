// Tests the waterfall config: floating bars that chain, totals from 0, non-colour cues, tooltip signs and its table.
import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/charts/chart-table.ts';
import {
  waterfallConfig,
  waterfallSteps,
  waterfallTable,
  type WaterfallInput,
} from '../../src/charts/waterfall-chart.ts';

const input = (over: Partial<WaterfallInput> = {}): WaterfallInput => ({
  baselineTotal: 13.63,
  parts: [
    { id: 'price', label: 'Oil price', value: -2.19 },
    { id: 'india', label: 'India', value: 0.5 },
    { id: 'tariffs', label: 'Tariffs', value: -0.49 },
  ],
  total: 11.45,
  labels: {
    baseline: 'Mid-2025',
    scenario: 'This scenario',
    axis: 'USD bn a month',
    increase: 'Raises income',
    decrease: 'Lowers income',
  },
  locale: 'en',
  ...over,
});

type Tooltip = { callbacks: { label: (item: TooltipItem<'bar'>) => string } };
const tooltipLabel = (config: ReturnType<typeof waterfallConfig>, datasetIndex: number, dataIndex: number) =>
  (config.options!.plugins!.tooltip as unknown as Tooltip).callbacks.label({
    datasetIndex,
    dataIndex,
    dataset: config.data.datasets[datasetIndex]!,
  } as TooltipItem<'bar'>);

describe('waterfallSteps', () => {
  it('starts each part where the previous one ended, with both totals from 0', () => {
    const steps = waterfallSteps(input());
    expect(steps.map((s) => s.kind)).toEqual(['baseline', 'decrease', 'increase', 'decrease', 'scenario']);
    expect(steps[0]).toEqual({ label: 'Mid-2025', kind: 'baseline', start: 0, end: 13.63, change: null });
    for (let i = 2; i < steps.length - 1; i++) expect(steps[i]!.start).toBe(steps[i - 1]!.end);
    expect(steps[3]!.end).toBeCloseTo(11.45, 12);
    expect(steps.at(-1)).toEqual({ label: 'This scenario', kind: 'scenario', start: 0, end: 11.45, change: null });
  });

  it('counts a part of exactly 0 as no decrease', () => {
    expect(waterfallSteps(input({ parts: [{ id: 'x', label: 'X', value: 0 }] }))[1]!.kind).toBe('increase');
  });
});

describe('waterfallConfig', () => {
  const config = waterfallConfig(input());

  it('has one category per bar and one dataset per kind, each only at its own bars', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Mid-2025', 'Oil price', 'India', 'Tariffs', 'This scenario']);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Mid-2025',
      'Raises income',
      'Lowers income',
      'This scenario',
    ]);
    const [baseline, increase, decrease, scenario] = config.data.datasets.map((d) => d.data);
    expect(baseline).toEqual([[0, 13.63], null, null, null, null]);
    expect(increase).toEqual([null, null, [13.63 - 2.19, 13.63 - 2.19 + 0.5], null, null]);
    expect(decrease![1]).toEqual([13.63, 13.63 - 2.19]);
    expect(decrease![3]).toEqual([13.63 - 2.19 + 0.5, 13.63 - 2.19 + 0.5 - 0.49]);
    expect(scenario).toEqual([null, null, null, null, [0, 11.45]]);
  });

  it('draws every dataset in one slot per category (not grouped side by side)', () => {
    for (const d of config.data.datasets) expect((d as { grouped?: boolean }).grouped).toBe(false);
  });

  it('tells increases from decreases by border width and fill, not colour alone', () => {
    const [baseline, increase, decrease, scenario] = config.data.datasets;
    expect(baseline!.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(baseline!.borderWidth).toBe(2);
    expect(increase!.borderWidth).toBe(0);
    expect(decrease!.borderWidth).toBe(3);
    expect(String(decrease!.backgroundColor)).toMatch(/^rgba\(.*, 0\.35\)$/);
    expect(scenario!.borderWidth).toBe(0);
    const cues = new Set(config.data.datasets.map((d) => `${d.borderWidth} ${String(d.backgroundColor)}`));
    expect(cues.size).toBe(4);
  });

  it('states each part with its sign in the tooltip, and totals plainly', () => {
    expect(tooltipLabel(config, 2, 1)).toBe('Lowers income: −2.19');
    expect(tooltipLabel(config, 1, 2)).toBe('Raises income: +0.50');
    expect(tooltipLabel(config, 0, 0)).toBe('Mid-2025: 13.63');
    expect(tooltipLabel(config, 3, 4)).toBe('This scenario: 11.45');
  });

  it('turns animation off, shows the legend, starts the axis at 0 and uses the locale', () => {
    const options = waterfallConfig(input({ locale: 'zh-Hant' })).options!;
    expect(options.animation).toBe(false);
    expect(options.responsive).toBe(true);
    expect(options.locale).toBe('zh-Hant');
    expect(options.plugins!.legend!.display).toBe(true);
    const y = options.scales!.y as { beginAtZero?: boolean; title?: { text?: string } };
    expect(y.beginAtZero).toBe(true);
    expect(y.title!.text).toBe('USD bn a month');
  });

  it('changes when the input changes', () => {
    const other = waterfallConfig(input({ parts: [{ id: 'price', label: 'Oil price', value: -1 }], total: 12.63 }));
    expect(other.data.labels).toEqual(['Mid-2025', 'Oil price', 'This scenario']);
    expect(other).not.toEqual(config);
  });
});

describe('waterfallTable', () => {
  it('lists each bar with its signed change and the level it ends at', () => {
    expect(waterfallTable(input(), { item: '', change: 'Change', level: 'Income' })).toEqual({
      columns: ['', 'Change', 'Income'],
      rows: [
        ['Mid-2025', '—', '13.63'],
        ['Oil price', '−2.19', '11.44'],
        ['India', '+0.50', '11.94'],
        ['Tariffs', '−0.49', '11.45'],
        ['This scenario', '—', '11.45'],
      ],
    });
  });

  it('is needed because chartTable cannot read floating bars', () => {
    expect(chartTable(waterfallConfig(input())).rows[0]).toEqual(['Mid-2025', '—', '—', '—', '—']);
  });

  it('formats numbers for the locale', () => {
    const table = waterfallTable(input({ locale: 'de', baselineTotal: 1234.5, total: 1234.5, parts: [] }), {
      item: '',
      change: 'Δ',
      level: 'L',
    });
    expect(table.rows[0]).toEqual(['Mid-2025', '—', '1.234,5']);
  });
});
