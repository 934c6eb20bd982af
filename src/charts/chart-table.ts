// Turns a chart config into the data table shown behind the chart, so the table and the chart cannot disagree.
import { withTrueMinus } from '../i18n/format.ts';

/** Most decimals a table shows: 0.01 USD bn is $10M, finer than any input of the model. */
export const TABLE_MAX_DECIMALS = 2;

/** One decimal count for a set of values: as many as the most precise of them needs, up to TABLE_MAX_DECIMALS. */
export function sharedDecimals(values: readonly unknown[], max = TABLE_MAX_DECIMALS): number {
  let digits = 0;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    const text = String(Number(Math.abs(value).toFixed(max)));
    const dot = text.indexOf('.');
    if (dot !== -1) digits = Math.max(digits, text.length - dot - 1);
  }
  return Math.min(digits, max);
}

/**
 * A formatter for one table's numbers: the same decimals in every cell (so a column lines up), the locale's
 * grouping, the true minus sign (U+2212), and `missing` for a value that is not a finite number.
 */
export function tableNumberFormat(
  locale: string,
  values: readonly unknown[],
  { signed = false, missing = '—' }: { signed?: boolean; missing?: string } = {},
): (value: unknown) => string {
  const digits = sharedDecimals(values);
  const format = new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return missing;
    const rounded = Number(value.toFixed(digits));
    return withTrueMinus(format.format(rounded === 0 ? 0 : rounded));
  };
}

/**
 * A custom dataset key that Chart.js ignores. `inTable: false` marks drawing aids (reference lines, the
 * current-drop marker, the baseline level) that chartTable leaves out; every other dataset is a column.
 */
export interface TableMark {
  inTable?: boolean;
}

export interface ChartTableData {
  /** Header row: the category or x column, then one per dataset. */
  columns: string[];
  /** Formatted cells; the first cell of each row is its category or x value. */
  rows: string[][];
}

export interface ChartTableOptions {
  /** Header of the first column. Default: the index axis's title, or ''. */
  firstColumn?: string;
  /** Shown where a dataset has no value. Default: an em dash. */
  missing?: string;
}

/** The part of a Chart.js config the table reads; every ChartConfiguration fits it. */
export interface TableSource {
  data: { labels?: readonly unknown[]; datasets: readonly { label?: string; data: readonly unknown[] }[] };
  options?: unknown;
}

const isXY = (v: unknown): v is { x: number; y: number } =>
  typeof v === 'object' && v !== null && typeof (v as { x?: unknown }).x === 'number';

/**
 * Category charts (labels present): one row per label, one column per dataset. Point charts (no labels,
 * {x, y} data): one row per distinct x, sorted, one column per dataset. Numbers use the config's locale; the
 * first column and the value columns each keep one number of decimals (see tableNumberFormat).
 */
export function chartTable(config: TableSource, options: ChartTableOptions = {}): ChartTableData {
  const chartOptions = (config.options ?? {}) as {
    locale?: string;
    indexAxis?: 'x' | 'y';
    scales?: Record<string, { title?: { text?: unknown } }>;
  };
  const locale = chartOptions.locale ?? 'en';
  const missing = options.missing ?? '—';
  const axisTitle = chartOptions.scales?.[chartOptions.indexAxis ?? 'x']?.title?.text;
  const first = options.firstColumn ?? (typeof axisTitle === 'string' ? axisTitle : '');

  const datasets = config.data.datasets.filter((d) => (d as TableMark).inTable !== false);
  const columns = [first, ...datasets.map((d) => d.label ?? '')];
  const labels = config.data.labels;

  if (labels && labels.length > 0) {
    const cell = tableNumberFormat(
      locale,
      datasets.flatMap((d) => d.data),
      { missing },
    );
    const rows = labels.map((label, i) => [String(label), ...datasets.map((d) => cell(d.data[i]))]);
    return { columns, rows };
  }

  const byX = datasets.map((d) => new Map(d.data.filter(isXY).map((p) => [p.x, p.y])));
  const xs = [...new Set(byX.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const xCell = tableNumberFormat(locale, xs, { missing });
  const cell = tableNumberFormat(
    locale,
    byX.flatMap((m) => [...m.values()]),
    { missing },
  );
  const rows = xs.map((x) => [xCell(x), ...byX.map((m) => cell(m.get(x)))]);
  return { columns, rows };
}
