// Pure config builder for the buyer's-calculus chart: a year of the Russian discount vs a year of the tariff.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { seriesColour, transparent } from './palette.ts';
import { bottomLegend, commonOptions } from './common-options.ts';

export interface CalculusBuyer {
  id: string;
  /** Already translated, e.g. "India". */
  label: string;
  /** USD bn a year, scenario and baseline. */
  saving: number;
  tariffCost: number;
  baselineSaving: number;
  baselineTariffCost: number;
}

export interface CalculusInput {
  buyers: readonly CalculusBuyer[];
  /**
   * Already translated. The baseline legend labels are whole strings rather than a suffix, because word
   * order differs between languages ("Saving (mid-2025)" vs "2025年中的節省").
   */
  labels: { saving: string; tariffCost: string; baselineSaving: string; baselineTariffCost: string; axis: string };
  locale: string;
}

/**
 * Horizontal bars, one group per buyer, in a fixed order: saving, tariff bill, baseline saving, baseline
 * tariff bill. Scenario bars are solid; baseline bars are outline only (2px border, transparent fill), so
 * scenario and baseline differ without colour. Saving (bluish green) and tariff (vermillion) are a pair
 * every colour-vision type tells apart; the order, legend and table name them too.
 */
export function calculusConfig(input: CalculusInput): ChartConfiguration<'bar'> {
  const { buyers, labels, locale } = input;
  const solid = (label: string, colour: string, data: number[]): ChartDataset<'bar', number[]> => ({
    label,
    data,
    backgroundColor: colour,
    borderColor: colour,
    borderWidth: 0,
  });
  const outline = (label: string, colour: string, data: number[]): ChartDataset<'bar', number[]> => ({
    label,
    data,
    backgroundColor: transparent,
    borderColor: colour,
    borderWidth: 2,
  });
  return {
    type: 'bar',
    data: {
      labels: buyers.map((b) => b.label),
      datasets: [
        solid(
          labels.saving,
          seriesColour.saving,
          buyers.map((b) => b.saving),
        ),
        solid(
          labels.tariffCost,
          seriesColour.tariffCost,
          buyers.map((b) => b.tariffCost),
        ),
        outline(
          labels.baselineSaving,
          seriesColour.saving,
          buyers.map((b) => b.baselineSaving),
        ),
        outline(
          labels.baselineTariffCost,
          seriesColour.tariffCost,
          buyers.map((b) => b.baselineTariffCost),
        ),
      ],
    },
    options: {
      indexAxis: 'y',
      ...commonOptions(locale),
      plugins: { ...bottomLegend },
      scales: {
        x: { type: 'linear', beginAtZero: true, title: { display: true, text: labels.axis } },
        y: { type: 'category' },
      },
    },
  };
}
