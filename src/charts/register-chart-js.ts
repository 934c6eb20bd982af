// Registers exactly the Chart.js pieces the app's charts use (tree-shaken; never chart.js/auto), once.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Ticks,
  Tooltip,
  type ChartTypeRegistry,
  type Scale,
  type Tick,
  type TooltipItem,
  type TooltipModel,
} from 'chart.js';
import { withTrueMinus } from '../i18n/format.ts';
import { labelled } from './common-options.ts';

/** What the bar, horizontal-bar and line charts need; no Filler, Title or time scales. */
export const chartJsComponents = [
  BarController,
  LineController,
  BarElement,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
] as const;

let registered = false;

/** Safe to call any number of times; registers on the first call only. */
export function registerChartJs(): void {
  if (registered) return;
  Chart.register(...chartJsComponents);
  useTrueMinus();
  registered = true;
}

/**
 * Chart.js formats numbers with Intl, which writes a hyphen-minus ("-20"); the page writes U+2212 everywhere, so
 * linear-axis ticks and default tooltip values do too. Only the number is touched, never a label ("Mid-2025").
 */
function useTrueMinus(): void {
  const numeric = Ticks.formatters.numeric;
  Chart.defaults.scales.linear.ticks.callback = function (
    this: Scale,
    value: number | string,
    index: number,
    ticks: Tick[],
  ) {
    return withTrueMinus(String(numeric.call(this, Number(value), index, ticks)));
  };
  const label = Chart.defaults.plugins.tooltip.callbacks.label;
  Chart.defaults.plugins.tooltip.callbacks.label = function (
    this: TooltipModel<keyof ChartTypeRegistry>,
    item: TooltipItem<keyof ChartTypeRegistry>,
  ) {
    const value = withTrueMinus(item.formattedValue);
    // The default line is "label: value"; in Chinese the colon is full-width.
    const locale = String(item.chart?.options?.locale ?? '');
    if (locale.toLowerCase().startsWith('zh') && item.dataset?.label)
      return labelled(locale, item.dataset.label, value);
    return label.call(this, { ...item, formattedValue: value });
  };
}
