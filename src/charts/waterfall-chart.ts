// Pure config builder for the "why it changed" waterfall: mid-2025 income, one floating bar per part, scenario income.
import type { ChartConfiguration, ChartDataset, TooltipItem } from 'chart.js';
import { type ChartTableData, tableNumberFormat } from './chart-table.ts';
import { bottomLegend, commonOptions, labelled } from './common-options.ts';
import { okabeIto, seriesColour, transparent, withAlpha } from './palette.ts';

export interface WaterfallPart {
  id: string;
  /** Already translated. */
  label: string;
  /** Change in income, USD bn a month; negative is a decrease. */
  value: number;
}

export interface WaterfallInput {
  /** Mid-2025 income, USD bn a month. */
  baselineTotal: number;
  parts: readonly WaterfallPart[];
  /** The scenario's income, USD bn a month (baselineTotal plus the parts). */
  total: number;
  /** Already translated legend labels and y-axis title. */
  labels: { baseline: string; scenario: string; axis: string; increase: string; decrease: string };
  locale: string;
}

export type WaterfallKind = 'baseline' | 'increase' | 'decrease' | 'scenario';

/** One bar: from `start` to `end` in USD bn a month. `change` is end − start for a part, null for a total. */
export interface WaterfallStep {
  label: string;
  kind: WaterfallKind;
  start: number;
  end: number;
  change: number | null;
}

/** The bars in order, each part starting where the previous one ended; both the chart and its table read this. */
export function waterfallSteps(input: WaterfallInput): WaterfallStep[] {
  const steps: WaterfallStep[] = [
    { label: input.labels.baseline, kind: 'baseline', start: 0, end: input.baselineTotal, change: null },
  ];
  let level = input.baselineTotal;
  for (const part of input.parts) {
    const start = level;
    level += part.value;
    steps.push({
      label: part.label,
      kind: part.value < 0 ? 'decrease' : 'increase',
      start,
      end: level,
      change: part.value,
    });
  }
  steps.push({ label: input.labels.scenario, kind: 'scenario', start: 0, end: input.total, change: null });
  return steps;
}

const KINDS: readonly WaterfallKind[] = ['baseline', 'increase', 'decrease', 'scenario'];

/**
 * Four datasets, one per kind, each with values only at its own bars (`grouped: false` puts them in one
 * slot per category, full width). Beyond colour: the baseline is an outline (2px black border, no fill),
 * the scenario solid blue, an increase solid green with no border, a decrease a pale vermillion fill
 * with a 3px border. The legend repeats each cue and the tooltip states every part with its sign.
 */
export function waterfallConfig(input: WaterfallInput): ChartConfiguration<'bar'> {
  const { labels, locale } = input;
  const steps = waterfallSteps(input);
  const styles: Record<WaterfallKind, Partial<ChartDataset<'bar'>>> = {
    baseline: {
      label: labels.baseline,
      backgroundColor: transparent,
      borderColor: seriesColour.baseline,
      borderWidth: 2,
    },
    increase: {
      label: labels.increase,
      backgroundColor: okabeIto.bluishGreen,
      borderColor: okabeIto.bluishGreen,
      borderWidth: 0,
    },
    decrease: {
      label: labels.decrease,
      backgroundColor: withAlpha(okabeIto.vermillion, 0.35),
      borderColor: okabeIto.vermillion,
      borderWidth: 3,
    },
    scenario: {
      label: labels.scenario,
      backgroundColor: seriesColour.scenario,
      borderColor: seriesColour.scenario,
      borderWidth: 0,
    },
  };
  const datasets = KINDS.map((kind): ChartDataset<'bar'> => ({
    ...styles[kind],
    data: steps.map((step): [number, number] | null => (step.kind === kind ? [step.start, step.end] : null)),
    grouped: false,
  }));
  const plain = tableNumberFormat(
    locale,
    steps.map((step) => step.end),
  );
  const signed = tableNumberFormat(
    locale,
    steps.map((step) => step.change),
    { signed: true },
  );
  return {
    type: 'bar',
    data: { labels: steps.map((step) => step.label), datasets },
    options: {
      ...commonOptions(locale),
      plugins: {
        ...bottomLegend,
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const step = steps[item.dataIndex];
              if (!step) return '';
              const text = step.change === null ? plain(step.end) : signed(step.change);
              return labelled(locale, item.dataset.label ?? '', text);
            },
          },
        },
      },
      scales: {
        x: { type: 'category' },
        y: { type: 'linear', beginAtZero: true, title: { display: true, text: labels.axis } },
      },
    },
  };
}

/**
 * The table behind the waterfall. chartTable cannot read floating bars ([start, end] pairs show as
 * dashes), so the waterfall builds its own from the same steps: one row per bar with the change (signed,
 * blank for the two totals) and the level the bar ends at.
 */
export function waterfallTable(
  input: WaterfallInput,
  headers: { item: string; change: string; level: string },
): ChartTableData {
  const steps = waterfallSteps(input);
  // One decimal count for the whole table: the changes and the levels are the same unit.
  const values = steps.flatMap((step) => [step.change, step.end]);
  const signed = tableNumberFormat(input.locale, values, { signed: true });
  const plain = tableNumberFormat(input.locale, values);
  return {
    columns: [headers.item, headers.change, headers.level],
    rows: steps.map((step) => [step.label, step.change === null ? '—' : signed(step.change), plain(step.end)]),
  };
}
