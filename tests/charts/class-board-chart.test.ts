// Tests the class board's chart configs: series, non-colour cues, the baseline and model lines, no animation, the table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/charts/chart-table.ts';
import {
  type ClassIncomeInput,
  type ClassPredictionInput,
  VERDICT_STYLE,
  classIncomeConfig,
  classPredictionConfig,
  predictionAxisRange,
} from '../../src/charts/class-board-chart.ts';
import { contrastRatio, dash } from '../../src/charts/palette.ts';

const incomeInput = (over: Partial<ClassIncomeInput> = {}): ClassIncomeInput => ({
  students: [
    { label: 'Ann', incomeUsdBnPerMonth: 11.39, edited: false },
    { label: 'Student 2', incomeUsdBnPerMonth: 13.63, edited: false },
  ],
  baselineUsdBnPerMonth: 13.63,
  labels: {
    standard: 'Standard model',
    edited: 'Edited model',
    baseline: 'Mid-2025',
    xAxis: 'Student',
    yAxis: 'USD bn a month',
  },
  locale: 'en-US',
  ...over,
});

const predictionInput = (over: Partial<ClassPredictionInput> = {}): ClassPredictionInput => ({
  students: [
    { label: 'Ann', value: -2.2, verdict: 'close' },
    { label: 'Ben', value: -1, verdict: 'direction' },
    { label: 'Cy', value: 3, verdict: 'wrong' },
  ],
  modelValue: -2.24,
  labels: {
    close: 'Close',
    direction: 'Right direction',
    wrong: 'Other direction',
    off: 'More than 10% off',
    model: 'Model',
    xAxis: 'Student',
    yAxis: '$bn/month',
  },
  locale: 'en-US',
  ...over,
});

describe('classIncomeConfig', () => {
  it('draws one bar per student and mid-2025 as a dashed line, with animation off', () => {
    const config = classIncomeConfig(incomeInput());
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Ann', 'Student 2']);
    const [bars, baseline] = config.data.datasets;
    expect(bars!.data).toEqual([11.39, 13.63]);
    expect(config.data.datasets).toHaveLength(2);
    expect(baseline).toMatchObject({
      type: 'line',
      label: 'Mid-2025',
      data: [13.63, 13.63],
      borderDash: [...dash.baseline],
      pointRadius: 0,
    });
    expect(config.options).toMatchObject({ animation: false, locale: 'en-US', responsive: true });
    expect(config.options!.scales!.y).toMatchObject({ beginAtZero: true, title: { text: 'USD bn a month' } });
  });

  it('tells edited-model students apart by a hollow bar, not colour alone, in the same slot', () => {
    const config = classIncomeConfig(
      incomeInput({
        students: [
          { label: 'Ann', incomeUsdBnPerMonth: 11, edited: false },
          { label: 'Ben', incomeUsdBnPerMonth: 9, edited: true },
        ],
      }),
    );
    const [standard, edited] = config.data.datasets;
    expect(standard!.data).toEqual([11, null]);
    expect(edited!.data).toEqual([null, 9]);
    expect(standard).toMatchObject({ borderWidth: 0, grouped: false });
    expect(edited).toMatchObject({
      label: 'Edited model',
      backgroundColor: 'rgba(0, 0, 0, 0)',
      borderWidth: 3,
      grouped: false,
    });
  });

  it('turns a missing income into a gap, never NaN', () => {
    const config = classIncomeConfig(
      incomeInput({ students: [{ label: 'A', incomeUsdBnPerMonth: Number.NaN, edited: false }] }),
    );
    expect(config.data.datasets[0]!.data).toEqual([null]);
  });

  it('tables each student’s income and leaves the baseline line out', () => {
    expect(chartTable(classIncomeConfig(incomeInput()))).toEqual({
      columns: ['Student', 'Standard model'],
      rows: [
        ['Ann', '11.39'],
        ['Student 2', '13.63'],
      ],
    });
  });
});

