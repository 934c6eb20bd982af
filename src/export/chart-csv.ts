// Builds the CSV behind a chart from its Chart.js config: numbers to a stated precision, units in the headers, RFC 4180 quoting, a UTF-8 BOM.
import type { TableMark, TableSource } from '../charts/chart-table.ts';
import { type CsvLayout, type CsvValue, roundToDecimals, toCsv } from '../report/csv-writer.ts';

/** A download opened in a spreadsheet: CRLF after every record (RFC 4180) and a BOM so Chinese labels survive. */
const DOWNLOAD_LAYOUT: CsvLayout = { lineEnd: '\r\n', bom: true };

/** Translated words the CSV needs besides the chart's own labels. */
export interface ChartCsvWords {
  /** First column of a category chart whose category axis has no title. */
  category: string;
  /** Column that names the bar in a chart of one floating bar per row (the waterfall). */
  series: string;
  /** A floating bar's two ends. */
  from: string;
  to: string;
  /**
   * A value column's header, from {label}, {unit} and {decimals}; each language punctuates it its own way.
   * Default: "{label} ({unit}; {decimals} decimals)".
   */
  withUnit?: string;
}

/**
 * Decimals every number in a chart CSV is rounded to (the header says so): 0.001 USD bn is $1M, finer than any
 * input of the model, and it drops float noise such as 0.26280000000000003.
 */
export const CHART_CSV_DECIMALS = 3;

const DEFAULT_WITH_UNIT = '{label} ({unit}; {decimals} decimals)';

/** A number rounded to the CSV's precision; never −0. */
export function roundForCsv(value: number): number {
  return roundToDecimals(value, CHART_CSV_DECIMALS);
}

type Pair = readonly [number, number];
const isPair = (v: unknown): v is Pair => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');
const isXY = (v: unknown): v is { x: number; y: number } =>
  typeof v === 'object' && v !== null && typeof (v as { x?: unknown }).x === 'number';
const asNumber = (v: unknown): number | null => (typeof v === 'number' ? roundForCsv(v) : null);

interface AxisOptions {
  indexAxis?: 'x' | 'y';
  scales?: Record<string, { title?: { text?: unknown } }>;
}

function axisTitle(options: AxisOptions, axis: string): string {
  const text = options.scales?.[axis]?.title?.text;
  return typeof text === 'string' ? text : '';
}

/**
 * The records of a chart's CSV, header first. Category charts: one row per label and one column per
 * dataset; floating bars ([start, end]) take two columns, or, when each row has exactly one bar (the
 * waterfall), the columns bar, from and to. Point charts ({x, y}): one row per distinct x, sorted. Drawing
 * aids marked `inTable: false` are left out, as in the on-page table. Values are the config's own numbers, rounded
 * to CHART_CSV_DECIMALS.
 */
export function chartCsvRows(config: TableSource, words: ChartCsvWords): CsvValue[][] {
  /** "label (unit; 3 decimals)", or the label alone when the chart states no unit. */
  const withUnit = (label: string, unit: string) =>
    unit
      ? (words.withUnit ?? DEFAULT_WITH_UNIT)
          .replace('{label}', () => label)
          .replace('{unit}', () => unit)
          .replace('{decimals}', String(CHART_CSV_DECIMALS))
      : label;
  const options = (config.options ?? {}) as AxisOptions;
  const indexAxis = options.indexAxis ?? 'x';
  const unit = axisTitle(options, indexAxis === 'x' ? 'y' : 'x');
  const datasets = config.data.datasets.filter((d) => (d as TableMark).inTable !== false);
  const labels = config.data.labels ?? [];

  if (labels.length === 0) {
    const byX = datasets.map((d) => new Map(d.data.filter(isXY).map((p) => [p.x, p.y])));
    const xs = [...new Set(byX.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
    const header = [
      axisTitle(options, indexAxis) || words.category,
      ...datasets.map((d) => withUnit(d.label ?? '', unit)),
    ];
    return [header, ...xs.map((x) => [roundForCsv(x), ...byX.map((m) => asNumber(m.get(x)))])];
  }

  const floating = datasets.map((d) => d.data.some(isPair));
  const category = axisTitle(options, indexAxis) || words.category;
  const oneBarPerRow =
    floating.length > 1 &&
    floating.every(Boolean) &&
    labels.every((_, i) => datasets.filter((d) => isPair(d.data[i])).length === 1);
  if (oneBarPerRow) {
    const header = [category, words.series, withUnit(words.from, unit), withUnit(words.to, unit)];
    return [
      header,
      ...labels.map((label, i) => {
        const bar = datasets.find((d) => isPair(d.data[i]))!;
        const [start, end] = bar.data[i] as Pair;
        return [String(label), bar.label ?? '', roundForCsv(start), roundForCsv(end)];
      }),
    ];
  }

  const header: CsvValue[] = [category];
  datasets.forEach((d, j) => {
    const name = d.label ?? '';
    if (floating[j]) header.push(withUnit(`${name}: ${words.from}`, unit), withUnit(`${name}: ${words.to}`, unit));
    else header.push(withUnit(name, unit));
  });
  const rows = labels.map((label, i) => {
    const cells: CsvValue[] = [String(label)];
    datasets.forEach((d, j) => {
      const value = d.data[i];
      if (floating[j]) cells.push(...(isPair(value) ? value.map(roundForCsv) : [null, null]));
      else cells.push(asNumber(value));
    });
    return cells;
  });
  return [header, ...rows];
}

/** The CSV file behind a chart. */
export function chartCsv(config: TableSource, words: ChartCsvWords): string {
  return toCsv(chartCsvRows(config, words), DOWNLOAD_LAYOUT);
}
