// Pure config builder for the buyer's-calculus chart: per buyer, what keeping on costs against what stopping costs.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import { okabeIto, seriesColour, transparent } from './palette.ts';
import { bottomLegend, commonOptions } from './common-options.ts';

/** One buyer's two lines, USD bn a year (src/analysis/buyer-choice.ts). */
export interface CalculusBuyer {
  id: string;
  lostSales: number;
  tariffBorne: number;
  worldPriceBill: number;
  lostDiscount: number;
}

export interface CalculusInput {
  buyers: readonly CalculusBuyer[];
  /** Already translated. `line` names a bar from a buyer's id and a line: "India: keep buying". */
  labels: {
    line: (buyerId: string, line: 'keep' | 'stop') => string;
    lostSales: string;
    tariffBorne: string;
    worldPriceBill: string;
    lostDiscount: string;
    axis: string;
  };
  locale: string;
}

type Bar = ChartDataset<'bar', (number | null)[]>;

/**
 * Horizontal stacked bars, two per buyer in a fixed order: "keep buying" (exports lost, then the share of
 * the tariff the exporter bears) and "stop" (the dearer world price on all crude imports, then the discount
 * given up). A part that does not belong to a line is null, so the table shows a dash rather than a 0.
 * The first part of each line is solid, the second an outline, so parts differ without colour; the bar
 * labels, the legend and the table name them too.
 */
export function calculusConfig(input: CalculusInput): ChartConfiguration<'bar', (number | null)[]> {
  const { buyers, labels, locale } = input;
  const part = (
    label: string,
    colour: string,
    solid: boolean,
    keep: (b: CalculusBuyer) => number | null,
    stop: (b: CalculusBuyer) => number | null,
  ): Bar => ({
    label,
    data: buyers.flatMap((b) => [keep(b), stop(b)]),
    backgroundColor: solid ? colour : transparent,
    borderColor: colour,
    borderWidth: solid ? 0 : 2,
    stack: 'cost',
  });
  return {
    type: 'bar',
    data: {
      labels: buyers.flatMap((b) => [labels.line(b.id, 'keep'), labels.line(b.id, 'stop')]),
      datasets: [
        part(
          labels.lostSales,
          seriesColour.tariffCost,
          true,
          (b) => b.lostSales,
          () => null,
        ),
        part(
          labels.tariffBorne,
          seriesColour.tariffCost,
          false,
          (b) => b.tariffBorne,
          () => null,
        ),
        part(
          labels.worldPriceBill,
          okabeIto.blue,
          true,
          () => null,
          (b) => b.worldPriceBill,
        ),
        part(
          labels.lostDiscount,
          seriesColour.saving,
          false,
          () => null,
          (b) => b.lostDiscount,
        ),
      ],
    },
    options: {
      indexAxis: 'y',
      ...commonOptions(locale),
      plugins: { ...bottomLegend },
      scales: {
        x: { type: 'linear', stacked: true, beginAtZero: true, title: { display: true, text: labels.axis } },
        y: { type: 'category', stacked: true },
      },
    },
  };
}
