// Tests the drop-sweep line config: series styles, reference lines, level line, y span and its table.
import { describe, expect, it } from 'vitest';
import { type SweepPoint, sweepHeadline } from '../../src/analysis/drop-sweep.ts';
import { chartTable, sharedDecimals, type TableMark } from '../../src/charts/chart-table.ts';
import { dropSweepConfig, paddedRange, type DropSweepInput, type XY } from '../../src/charts/drop-sweep-chart.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';

const model = compileModel(crudeLeverageModel);
/** A sweep as the chart takes it: x the drop, y the income (in USD bn here, as the English axis reads). */
const line = (points: readonly SweepPoint[]): XY[] => points.map((p) => ({ x: p.valueUsdPerBbl, y: p.usdBnPerMonth }));
const baseline = line(sweepHeadline(model, outputs, model.defaults));
const labels = {
  scenario: 'This scenario',
  baseline: 'Defaults',
  pinned: 'Scenario A',
  current: 'Current drop',
  xAxis: 'Drop ($/bbl)',
  yAxis: 'USD bn/month',
  baselineLevel: 'Mid-2025 income',
};

const input = (over: Partial<DropSweepInput> = {}): DropSweepInput => {
  const scenario = line(sweepHeadline(model, outputs, { ...model.defaults, 'tariff-india': 100 }));
  return {
    scenario,
    baseline,
    currentDrop: 10,
    currentTotal: scenario[30]!.y,
    references: [
      { id: 'ten-lower', label: '$10 lower', drop: 10 },
      { id: 'fiscal-rule', label: 'Urals at $60', drop: -2 },
      { id: 'far', label: 'Out of range', drop: 55 },
    ],
    baselineTotal: model.baseline.totalMonth!,
    labels,
    locale: 'en',
    ...over,
  };
};

const byLabel = (config: ReturnType<typeof dropSweepConfig>, label: string) =>
  config.data.datasets.find((d) => d.label === label)!;

describe('dropSweepConfig', () => {
  it('draws scenario solid, baseline dashed and pinned dotted', () => {
    const config = dropSweepConfig(input({ pinned: baseline }));
    expect(config.type).toBe('line');
    expect(byLabel(config, 'This scenario').borderDash).toEqual([]);
    expect(byLabel(config, 'Defaults').borderDash).toEqual([6, 4]);
    expect(byLabel(config, 'Scenario A').borderDash).toEqual([2, 3]);
    expect(byLabel(config, 'This scenario').data).toHaveLength(61);
  });

  it('leaves pinned out when not given', () => {
    expect(dropSweepConfig(input()).data.datasets.some((d) => d.label === 'Scenario A')).toBe(false);
  });

  it('marks the current drop with one large rotated-square point and no line', () => {
    const current = byLabel(dropSweepConfig(input()), 'Current drop');
    expect(current.data).toEqual([{ x: 10, y: input().currentTotal }]);
    expect(current.pointStyle).toBe('rectRot');
    expect(current.showLine).toBe(false);
    expect(current.pointRadius).toBeGreaterThanOrEqual(8);
  });

  it('draws reference lines inside the x range only, spanning the y range of the data', () => {
    const config = dropSweepConfig(input({ pinned: baseline }));
    expect(config.data.datasets.some((d) => d.label === 'Out of range')).toBe(false);
    const ys = config.data.datasets
      .filter((d) => (d as TableMark).inTable !== false)
      .flatMap((d) => (d.data as XY[]).map((p) => p.y));
    const y = config.options!.scales!.y as { min: number; max: number };
    for (const label of ['$10 lower', 'Urals at $60']) {
      const line = byLabel(config, label);
      const [a, b] = line.data as XY[];
      expect(a!.x).toBe(b!.x);
      expect(a!.y).toBe(y.min);
      expect(b!.y).toBe(y.max);
      expect(a!.y).toBeLessThanOrEqual(Math.min(...ys));
      expect(b!.y).toBeGreaterThanOrEqual(Math.max(...ys));
    }
    expect((byLabel(config, '$10 lower').data as XY[])[0]!.x).toBe(10);
    expect(byLabel(config, '$10 lower').borderDash).not.toEqual(byLabel(config, 'Urals at $60').borderDash);
  });

  it('gives every dataset its own dash pattern or point style, and a legend label', () => {
    const datasets = dropSweepConfig(input({ pinned: baseline })).data.datasets;
    const lines = datasets.filter((d) => d.showLine !== false);
    expect(new Set(lines.map((d) => JSON.stringify(d.borderDash))).size).toBe(lines.length);
    for (const d of datasets) expect(d.label).toBeTruthy();
  });

  it('draws the mid-2025 level as a horizontal line across the x range', () => {
    const level = byLabel(dropSweepConfig(input()), 'Mid-2025 income');
    expect(level.data).toEqual([
      { x: -20, y: model.baseline.totalMonth },
      { x: 40, y: model.baseline.totalMonth },
    ]);
    expect((level.borderDash as number[]).length).toBeGreaterThan(0);
  });

  it('sets a linear x axis from -20 to 40, titles, locale, and no animation', () => {
    const options = dropSweepConfig(input({ locale: 'zh-Hant' })).options!;
    const x = options.scales!.x as { type: string; min: number; max: number; title: { text: string } };
    expect([x.type, x.min, x.max, x.title.text]).toEqual(['linear', -20, 40, 'Drop ($/bbl)']);
    expect((options.scales!.y as { title: { text: string } }).title.text).toBe('USD bn/month');
    expect(options.animation).toBe(false);
    expect(options.responsive).toBe(true);
    expect(options.maintainAspectRatio).toBe(false);
    expect(options.locale).toBe('zh-Hant');
  });

  it('changes when the input changes', () => {
    const a = dropSweepConfig(input());
    const b = dropSweepConfig(input({ currentDrop: 20, currentTotal: 5 }));
    expect(byLabel(b, 'Current drop').data).toEqual([{ x: 20, y: 5 }]);
    expect((b.options!.scales!.y as { min: number }).min).toBeLessThanOrEqual(5);
    expect(b).not.toEqual(a);
  });

  it('tabulates only the swept series, one row per drop', () => {
    const config = dropSweepConfig(input({ pinned: baseline }));
    const table = chartTable(config);
    expect(table.columns).toEqual(['Drop ($/bbl)', 'This scenario', 'Defaults', 'Scenario A']);
    expect(table.rows).toHaveLength(61);
    // The drop column is whole dollars with the true minus sign; the incomes share one decimal count.
    expect(table.rows[0]![0]).toBe('−20');
    const incomes = [input().scenario, baseline, baseline].flatMap((s) => s.map((p) => p.y));
    const digits = sharedDecimals(incomes);
    const format = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    expect(table.rows[30]).toEqual([
      '10',
      ...[input().scenario, baseline, baseline].map((s) => format.format(s[30]!.y)),
    ]);
    expect(new Set(table.rows.flatMap((row) => row.slice(1).map((cell) => cell.split('.')[1]?.length ?? 0))).size).toBe(
      1,
    );
  });
});

