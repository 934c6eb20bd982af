// Pure config builder for the tornado chart: income at each end of every uncertain parameter's range, as bars from the scenario.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { type ChartTableData, tableNumberFormat } from './chart-table.ts';
import { bottomLegend, commonOptions, labelled, withNote } from './common-options.ts';
import { paddedRange } from './drop-sweep-chart.ts';
import { okabeIto, seriesColour, withAlpha } from './palette.ts';

export interface TornadoChartRow {
  /** Already translated parameter name. */
  label: string;
  /** Income with the parameter at the low / high end of its range, USD bn a month. */
  low: number;
  high: number;
  /** The parameter value used, formatted with its unit ("$11/bbl"). */
  lowValueText: string;
  highValueText: string;
}

export interface TornadoChartInput {
  /** Widest swing first, as tornado() returns them. */
  rows: readonly TornadoChartRow[];
  /** The scenario's income, USD bn a month: where every bar starts. */
  center: number;
  /** Already translated legend labels and x-axis title. */
  labels: { low: string; high: string; axis: string };
  locale: string;
}

/**
 * Horizontal floating bars (indexAxis 'y'), one row per parameter, each pair drawn from `center` to the
 * income at that end, so the bars meet at the scenario's income. `grouped: false` puts both on one line.
 * Beyond colour: the low end is a pale vermillion fill with a 3px border, the high end solid blue with
 * none; the legend repeats the cue and the tooltip names the parameter value used. The income axis is
 * fitted to the bars (not from 0, which would squash swings of a few percent to slivers).
 */
export function tornadoConfig(input: TornadoChartInput): ChartConfiguration<'bar'> {
  const { rows, center, labels, locale } = input;
  const format = tableNumberFormat(
    locale,
    rows.flatMap((row) => [row.low, row.high]),
  );
  const range = paddedRange([center, ...rows.flatMap((row) => [row.low, row.high])]);
  const datasets: ChartDataset<'bar'>[] = [
    {
      label: labels.low,
      data: rows.map((row): [number, number] => [center, row.low]),
      backgroundColor: withAlpha(okabeIto.vermillion, 0.35),
      borderColor: okabeIto.vermillion,
      borderWidth: 3,
      grouped: false,
    },
    {
      label: labels.high,
      data: rows.map((row): [number, number] => [center, row.high]),
      backgroundColor: seriesColour.scenario,
      borderColor: seriesColour.scenario,
      borderWidth: 0,
      grouped: false,
    },
  ];
  return {
    type: 'bar',
    data: { labels: rows.map((row) => row.label), datasets },
    options: {
      ...commonOptions(locale),
      indexAxis: 'y',
      plugins: {
        ...bottomLegend,
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const row = rows[item.dataIndex];
              if (!row) return '';
              const [valueText, income] =
                item.datasetIndex === 0 ? [row.lowValueText, row.low] : [row.highValueText, row.high];
              return labelled(locale, withNote(locale, item.dataset.label ?? '', valueText), format(income));
            },
          },
        },
      },
      scales: {
        x: { type: 'linear', min: range.min, max: range.max, title: { display: true, text: labels.axis } },
        y: { type: 'category' },
      },
    },
  };
}

/** The table behind the tornado (chartTable cannot read floating bars): value and income at each end, per row. */
export function tornadoTable(
  input: TornadoChartInput,
  headers: { parameter: string; lowValue: string; lowIncome: string; highValue: string; highIncome: string },
): ChartTableData {
  const cell = tableNumberFormat(
    input.locale,
    input.rows.flatMap((row) => [row.low, row.high]),
  );
  return {
    columns: [headers.parameter, headers.lowValue, headers.lowIncome, headers.highValue, headers.highIncome],
    rows: input.rows.map((row) => [row.label, row.lowValueText, cell(row.low), row.highValueText, cell(row.high)]),
  };
}
