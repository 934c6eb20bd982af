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
  Tooltip,
} from 'chart.js';

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
  registered = true;
}