describe('paddedRange', () => {
  it('contains the data with room to spare', () => {
    const r = paddedRange([8.2, 21.7]);
    expect(r.min).toBeLessThan(8.2);
    expect(r.max).toBeGreaterThan(21.7);
  });
  it('does not go below zero for non-negative data', () => {
    expect(paddedRange([0, 18]).min).toBe(0);
    expect(paddedRange([-3, 18]).min).toBeLessThan(-3);
  });
  it('copes with a single value and with no finite values', () => {
    const r = paddedRange([10]);
    expect(r.min).toBeLessThan(10);
    expect(r.max).toBeGreaterThan(10);
    expect(paddedRange([Number.NaN])).toEqual({ min: 0, max: 1 });
  });
});

describe('the uncertainty band', () => {
  const band = { low: 13.2, high: 14.2, label: 'Likely range' };

  it('is an outlined box around the current drop, wider than the marker on a 360 px phone', () => {
    const config = dropSweepConfig(input({ band }));
    const box = byLabel(config, 'Likely range');
    const points = box.data as XY[];
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    expect(Math.min(...ys)).toBe(13.2);
    expect(Math.max(...ys)).toBe(14.2);
    // The x axis runs from −20 to 40: 60 $/bbl. The box reaches 5% of that (3 $/bbl) each side of 10.
    expect(Math.min(...xs)).toBeCloseTo(7, 10);
    expect(Math.max(...xs)).toBeCloseTo(13, 10);
    // Closed: starts and ends on the same corner side, and every corner is visited.
    for (const corner of [
      { x: 7, y: 13.2 },
      { x: 7, y: 14.2 },
      { x: 13, y: 14.2 },
      { x: 13, y: 13.2 },
    ])
      expect(points.some((p) => Math.abs(p.x - corner.x) < 1e-9 && p.y === corner.y)).toBe(true);
    // On a 360 px phone the plot is at least 250 px wide: 3/60 of it is 12.5 px, past the marker's radius.
    const current = byLabel(config, 'Current drop');
    expect(250 * (3 / 60)).toBeGreaterThan(current.pointRadius as number);
    expect(box.borderWidth).toBeGreaterThanOrEqual(2);
    expect((box as TableMark).inTable).toBe(false);
  });

  it('is drawn beneath the marker and counts in the y range', () => {
    const config = dropSweepConfig(input({ band: { low: 1, high: 30, label: 'Likely range' } }));
    expect(byLabel(config, 'Likely range').order).toBeGreaterThan(byLabel(config, 'Current drop').order ?? 0);
    const y = config.options!.scales!.y as { min: number; max: number };
    expect(y.min).toBeLessThanOrEqual(1);
    expect(y.max).toBeGreaterThanOrEqual(30);
  });

  it('is left out when there is no band yet', () => {
    expect(dropSweepConfig(input()).data.datasets.some((d) => d.label === 'Likely range')).toBe(false);
  });
});
