// Tests the chart CSV: raw numbers, units in the headers, RFC 4180 quoting, the UTF-8 BOM, and each kind of chart the page draws.
import { describe, expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import { dropSweepChart, incomeByBuyerChart } from '../../src/app/charts/chart-configs.ts';
import { waterfallChart, tornadoChart } from '../../src/app/charts/why-charts.ts';
import { chartStateFor } from '../app/charts/chart-state.ts';
import { CHART_CSV_DECIMALS, chartCsv, chartCsvRows, roundForCsv } from '../../src/export/chart-csv.ts';
import { UTF8_BOM } from '../../src/report/csv-writer.ts';
import { ensureLanguage, translator } from '../../src/i18n/translate.ts';

// The page loads Traditional Chinese on demand; here it is needed at once.
await ensureLanguage('zh-Hant');

const words = { category: 'Category', series: 'Bar', from: 'from', to: 'to' };

const state = chartStateFor;

/** The records of a CSV text, without its BOM, split on CRLF (no field in these tests holds a line break). */
const records = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('chartCsv', () => {
  /** The model's own number at the CSV's stated precision: three decimals. */
  const at3 = (value: number) => Math.round(value * 1000) / 1000;

  it('income by buyer: one row per buyer, scenario and baseline columns with the unit and precision', () => {
    const scenario = { ...model.defaults, drop: 10 };
    const { config } = incomeByBuyerChart(state(scenario));
    const rows = chartCsvRows(config, words);
    expect(rows[0]).toEqual([
      'Category',
      'This scenario (USD bn a month; 3 decimals)',
      'Mid-2025 baseline (USD bn a month; 3 decimals)',
    ]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(config.data.labels);
    expect(rows.slice(1).map((row) => row[1])).toEqual(config.data.datasets[0]!.data.map((v) => at3(v as number)));
    expect(rows.slice(1).map((row) => row[2])).toEqual(config.data.datasets[1]!.data.map((v) => at3(v as number)));
    const csv = chartCsv(config, words);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    // Three decimals at most, and never a thousands separator.
    expect(records(csv)[1]).toMatch(/^India,\d+(\.\d{1,3})?,\d+(\.\d{1,3})?$/);
  });

  it('rounds float noise away to the stated three decimals, and never writes −0', () => {
    expect(roundForCsv(0.26280000000000003)).toBe(0.263);
    expect(roundForCsv(0.1 + 0.2)).toBe(0.3);
    expect(roundForCsv(-0.0004)).toBe(0);
    expect(Object.is(roundForCsv(-0.0004), -0)).toBe(false);
    expect(roundForCsv(-2.23564)).toBe(-2.236);
    expect(CHART_CSV_DECIMALS).toBe(3);
    const config = { data: { labels: ['x'], datasets: [{ label: 'y', data: [0.26280000000000003] }] } };
    expect(chartCsv(config, words)).toBe(`${UTF8_BOM}Category,y\r\nx,0.263\r\n`);
  });

  it('drop sweep: x with its axis title, swept series only (no markers, references or band)', () => {
    const { config } = dropSweepChart(state({ ...model.defaults, drop: 10 }));
    const rows = chartCsvRows(config, words);
    expect(rows[0]).toEqual([
      'Drop in Brent from mid-2025 (USD/bbl)',
      'This scenario (USD bn a month; 3 decimals)',
      'Mid-2025 baseline (USD bn a month; 3 decimals)',
    ]);
    const xs = rows.slice(1).map((row) => row[0] as number);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const atTen = rows.find((row) => row[0] === 10)!;
    // The scenario's line at its own drop is the scenario's income.
    const swept = model.evaluate({ ...model.defaults, drop: 10 }).totalMonth!;
    expect(atTen[1]).toBe(at3(swept));
  });

  it('keeps Chinese labels, units and punctuation, and writes amounts in 億 like the axis title says', () => {
    const chart = incomeByBuyerChart(state(model.defaults, 'zh-Hant'));
    const zhWords = {
      category: '類別',
      series: '長條',
      from: '起點',
      to: '終點',
      withUnit: '{label}（{unit}，小數{decimals}位）',
    };
    const csv = chartCsv(chart.config, zhWords);
    expect(records(csv)[0]).toBe('類別,本情境（億美元/月，小數3位）,2025年中基準（億美元/月，小數3位）');
    expect(csv.startsWith('\uFEFF類別')).toBe(true);
    // One USD bn is 10億: the Chinese India row is ten times the English one (to the CSV's rounding).
    const english = chartCsvRows(incomeByBuyerChart(state(model.defaults)).config, words);
    const chinese = chartCsvRows(chart.config, zhWords);
    expect(chinese[1]![1] as number).toBeCloseTo((english[1]![1] as number) * 10, 1);
    expect(csv).not.toContain('十億');
  });

  it('waterfall: one floating bar per row becomes bar, from and to', () => {
    const t = translator('en');
    const chart = waterfallChart({ model, scenario: { ...model.defaults, drop: 10 }, lang: 'en', t });
    const rows = chartCsvRows(chart.config, words);
    expect(rows[0]).toEqual([
      'Category',
      'Bar',
      'from (USD bn a month; 3 decimals)',
      'to (USD bn a month; 3 decimals)',
    ]);
    const first = rows[1]!;
    expect(first[2]).toBe(0);
    expect(first[3]).toBe(at3(model.baseline.totalMonth!));
    const last = rows.at(-1)!;
    expect(last[3]).toBe(at3(model.evaluate({ ...model.defaults, drop: 10 }).totalMonth!));
  });

  it('tornado: floating bars that share rows take a from and a to column each', () => {
    const t = translator('en');
    const chart = tornadoChart({ model, scenario: model.defaults, lang: 'en', t });
    const [header, first] = chartCsvRows(chart.config, words);
    expect(header).toHaveLength(5);
    expect(header![1]).toMatch(/: from \(USD bn a month; 3 decimals\)$/);
    expect(header![2]).toMatch(/: to \(USD bn a month; 3 decimals\)$/);
    expect(first![1]).toBe(at3(model.baseline.totalMonth!));
  });

  it('falls back to the category word and no unit when the chart names neither', () => {
    const config = { data: { labels: ['a,b'], datasets: [{ label: 'Say "hi"', data: [1.5] }] } };
    expect(chartCsv(config, words)).toBe(`${UTF8_BOM}Category,"Say ""hi"""\r\n"a,b",1.5\r\n`);
  });
});
