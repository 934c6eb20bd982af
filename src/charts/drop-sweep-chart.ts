// Pure config builder for the drop-sweep line chart: income against the oil-price drop, with reference lines.
import type { ChartConfiguration, ChartDataset } from 'chart.js';
import type { TableMark } from './chart-table.ts';
import { dash, referenceColours, referenceDashes, seriesColour, transparent, withAlpha } from './palette.ts';
import { DRAWING_AID, lineWithAidsOptions } from './common-options.ts';

export interface SweepReference {
  id: string;
  /** Already translated, e.g. "$10 lower". */
  label: string;
  /** Where the vertical line stands, $/bbl of drop. */
  drop: number;
}

/** One point of a swept line: x the drop in $/bbl, y the income in the unit the y axis is titled in. */
export type XY = { x: number; y: number };

export interface DropSweepInput {
  scenario: readonly XY[];
  /** The default scenario swept. */
  baseline: readonly XY[];
  /** Pinned scenario A swept; leave out to hide it. */
  pinned?: readonly XY[];
  currentDrop: number;
  currentTotal: number;
  /** The uncertainty band at the current drop (10th to 90th percentile), drawn as an outlined box around the marker. */
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

export type SweepDataset = ChartDataset<'line', XY[]> & TableMark;

/**
 * Half the band box's width as a share of the x axis. The box has no width of its own (the band holds at
 * the current drop only), so this only needs to reach past the current-drop marker: 5% of a 250 px plot
 * (a 360 px phone) is about 12 px, beyond the marker's 8 px radius.
 */
export const BAND_HALF_WIDTH_SHARE = 0.05;
/** The current-drop marker's radius, px: small enough that the band box stays visible around it. */
export const CURRENT_MARKER_RADIUS_PX = 8;

/**
 * The band as a closed, outlined box from its low to its high end around the current drop, with a
 * whisker down its middle, so its top and bottom show even when the band is shorter than the marker.
 */
export function bandBox(band: { low: number; high: number; label: string }, drop: number, xSpan: number): SweepDataset {
  const half = Math.max(xSpan, 1) * BAND_HALF_WIDTH_SHARE;
  const { low, high } = band;
  return {
    label: band.label,
    data: [
      { x: drop, y: low },
      { x: drop - half, y: low },
      { x: drop - half, y: high },
      { x: drop + half, y: high },
      { x: drop + half, y: low },
      { x: drop, y: low },
      { x: drop, y: high },
    ],
    borderColor: seriesColour.scenario,
    // Only the legend's swatch is filled (no Filler plugin is registered).
    backgroundColor: withAlpha(seriesColour.scenario, 0.25),
    borderDash: [],
    // Drawn first, so the marker and the lines sit on top of it.
    order: 1,
    borderWidth: 2,
    ...DRAWING_AID,
  };
}

// Copies: Chart.js annotates the data arrays it is given, and the input's may be shared.
const toXY = (points: readonly XY[]): XY[] => points.map(({ x, y }) => ({ x, y }));

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
  const allY = [...input.scenario, ...input.baseline, ...(input.pinned ?? [])].map((p) => p.y);
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
    ...DRAWING_AID,
  });

  const datasets: SweepDataset[] = [series(labels.scenario, scenario, seriesColour.scenario, dash.scenario)];
  datasets.push(series(labels.baseline, toXY(input.baseline), seriesColour.baseline, [...dash.baseline]));
  if (input.pinned) datasets.push(series(labels.pinned, toXY(input.pinned), seriesColour.pinned, [...dash.pinned]));
  if (input.band) datasets.push(bandBox(input.band, input.currentDrop, xMax - xMin));
  datasets.push({
    label: labels.current,
    data: [{ x: input.currentDrop, y: input.currentTotal }],
    showLine: false,
    pointStyle: 'rectRot',
    pointRadius: CURRENT_MARKER_RADIUS_PX,
    pointHoverRadius: CURRENT_MARKER_RADIUS_PX + 2,
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
