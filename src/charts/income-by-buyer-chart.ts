// Pure config builder for the income-by-buyer bar chart: scenario, baseline and (optionally) pinned scenario A.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { seriesColour, transparent, withAlpha } from './palette.ts';
import { bottomLegend, commonOptions } from './common-options.ts';

export interface IncomeCategory {
  id: string;
  /** Already translated. */
  label: string;
  /** Income in the scenario, $M/day. */
  scenario: number;
  baseline: number;
  pinned?: number;
}

export interface IncomeByBuyerInput {
  categories: readonly IncomeCategory[];
  /** Already translated legend labels and y-axis title. */
  labels: { scenario: string; baseline: string; pinned: string; axis: string };
  /** BCP 47 tag, e.g. 'en' or 'zh-Hant'; Chart.js formats tick and tooltip numbers with it. */
  locale: string;
  showPinned: boolean;
}

/**
 * The three series differ by more than colour:
 * - scenario: solid fill, no border;
 * - baseline: outline only (transparent fill, 2px black border);
 * - pinned A: Chart.js cannot dash a bar's border, so a tinted fill (35% alpha) with a thick 3px border,
 *   i.e. neither solid nor hollow. The legend boxes repeat each cue.
 */
export function incomeByBuyerConfig(input: IncomeByBuyerInput): ChartConfiguration<'bar'> {
  const { categories, labels, locale, showPinned } = input;
  const datasets: ChartDataset<'bar', (number | null)[]>[] = [
    {
      label: labels.scenario,
      data: categories.map((c) => c.scenario),
      backgroundColor: seriesColour.scenario,
      borderColor: seriesColour.scenario,
      borderWidth: 0,
    },
    {
      label: labels.baseline,
      data: categories.map((c) => c.baseline),
      backgroundColor: transparent,
      borderColor: seriesColour.baseline,
      borderWidth: 2,
    },
  ];
  if (showPinned) {
    datasets.push({
      label: labels.pinned,
      data: categories.map((c) => c.pinned ?? null),
      backgroundColor: withAlpha(seriesColour.pinned, 0.35),
      borderColor: seriesColour.pinned,
      borderWidth: 3,
    });
  }
  return {
    type: 'bar',
    data: { labels: categories.map((c) => c.label), datasets },
    options: {
      ...commonOptions(locale),
      plugins: { ...bottomLegend },
      scales: {
        x: { type: 'category' },
        y: { type: 'linear', beginAtZero: true, title: { display: true, text: labels.axis } },
      },
    },
  };
}
