// Pure config builder for the timeline chart: the IEA's published monthly revenue as points, the model's backtest as a line, dated events as vertical lines, and a scenario continued forward with its band and baseline.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { TableMark } from './chart-table.ts';
import { DRAWING_AID, lineWithAidsOptions } from './common-options.ts';
import { paddedRange } from './drop-sweep-chart.ts';
import { dash, okabeIto, referenceColours, referenceDashes, seriesColour, transparent, withAlpha } from './palette.ts';

export interface TimelineMonth {
  /** YYYY-MM. */
  month: string;
  days: number;
  /** USD bn in the month; null where the model was not run. */
  model: number | null;
  /** USD bn in the month; null where nothing was published. */
  published: number | null;
}

export interface TimelineEvent {
  /** YYYY-MM-DD. */
  date: string;
  /** Already translated, with its date. */
  label: string;
}

/** One month of a scenario continued forward, in the axis's unit. */
export interface TimelineForwardMonth {
  /** YYYY-MM; must be one of the input's months. */
  month: string;
  scenario: number;
  /** The band's ends; null without a band. */
  low: number | null;
  high: number | null;
  baseline: number;
}

export interface TimelineForward {
  months: readonly TimelineForwardMonth[];
  labels: { scenario: string; band: string; baseline: string };
}

export interface TimelineInput {
  /** Every month on the axis, in order: the record's, then any the forward window adds after it. */
  months: readonly TimelineMonth[];
  /** A scenario continued from its starting month; none without a starting month. */
  forward?: TimelineForward | null;
  events: readonly TimelineEvent[];
  /** Short month names for the axis, one per month, already translated. */
  monthLabels: readonly string[];
  labels: { model: string; published: string; yAxis: string };
  locale: string;
}

type XY = { x: number; y: number | null };
export type TimelineDataset = ChartDataset<'line', XY[]> & TableMark;

/**
 * Where a date falls on the axis: month i of the record sits at x = i, and a day d of a month of n days at
 * i + (d − 1) / n, so an event on 27 August stands between the August and September points.
 * NaN for a date outside the record.
 */
export function timelineX(months: readonly Pick<TimelineMonth, 'month' | 'days'>[], date: string): number {
  const index = months.findIndex((month) => month.month === date.slice(0, 7));
  if (index < 0) return Number.NaN;
  const day = date.length >= 10 ? Number(date.slice(8, 10)) : 1;
  return index + (day - 1) / months[index]!.days;
}

/** Event i gets colour i mod 4 and dash (i + ⌊i / 4⌋) mod 4, so five or more events never share both. */
function eventStyle(index: number): { colour: string; dash: number[] } {
  const colour = referenceColours[index % referenceColours.length]!;
  const pattern = referenceDashes[(index + Math.floor(index / referenceColours.length)) % referenceDashes.length]!;
  return { colour, dash: [...pattern] };
}

/** Colour of the scenario continued forward: not the backtest's blue, and a triangle point besides. */
export const FORWARD_COLOUR = okabeIto.vermillion;

/**
 * The scenario continued forward: a vermillion line with triangles; its band a closed outline around it
 * (low edge out, high edge back), left out of the table, which gives the band as its own columns; the
 * baseline a black dashed line with no points. Each month sits at its index on the axis.
 */
function forwardDatasets(months: readonly TimelineMonth[], forward: TimelineForward | null): TimelineDataset[] {
  if (!forward || forward.months.length === 0) return [];
  const at = (month: string) => months.findIndex((row) => row.month === month);
  const rows = forward.months.filter((row) => at(row.month) >= 0);
  const datasets: TimelineDataset[] = [];
  const banded = rows.filter((row) => row.low !== null && row.high !== null);
  if (banded.length > 0) {
    const low = banded.map((row) => ({ x: at(row.month), y: row.low }));
    const high = banded.map((row) => ({ x: at(row.month), y: row.high })).reverse();
    datasets.push({
      label: forward.labels.band,
      data: [...low, ...high, low[0]!],
      borderColor: FORWARD_COLOUR,
      // Only the legend's swatch is filled (no Filler plugin is registered).
      backgroundColor: withAlpha(FORWARD_COLOUR, 0.25),
      borderDash: [],
      borderWidth: 1,
      ...DRAWING_AID,
      order: 1,
    });
  }
  datasets.push(
    {
      label: forward.labels.scenario,
      data: rows.map((row) => ({ x: at(row.month), y: row.scenario })),
      borderColor: FORWARD_COLOUR,
      backgroundColor: FORWARD_COLOUR,
      borderWidth: 2,
      pointRadius: 4,
      pointStyle: 'triangle',
      tension: 0,
    },
    {
      label: forward.labels.baseline,
      data: rows.map((row) => ({ x: at(row.month), y: row.baseline })),
      borderColor: seriesColour.baseline,
      backgroundColor: seriesColour.baseline,
      borderDash: [...dash.baseline],
      borderWidth: 2,
      pointRadius: 0,
      tension: 0,
    },
  );
  return datasets;
}

/**
 * Series: the model's backtest a solid blue line with small round points, broken where a month was not
 * run; the IEA's figures large black squares with no line (so the two differ by shape as well as colour).
 * Each event is a vertical line with its own colour and dash, left out of the data table (`inTable: false`).
 */
export function timelineConfig(input: TimelineInput): ChartConfiguration<'line', XY[]> {
  const { months, labels, locale } = input;
  const model: XY[] = months.map((month, index) => ({ x: index, y: month.model }));
  const published: XY[] = months.map((month, index) => ({ x: index, y: month.published }));
  const forward = forwardDatasets(months, input.forward ?? null);
  const forwardValues = (input.forward?.months ?? []).flatMap((row) =>
    [row.scenario, row.low, row.high, row.baseline].filter((value): value is number => value !== null),
  );
  const values = [...model, ...published].flatMap((point) => (point.y === null ? [] : [point.y]));
  const y = paddedRange([...values, ...forwardValues]);
  const xMin = -0.5;
  const xMax = months.length - 0.5;

  const datasets: TimelineDataset[] = [
    {
      label: labels.model,
      data: model,
      borderColor: seriesColour.scenario,
      backgroundColor: seriesColour.scenario,
      borderWidth: 2,
      pointRadius: 3,
      pointStyle: 'circle',
      spanGaps: false,
      tension: 0,
    },
    {
      label: labels.published,
      data: published,
      showLine: false,
      borderColor: okabeIto.black,
      backgroundColor: okabeIto.black,
      pointStyle: 'rect',
      pointRadius: 6,
      pointHoverRadius: 8,
    },
    ...forward,
  ];
  input.events.forEach((event, index) => {
    const x = timelineX(months, event.date);
    if (!Number.isFinite(x)) return;
    const { colour, dash } = eventStyle(index);
    datasets.push({
      label: event.label,
      data: [
        { x, y: y.min },
        { x, y: y.max },
      ],
      borderColor: colour,
      backgroundColor: transparent,
      borderDash: dash,
      borderWidth: 2,
      ...DRAWING_AID,
    });
  });

  return {
    type: 'line',
    data: { datasets },
    options: {
      ...lineWithAidsOptions(locale),
      scales: {
        x: {
          type: 'linear',
          min: xMin,
          max: xMax,
          ticks: { stepSize: 1, callback: (value) => input.monthLabels[Number(value)] ?? '' },
        },
        y: { type: 'linear', min: y.min, max: y.max, title: { display: true, text: labels.yAxis } },
      },
    },
  };
}
