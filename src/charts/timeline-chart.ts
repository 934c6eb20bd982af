// Pure config builder for the timeline chart: the IEA's published monthly revenue as points, the model's backtest as a line, dated events as vertical lines.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { TableMark } from './chart-table.ts';
import { lineWithAidsOptions } from './common-options.ts';
import { paddedRange } from './drop-sweep-chart.ts';
import { okabeIto, referenceColours, referenceDashes, seriesColour, transparent } from './palette.ts';

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

export interface TimelineInput {
  months: readonly TimelineMonth[];
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

/**
 * Series: the model's backtest a solid blue line with small round points, broken where a month was not
 * run; the IEA's figures large black squares with no line (so the two differ by shape as well as colour).
 * Each event is a vertical line with its own colour and dash, left out of the data table (`inTable: false`).
 */
export function timelineConfig(input: TimelineInput): ChartConfiguration<'line', XY[]> {
  const { months, labels, locale } = input;
  const model: XY[] = months.map((month, index) => ({ x: index, y: month.model }));
  const published: XY[] = months.map((month, index) => ({ x: index, y: month.published }));
  const values = [...model, ...published].flatMap((point) => (point.y === null ? [] : [point.y]));
  const y = paddedRange(values);
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
      pointRadius: 0,
      pointHoverRadius: 0,
      pointHitRadius: 0,
      tension: 0,
      inTable: false,
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