describe('predictionAxisRange', () => {
  it('holds zero and every value with a margin of at least 8% of the spread, on whole steps', () => {
    // 0 … 27: margin 2.16, so −2.16 … 29.16; a step of 10 (31.3 / 5 = 6.3 → 10).
    expect(predictionAxisRange([27, 12])).toEqual({ min: -10, max: 30 });
    // Only zero: a spread of 1 stands in.
    expect(predictionAxisRange([0, 0])).toEqual({ min: -0.25, max: 0.25 });
    // 0 and −0.5 (NaN left out): margin 0.04; step 0.58 / 5 = 0.116 → 0.2, so −0.54 → −0.6 and 0.04 → 0.2.
    expect(predictionAxisRange([Number.NaN, -0.5])).toEqual({ min: -0.6, max: 0.2 });
  });

  it('never puts a value on or past an edge (any values)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }),
        (values) => {
          const { min, max } = predictionAxisRange(values);
          const spread =
            Math.max(0, ...values) - Math.min(0, ...values) || Math.max(Math.abs(Math.max(0, ...values)), 1);
          for (const value of [0, ...values]) {
            expect(value - min).toBeGreaterThanOrEqual(spread * 0.08 * (1 - 1e-9));
            expect(max - value).toBeGreaterThanOrEqual(spread * 0.08 * (1 - 1e-9));
          }
        },
      ),
    );
  });
});

describe('classPredictionConfig', () => {
  it('puts each prediction in its verdict’s series, with its own point shape, and the model’s answer as a solid line', () => {
    const config = classPredictionConfig(predictionInput());
    expect(config.data.labels).toEqual(['Ann', 'Ben', 'Cy']);
    const [close, direction, wrong, answer] = config.data.datasets;
    expect(close!.data).toEqual([-2.2, null, null]);
    expect(direction!.data).toEqual([null, -1, null]);
    expect(wrong!.data).toEqual([null, null, 3]);
    const shapes = [close, direction, wrong].map((d) => (d as { pointStyle?: string }).pointStyle);
    expect(new Set(shapes).size).toBe(3);
    expect([close, direction, wrong].every((d) => (d as { showLine?: boolean }).showLine === false)).toBe(true);
    expect(answer).toMatchObject({ label: 'Model', data: [-2.24, -2.24, -2.24], borderDash: [], pointRadius: 0 });
    expect(config.options).toMatchObject({ animation: false });
    expect(config.options!.scales!.y).toMatchObject({ beginAtZero: true, title: { text: '$bn/month' } });
  });

  it('keeps every marker off the chart’s edges: room at both ends of the value axis and half a category at the sides', () => {
    const config = classPredictionConfig(predictionInput());
    // Values −2.24 … 3 and zero: spread 5.24, margin 0.42, so −2.66 … 3.42; step 6.08 / 5 = 1.22 → 2, so −4 … 4.
    expect(config.options!.scales!.y).toMatchObject({ min: -4, max: 4 });
    expect(config.options!.scales!.x).toMatchObject({ offset: true });
  });

  it('leaves out a verdict no one has', () => {
    const config = classPredictionConfig(
      predictionInput({ students: [{ label: 'Ann', value: -2, verdict: 'close' }] }),
    );
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Close', 'Model']);
  });

  it('tables prediction beside the model’s answer', () => {
    const table = chartTable(classPredictionConfig(predictionInput()));
    expect(table.columns).toEqual(['Student', 'Close', 'Right direction', 'Other direction', 'Model']);
    expect(table.rows[1]).toEqual(['Ben', '—', '−1.00', '—', '−2.24']);
  });

  it('uses verdict colours that stand out against white', () => {
    for (const { colour } of Object.values(VERDICT_STYLE))
      expect(contrastRatio(colour, '#FFFFFF')).toBeGreaterThanOrEqual(3);
  });

  it('gives each verdict its own point shape, so colour is never the only cue', () => {
    const shapes = Object.values(VERDICT_STYLE).map((style) => style.pointStyle);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});
