// Pure config builder for the drop-sweep line chart: income against the oil-price drop, with reference lines.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { SweepPoint } from '../analysis/drop-sweep.ts';
import type { TableMark } from './chart-table.ts';
import { dash, referenceColours, referenceDashes, seriesColour, transparent, withAlpha } from './palette.ts';
import { lineWithAidsOptions } from './common-options.ts';

export interface SweepReference {
  id: string;
  /** Already translated, e.g. "$10 lower". */
  label: string;
  /** Where the vertical line stands, $/bbl of drop. */
  drop: number;
}

export interface DropSweepInput {
  scenario: readonly SweepPoint[];
  /** The default scenario swept. */
  baseline: readonly SweepPoint[];
  /** Pinned scenario A swept; leave out to hide it. */
  pinned?: readonly SweepPoint[];
  currentDrop: number;
  currentTotal: number;
  /** The uncertainty band at the current drop (10th to 90th percentile), drawn as a thick bar. */
  band?: { low: number; high: number; label: string };
  references: readonly SweepReference[];
  /** Mid-2025 income, USD bn a month: a horizontal line. */
  baselineTotal: number;
  labels: {
    scenario: string;
    baseline: string;
    pinned: string;
    current: string;
    xAxis: string;
    yAxis: string;
    baselineLevel: string;
  };
  locale: string;
}

type XY = { x: number; y: number };
export type SweepDataset = ChartDataset<'line', XY[]> & TableMark;

const toXY = (points: readonly SweepPoint[]): XY[] => points.map((p) => ({ x: p.drop, y: p.totalMonth }));

/** Data min and max padded by 5% and rounded outward to a round step (not below 0 for non-negative data). */
export function paddedRange(values: readonly number[]): { min: number; max: number } {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { min: 0, max: 1 };
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const span = hi - lo || Math.abs(hi) || 1;
  const unit = 10 ** Math.floor(Math.log10(span)) / 2;
  const min = Math.floor((lo - span * 0.05) / unit) * unit;
  // Income never goes below zero, so neither does the axis unless the data does.
  return { min: lo >= 0 ? Math.max(0, min) : min, max: Math.ceil((hi + span * 0.05) / unit) * unit };
}

/**
 * Series: scenario solid, baseline dashed [6,4], pinned A dotted [2,3] (black, blue and purple). The
 * current drop is one large 'rectRot' point; the mid-2025 level is a dash-dot horizontal line; each
 * reference is a vertical line with its own colour and dash. Lines and markers carry `inTable: false`,
 * so chartTable lists only the swept series. The legend draws each line's dash in its box outline.
 */
export function dropSweepConfig(input: DropSweepInput): ChartConfiguration<'line', XY[]> {
  const { labels, locale } = input;
  const scenario = toXY(input.scenario);
  const xs = scenario.map((p) => p.x);
  const xMin = xs.length > 0 ? Math.min(...xs) : -20;
  const xMax = xs.length > 0 ? Math.max(...xs) : 40;
  const allY = [...input.scenario, ...input.baseline, ...(input.pinned ?? [])].map((p) => p.totalMonth);
  const bandY = input.band ? [input.band.low, input.band.high] : [];
  const y = paddedRange([...allY, input.currentTotal, input.baselineTotal, ...bandY]);

  const series = (label: string, data: XY[], colour: string, borderDash: number[]): SweepDataset => ({
    label,
    data,
    borderColor: colour,
    backgroundColor: transparent,
    borderDash,
    borderWidth: 2,
    pointRadius: 0,
    pointHoverRadius: 4,
    pointBackgroundColor: colour,
    tension: 0,
  });
  const marker = (
    label: string,
    data: XY[],
    colour: string,
    borderDash: readonly number[],
    width: number,
  ): SweepDataset => ({
    label,
    data,
    borderColor: colour,
    backgroundColor: transparent,
    borderDash: [...borderDash],
    borderWidth: width,
    pointRadius: 0,
    pointHoverRadius: 0,
    pointHitRadius: 0,
    tension: 0,
    inTable: false,
  });

  const datasets: SweepDataset[] = [series(labels.scenario, scenario, seriesColour.scenario, dash.scenario)];
  datasets.push(series(labels.baseline, toXY(input.baseline), seriesColour.baseline, [...dash.baseline]));
  if (input.pinned) datasets.push(series(labels.pinned, toXY(input.pinned), seriesColour.pinned, [...dash.pinned]));
  if (input.band) {
    const { low, high, label } = input.band;
    datasets.push(
      marker(
        label,
        [
          { x: input.currentDrop, y: low },
          { x: input.currentDrop, y: high },
        ],
        withAlpha(seriesColour.scenario, 0.45),
        [],
        10,
      ),
    );
  }
  datasets.push({
    label: labels.current,
    data: [{ x: input.currentDrop, y: input.currentTotal }],
    showLine: false,
    pointStyle: 'rectRot',
    pointRadius: 9,
    pointHoverRadius: 11,
    backgroundColor: seriesColour.scenario,
    borderColor: seriesColour.baseline,
    borderWidth: 2,
    inTable: false,
  });
  datasets.push(
    marker(
      labels.baselineLevel,
      [
        { x: xMin, y: input.baselineTotal },
        { x: xMax, y: input.baselineTotal },
      ],
      seriesColour.level,
      dash.level,
      1.5,
    ),
  );
  input.references
    .filter((r) => r.drop >= xMin && r.drop <= xMax)
    .forEach((r, i) => {
      const colour = referenceColours[i % referenceColours.length]!;
      const pattern = referenceDashes[i % referenceDashes.length]!;
      datasets.push(
        marker(
          r.label,
          [
            { x: r.drop, y: y.min },
            { x: r.drop, y: y.max },
          ],
          colour,
          pattern,
          2,
        ),
      );
    });

  return {
    type: 'line',
    data: { datasets },
    options: {
      ...lineWithAidsOptions(locale),
      scales: {
        x: { type: 'linear', min: xMin, max: xMax, title: { display: true, text: labels.xAxis } },
        y: { type: 'linear', min: y.min, max: y.max, title: { display: true, text: labels.yAxis } },
      },
    },
  };
}
