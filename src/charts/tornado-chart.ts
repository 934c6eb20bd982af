// Pure config builder for the tornado chart: income at each end of every uncertain parameter's range, as bars from the scenario.
import type { ChartConfiguration, ChartDataset, Scale, TooltipItem } from 'chart.js';
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

/** Widths, in narrow characters, a parameter name wraps at: on a phone-sized chart, and otherwise. */
export const LABEL_WRAP = { narrowChartPx: 480, narrowChars: 16, wideChars: 30 } as const;

/** Room per parameter row, px: three lines of Chart.js's 12 px tick labels (a phone wraps a name to three). */
export const TORNADO_ROW_PX = 44;
/** Room for the legend and the income axis with its title, px. */
const TORNADO_FRAME_PX = 110;

/** The chart's height for `rows` rows, so wrapped parameter names never overlap their neighbours. */
export function tornadoHeightPx(rows: number): number {
  return TORNADO_FRAME_PX + Math.max(1, rows) * TORNADO_ROW_PX;
}

/** A wide (East Asian) character takes about two narrow characters' room. */
const isWide = (char: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u.test(char);
const widthOf = (text: string) => [...text].reduce((sum, char) => sum + (isWide(char) ? 2 : 1), 0);

/**
 * Splits a label into lines of at most `maxChars` narrow characters: at spaces where there are any, and
 * between characters in a word too long for a line (Chinese has no spaces), so the y axis never has to
 * cut a name off at the canvas edge.
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (piece: string) => {
    const joined = line ? `${line} ${piece}` : piece;
    if (widthOf(joined) <= maxChars) line = joined;
    else {
      if (line) lines.push(line);
      line = piece;
    }
    // A piece wider than a line is broken between characters.
    while (widthOf(line) > maxChars) {
      let head = '';
      for (const char of line) {
        if (widthOf(head + char) > maxChars) break;
        head += char;
      }
      lines.push(head);
      line = line.slice(head.length);
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The y axis labels, wrapped to the chart's width when it is drawn (Chart.js calls this with the scale). */
function wrappedTick(this: Scale, value: number | string): string[] {
  const chars = this.chart.width < LABEL_WRAP.narrowChartPx ? LABEL_WRAP.narrowChars : LABEL_WRAP.wideChars;
  return wrapLabel(this.getLabelForValue(Number(value)), chars);
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
        y: { type: 'category', ticks: { callback: wrappedTick, autoSkip: false } },
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
