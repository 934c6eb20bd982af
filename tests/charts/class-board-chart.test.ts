// Tests the class board's chart configs: series, non-colour cues, the baseline and model lines, no animation, the table.
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/charts/chart-table.ts';
import {
  type ClassIncomeInput,
  type ClassPredictionInput,
  VERDICT_STYLE,
  classIncomeConfig,
  classPredictionConfig,
  verdictOf,
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

  it('reads a comparison as a verdict', () => {
    expect(verdictOf({ close: true, directionRight: true })).toBe('close');
    expect(verdictOf({ close: false, directionRight: true })).toBe('direction');
    expect(verdictOf({ close: false, directionRight: false })).toBe('wrong');
  });
});
