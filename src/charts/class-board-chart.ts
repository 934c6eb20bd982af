// Pure config builders for the class board: each student's income against mid-2025, and each prediction against the model's.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { TableMark } from './chart-table.ts';
import { NO_POINTS, bottomLegend, commonOptions } from './common-options.ts';
import { dash, okabeIto, seriesColour, transparent } from './palette.ts';
import type { Verdict } from '../classroom/exercise-answer.ts';

export type { Verdict };

type Value = number | null;
export type BoardDataset = ChartDataset<'bar' | 'line', Value[]> & TableMark;
export type BoardChartConfig = ChartConfiguration<'bar' | 'line', Value[], string>;

export interface IncomeStudent {
  /** Already translated and unique: "Student 2" or the name a teacher gave. */
  label: string;
  incomeUsdBnPerMonth: number;
  /** Read against the edited model the link carries. */
  edited: boolean;
}

export interface ClassIncomeInput {
  students: readonly IncomeStudent[];
  baselineUsdBnPerMonth: number;
  labels: { standard: string; edited: string; baseline: string; xAxis: string; yAxis: string };
  locale: string;
}

const finiteOrNull = (value: number): Value => (Number.isFinite(value) ? value : null);

/** A horizontal level across every category, drawn as a line with no points. */
function levelLine(
  label: string,
  count: number,
  value: number,
  colour: string,
  borderDash: readonly number[],
  inTable: boolean,
): BoardDataset {
  return {
    type: 'line',
    label,
    data: Array.from({ length: count }, () => finiteOrNull(value)),
    borderColor: colour,
    backgroundColor: transparent,
    borderDash: [...borderDash],
    borderWidth: 2,
    ...NO_POINTS,
    inTable,
  } as BoardDataset;
}

/**
 * One bar per student. Standard-model students are solid bars; edited-model students are outlined bars (hollow,
 * thick border), so the difference does not rest on colour. The two series share a slot (grouped: false). Mid-2025 is
 * a dashed black line across the chart, left out of the table (every row would repeat it; the summary states it).
 */
/** Both board charts: the shared options, a legend below, titled axes, income from zero. */
function boardOptions(locale: string, labels: { xAxis: string; yAxis: string }) {
  return {
    ...commonOptions(locale),
    plugins: { ...bottomLegend },
    scales: {
      x: { title: { display: true, text: labels.xAxis } },
      y: { beginAtZero: true, title: { display: true, text: labels.yAxis } },
    },
  };
}

export function classIncomeConfig(input: ClassIncomeInput): BoardChartConfig {
  const { students, labels, locale } = input;
  const bars = (edited: boolean): BoardDataset =>
    ({
      type: 'bar',
      label: edited ? labels.edited : labels.standard,
      data: students.map((s) => (s.edited === edited ? finiteOrNull(s.incomeUsdBnPerMonth) : null)),
      backgroundColor: edited ? transparent : seriesColour.scenario,
      borderColor: seriesColour.scenario,
      borderWidth: edited ? 3 : 0,
      grouped: false,
    }) as BoardDataset;
  const datasets = [bars(false)];
  if (students.some((s) => s.edited)) datasets.push(bars(true));
  datasets.push(
    levelLine(
      labels.baseline,
      students.length,
      input.baselineUsdBnPerMonth,
      seriesColour.baseline,
      dash.baseline,
      false,
    ),
  );
  return {
    type: 'bar',
    data: { labels: students.map((s) => s.label), datasets },
    options: boardOptions(locale, labels),
  };
}

/** The verdicts in legend order; a signed question's points are close, direction or wrong, a count's close or off. */
export const VERDICTS: readonly Verdict[] = ['close', 'direction', 'wrong', 'off'];

export interface PredictionStudent {
  label: string;
  /** The prediction as a signed value in the question's unit. */
  value: number;
  verdict: Verdict;
}

export interface ClassPredictionInput {
  students: readonly PredictionStudent[];
  /** The model's answer, signed, in the question's unit. */
  modelValue: number;
  labels: Record<Verdict, string> & { model: string; xAxis: string; yAxis: string };
  locale: string;
}

/** Each verdict has its own point shape as well as its colour; all four have at least 3:1 contrast on white. */
export const VERDICT_STYLE: Record<
  Verdict,
  { colour: string; pointStyle: 'circle' | 'triangle' | 'crossRot' | 'rectRot' }
> = {
  close: { colour: okabeIto.bluishGreen, pointStyle: 'circle' },
  direction: { colour: okabeIto.blue, pointStyle: 'triangle' },
  wrong: { colour: okabeIto.vermillion, pointStyle: 'crossRot' },
  off: { colour: okabeIto.reddishPurple, pointStyle: 'rectRot' },
};

/**
 * One point per student at their predicted value, in one series per verdict (shape and colour); the model's answer is
 * a solid black line across the chart (a different pattern from the income chart's dashed mid-2025), and a table
 * column, so each row reads prediction beside answer. Zero is always on the axis: a change's sign matters.
 */
export function classPredictionConfig(input: ClassPredictionInput): BoardChartConfig {
  const { students, labels, locale } = input;
  const datasets: BoardDataset[] = VERDICTS.filter((verdict) => students.some((s) => s.verdict === verdict)).map(
    (verdict) => {
      const { colour, pointStyle } = VERDICT_STYLE[verdict];
      return {
        type: 'line',
        label: labels[verdict],
        data: students.map((s) => (s.verdict === verdict ? finiteOrNull(s.value) : null)),
        showLine: false,
        pointStyle,
        pointRadius: 7,
        pointHoverRadius: 9,
        borderWidth: 2,
        borderColor: colour,
        backgroundColor: colour,
      } as BoardDataset;
    },
  );
  datasets.push(levelLine(labels.model, students.length, input.modelValue, seriesColour.level, dash.scenario, true));
  const options = boardOptions(locale, labels);
  const range = predictionAxisRange([input.modelValue, ...students.map((s) => s.value)]);
  return {
    type: 'line',
    data: { labels: students.map((s) => s.label), datasets },
    options: {
      ...options,
      scales: {
        // Half a category of room at each end, so the first and last students' markers are not cut at the sides.
        x: { ...options.scales.x, offset: true },
        y: { ...options.scales.y, ...range },
      },
    },
  };
}

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least `rough`. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= rough - 1e-12 * power) ?? 10;
  return step * power;
}

const tidy = (value: number) => Number(value.toPrecision(12)) || 0;

/**
 * The value axis of the predictions chart: zero, every prediction and the model's answer inside it with a margin of at
 * least 8% of their spread on each side, widened to whole ticks. Chart.js would otherwise end the axis at the extreme
 * value and cut the marker drawn there in half.
 */
export function predictionAxisRange(values: readonly number[]): { min: number; max: number } {
  const shown = [0, ...values.filter(Number.isFinite)];
  const [low, high] = [Math.min(...shown), Math.max(...shown)];
  // All at one value (or nearly): a spread of that value's size, or of 1, stands in.
  const spread = high - low >= 1e-9 ? high - low : Math.max(Math.abs(low), Math.abs(high), 1);
  const margin = spread * 0.08;
  const step = niceStep((spread + 2 * margin) / 5);
  return {
    min: tidy(Math.floor((low - margin) / step) * step),
    max: tidy(Math.ceil((high + margin) / step) * step),
  };
}
