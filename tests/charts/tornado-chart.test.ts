// Tests the tornado config: horizontal floating bars from the scenario's income, non-colour cues, tooltip and table.
import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { tornadoConfig, tornadoTable, type TornadoChartInput } from '../../src/charts/tornado-chart.ts';

const input = (over: Partial<TornadoChartInput> = {}): TornadoChartInput => ({
  rows: [
    { label: 'All other crude buyers', low: 13.27, high: 13.98, lowValueText: '0.32 mb/d', highValueText: '0.72 mb/d' },
    { label: 'Urals discount', low: 13.72, high: 13.53, lowValueText: '$11/bbl', highValueText: '$13/bbl' },
  ],
  center: 13.63,
  labels: { low: 'Low end of range', high: 'High end of range', axis: 'USD bn a month' },
  locale: 'en',
  ...over,
});

type Tooltip = { callbacks: { label: (item: TooltipItem<'bar'>) => string } };
const tooltipLabel = (config: ReturnType<typeof tornadoConfig>, datasetIndex: number, dataIndex: number) =>
  (config.options!.plugins!.tooltip as unknown as Tooltip).callbacks.label({
    datasetIndex,
    dataIndex,
    dataset: config.data.datasets[datasetIndex]!,
  } as TooltipItem<'bar'>);

describe('tornadoConfig', () => {
  const config = tornadoConfig(input());

  it('draws horizontal bars, one row per parameter in the given order', () => {
    expect(config.type).toBe('bar');
    expect(config.options!.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['All other crude buyers', 'Urals discount']);
  });

  it('starts every bar at the center and ends it at the income at that end of the range', () => {
    const [low, high] = config.data.datasets;
    expect(low!.label).toBe('Low end of range');
    expect(low!.data).toEqual([
      [13.63, 13.27],
      [13.63, 13.72],
    ]);
    expect(high!.data).toEqual([
      [13.63, 13.98],
      [13.63, 13.53],
    ]);
    for (const d of config.data.datasets) expect((d as { grouped?: boolean }).grouped).toBe(false);
  });

  it('tells the low end from the high end by border and fill, not colour alone', () => {
    const [low, high] = config.data.datasets;
    expect(low!.borderWidth).toBe(3);
    expect(String(low!.backgroundColor)).toMatch(/^rgba\(.*, 0\.35\)$/);
    expect(high!.borderWidth).toBe(0);
  });

  it('names the parameter value used in the tooltip', () => {
    expect(tooltipLabel(config, 0, 1)).toBe('Low end of range ($11/bbl): 13.72');
    expect(tooltipLabel(config, 1, 0)).toBe('High end of range (0.72 mb/d): 13.98');
  });

  it('turns animation off, shows the legend and titles the income axis', () => {
    const options = tornadoConfig(input({ locale: 'zh-Hant' })).options!;
    expect(options.animation).toBe(false);
    expect(options.locale).toBe('zh-Hant');
    expect(options.plugins!.legend!.display).toBe(true);
    expect((options.scales!.x as { title?: { text?: string } }).title!.text).toBe('USD bn a month');
  });

  it('fits the income axis to the bars and the center instead of starting at 0', () => {
    const x = config.options!.scales!.x as { min: number; max: number };
    expect(x.min).toBeGreaterThan(13);
    expect(x.min).toBeLessThanOrEqual(13.27);
    expect(x.max).toBeGreaterThanOrEqual(13.98);
    expect(x.max).toBeLessThan(14.5);
  });

  it('changes with the input, and draws nothing for no rows', () => {
    const empty = tornadoConfig(input({ rows: [] }));
    expect(empty.data.labels).toEqual([]);
    expect(empty.data.datasets.every((d) => d.data.length === 0)).toBe(true);
    expect(tornadoConfig(input({ center: 10 })).data.datasets[0]!.data[0]).toEqual([10, 13.27]);
  });
});

describe('tornadoTable', () => {
  it('lists each parameter with its value and the income at both ends', () => {
    const headers = {
      parameter: 'Parameter',
      lowValue: 'Low value',
      lowIncome: 'Income',
      highValue: 'High value',
      highIncome: 'Income',
    };
    expect(tornadoTable(input(), headers)).toEqual({
      columns: ['Parameter', 'Low value', 'Income', 'High value', 'Income'],
      rows: [
        ['All other crude buyers', '0.32 mb/d', '13.27', '0.72 mb/d', '13.98'],
        ['Urals discount', '$11/bbl', '13.72', '$13/bbl', '13.53'],
      ],
    });
  });
});
