// Tests ChartController in jsdom (canvas mocked): one Chart per canvas, updates in place, clean destroy.
import { Chart } from 'chart.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ChartController } from '../../src/charts/chart-controller.ts';
import { sweepHeadline } from '../../src/analysis/drop-sweep.ts';
import { dropSweepConfig } from '../../src/charts/drop-sweep-chart.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';
import { incomeByBuyerConfig, type IncomeByBuyerInput } from '../../src/charts/income-by-buyer-chart.ts';

const input = (india: number, showPinned = false): IncomeByBuyerInput => ({
  categories: [
    { id: 'india', label: 'India', scenario: india, baseline: 74, pinned: 60 },
    { id: 'china', label: 'China', scenario: 112, baseline: 112, pinned: 100 },
  ],
  labels: { scenario: 'Scenario', baseline: 'Mid-2025', pinned: 'Scenario A', axis: '$M/day' },
  locale: 'en',
  showPinned,
});

beforeAll(() => {
  // jsdom has no ResizeObserver; Chart.js needs one for responsive charts.
  if (!('ResizeObserver' in globalThis)) {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  }
});

const controllers: ChartController<'bar'>[] = [];
const make = (config = incomeByBuyerConfig(input(70))) => {
  const container = document.createElement('div');
  const canvas = document.createElement('canvas');
  container.append(canvas);
  document.body.append(container);
  const controller = new ChartController(canvas, config);
  controllers.push(controller);
  return { canvas, controller };
};

afterEach(() => {
  for (const c of controllers.splice(0)) if (c.chart.canvas) c.destroy();
  document.body.replaceChildren();
});

describe('ChartController', () => {
  it('creates one Chart on the canvas', () => {
    const { canvas, controller } = make();
    expect(Chart.getChart(canvas)).toBe(controller.chart);
    expect(controller.chart.data.datasets[0]!.data).toEqual([70, 112]);
  });

  it('updates data and styles in place when the dataset count is unchanged', () => {
    const { canvas, controller } = make();
    const chart = controller.chart;
    const labels = chart.data.labels;
    const [scenario, baseline] = chart.data.datasets;
    const update = vi.spyOn(chart, 'update');

    const next = incomeByBuyerConfig({ ...input(50), labels: { ...input(50).labels, scenario: 'Changed' } });
    controller.update(next);

    expect(controller.chart).toBe(chart);
    expect(Chart.getChart(canvas)).toBe(chart);
    expect(chart.data.labels).toBe(labels);
    expect(chart.data.datasets[0]).toBe(scenario);
    expect(chart.data.datasets[1]).toBe(baseline);
    expect(scenario!.data).toEqual([50, 112]);
    expect(scenario!.label).toBe('Changed');
    expect(update).toHaveBeenCalledWith('none');
    expect(chart.getDatasetMeta(0).data).toHaveLength(2);
  });

  it('replaces the datasets when their count changes, and applies new options', () => {
    const { controller } = make();
    const chart = controller.chart;
    controller.update(incomeByBuyerConfig({ ...input(70, true), locale: 'zh-Hant' }));
    expect(chart.data.datasets).toHaveLength(3);
    expect(chart.data.datasets[2]!.data).toEqual([60, 100]);
    expect(chart.options.locale).toBe('zh-Hant');
    expect(chart.getDatasetMeta(2).data).toHaveLength(2);
    controller.update(incomeByBuyerConfig(input(40)));
    expect(chart.data.datasets).toHaveLength(2);
    expect(chart.data.datasets[0]!.data).toEqual([40, 112]);
  });

  it('removes style keys the new config no longer sets', () => {
    const { controller } = make();
    const dataset = controller.chart.data.datasets[0] as unknown as Record<string, unknown>;
    dataset.hoverBackgroundColor = 'red';
    controller.update(incomeByBuyerConfig(input(65)));
    expect('hoverBackgroundColor' in dataset).toBe(false);
  });

  it('resolves changed styles after an in-place update', () => {
    const { controller } = make();
    const next = incomeByBuyerConfig(input(70));
    next.data.datasets[0]!.backgroundColor = '#D55E00';
    controller.update(next);
    expect(controller.chart.getDatasetMeta(0).controller.getStyle(0, false).backgroundColor).toBe('#D55E00');
  });

  it('drives the drop-sweep line chart, including toggling pinned scenario A', () => {
    const model = compileModel(crudeLeverageModel);
    const points = sweepHeadline(model, outputs, model.defaults).map((p) => ({
      x: p.valueUsdPerBbl,
      y: p.usdBnPerMonth,
    }));
    const sweep = (pinned?: typeof points, currentDrop = 0) =>
      dropSweepConfig({
        scenario: points,
        baseline: points,
        pinned,
        currentDrop,
        currentTotal: points[20 + currentDrop]!.y,
        references: [{ id: 'ten', label: '$10 lower', drop: 10 }],
        baselineTotal: model.baseline.totalMonth!,
        labels: {
          scenario: 'S',
          baseline: 'B',
          pinned: 'A',
          current: 'Now',
          xAxis: 'x',
          yAxis: 'y',
          baselineLevel: 'L',
        },
        locale: 'en',
      });
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const controller = new ChartController(canvas, sweep());
    const current = controller.chart.data.datasets[2]!;
    controller.update(sweep(undefined, 5));
    expect(controller.chart.data.datasets[2]).toBe(current);
    expect(current.data).toEqual([{ x: 5, y: points[25]!.y }]);
    controller.update(sweep(points, 5));
    expect(controller.chart.data.datasets.map((d) => d.label)).toEqual(['S', 'B', 'A', 'Now', 'L', '$10 lower']);
    controller.destroy();
  });

  it('destroys the chart and frees the canvas', () => {
    const { canvas, controller } = make();
    controller.destroy();
    expect(Chart.getChart(canvas)).toBeUndefined();
    const again = new ChartController(canvas, incomeByBuyerConfig(input(70)));
    controllers.push(again);
    expect(Chart.getChart(canvas)).toBe(again.chart);
  });
});
