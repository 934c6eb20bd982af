// Owns one Chart.js instance on a canvas: created once, updated in place without animation, destroyed on request.
import { Chart, type ChartConfiguration, type ChartType, type DefaultDataPoint } from 'chart.js';
import { registerChartJs } from './register-chart-js.ts';

/** Makes `target` equal to `source` key for key while keeping the object, so Chart.js keeps its metadata. */
function assignInPlace(target: object, source: object): void {
  const t = target as Record<string, unknown>;
  for (const key of Object.keys(t)) if (!(key in source)) delete t[key];
  Object.assign(t, source);
}

/** The mark the bench waits for (src/bench/page-scripts.ts): this chart has just been drawn. */
function markDrawn(chartId: string): void {
  if (typeof performance !== 'undefined') performance.mark('chart-drawn', { detail: chartId });
}

export class ChartController<TType extends ChartType = ChartType, TData = DefaultDataPoint<TType>> {
  #chart: Chart<TType, TData>;
  readonly #canvas: HTMLCanvasElement;

  constructor(canvas: HTMLCanvasElement, config: ChartConfiguration<TType, TData>) {
    registerChartJs();
    this.#canvas = canvas;
    this.#chart = new Chart(canvas, config);
    markDrawn(this.#chart.id);
  }

  /** The Chart.js instance, for tests. */
  get chart(): Chart<TType, TData> {
    return this.#chart;
  }

  /**
   * Applies a freshly built config. Labels and dataset objects are updated in place when the dataset count
   * is unchanged (so Chart.js keeps its elements and legend toggles); otherwise the dataset array is
   * replaced. Options are replaced. Then one redraw with no animation. A different chart type cannot be
   * updated in place, so that case rebuilds the Chart.
   */
  update(config: ChartConfiguration<TType, TData>): void {
    const chart = this.#chart;
    if ((chart.config as { type?: ChartType }).type !== config.type) {
      chart.destroy();
      this.#chart = new Chart(this.#canvas, config);
      markDrawn(this.#chart.id);
      return;
    }
    const next = config.data;
    const labels = chart.data.labels;
    if (labels && next.labels) labels.splice(0, labels.length, ...next.labels);
    else chart.data.labels = next.labels ? [...next.labels] : [];

    const current = chart.data.datasets;
    if (current.length === next.datasets.length) next.datasets.forEach((d, i) => assignInPlace(current[i]!, d));
    else chart.data.datasets = next.datasets;

    if (config.options) chart.options = config.options as Chart<TType, TData>['options'];
    chart.update('none');
    markDrawn(chart.id);
  }

  destroy(): void {
    this.#chart.destroy();
  }
}
