// Builds the one chart an embedded view shows, from the simulator's state (no uncertainty band: the embed runs no Monte Carlo; the timeline's forward scenario comes without its band).
import type { Translate } from '../../i18n/translate.ts';
import type { EmbedChartId } from '../../link/view-params.ts';
import {
  type PageChart,
  calculusChart,
  chartStateOf,
  dropSweepChart,
  incomeByBuyerChart,
} from '../charts/chart-configs.ts';
import { waterfallChart } from '../charts/why-charts.ts';
import { timelineChart } from '../charts/timeline-page-chart.ts';
import { timelineReport } from '../../analysis/backtest-report.ts';
import type { Simulator } from '../simulator.svelte.ts';

export function embedChart(id: EmbedChartId, simulator: Simulator, t: Translate): PageChart {
  if (id === 'waterfall')
    return waterfallChart({ model: simulator.model, scenario: simulator.scenario, lang: simulator.lang, t });
  if (id === 'timeline') {
    const { model, from, scenario, lang } = simulator;
    return timelineChart(timelineReport(model, from ? { from, scenario, band: null } : null), lang, t);
  }
  const state = chartStateOf(simulator, null, t);
  if (id === 'income-by-buyer') return incomeByBuyerChart(state);
  if (id === 'calculus') return calculusChart(state);
  return dropSweepChart(state);
}
