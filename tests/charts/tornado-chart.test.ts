// Tests the tornado config: horizontal floating bars from the scenario's income, non-colour cues, tooltip and table.
import type { TooltipItem } from 'chart.js';
import { describe, expect, it } from 'vitest';
import {
  LABEL_WRAP,
  TORNADO_ROW_PX,
  tornadoHeightPx,
  tornadoConfig,
  tornadoTable,
  type TornadoChartInput,
  wrapLabel,
} from '../../src/charts/tornado-chart.ts';

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

describe('wrapLabel: parameter names fit a 360 px phone', () => {
  it('breaks English at spaces, never past the width', () => {
    expect(wrapLabel("India's purchases of Russian crude", 16)).toEqual(["India's", 'purchases of', 'Russian crude']);
    expect(wrapLabel('Oil-price drop', 16)).toEqual(['Oil-price drop']);
  });

  it('breaks a word longer than a line between characters', () => {
    expect(wrapLabel('Supercalifragilistic', 8)).toEqual(['Supercal', 'ifragili', 'stic']);
  });

  it('counts a Chinese character as two narrow ones and breaks between characters', () => {
    // 印度購買俄羅斯原油: nine characters, eighteen narrow widths; 16 per line leaves one character over.
    expect(wrapLabel('印度購買俄羅斯原油', 16)).toEqual(['印度購買俄羅斯原', '油']);
    expect(wrapLabel('對印度的二級關稅', 16)).toEqual(['對印度的二級關稅']);
  });

  it('returns one empty line for an empty name', () => {
    expect(wrapLabel('   ', 10)).toEqual(['']);
  });

  it('wraps the y axis narrower on a phone-sized chart than on a wide one', () => {
    const config = tornadoConfig(input());
    const y = config.options!.scales!.y as { ticks: { callback: (this: unknown, value: number) => string[] } };
    const scale = (width: number) => ({
      chart: { width },
      getLabelForValue: () => "India's purchases of Russian crude",
    });
    const phone = y.ticks.callback.call(scale(300), 0);
    const wide = y.ticks.callback.call(scale(900), 0);
    expect(phone.every((line) => line.length <= LABEL_WRAP.narrowChars)).toBe(true);
    expect(phone.length).toBeGreaterThan(1);
    expect(wide).toEqual(["India's purchases of Russian", 'crude']);
  });
});

describe('tornadoHeightPx', () => {
  it('gives every row room for three 12 px lines, so wrapped names never overlap', () => {
    expect(TORNADO_ROW_PX).toBeGreaterThanOrEqual(3 * 12);
    // Twelve rows (the model's uncertain inputs at mid-2025) get 12 × 44 px plus the legend and axis.
    expect(tornadoHeightPx(12) - tornadoHeightPx(11)).toBe(TORNADO_ROW_PX);
    expect(tornadoHeightPx(12)).toBeGreaterThanOrEqual(12 * 36 + 100);
    expect(tornadoHeightPx(0)).toBe(tornadoHeightPx(1));
  });
});
