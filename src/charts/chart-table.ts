// Turns a chart config into the data table shown behind the chart, so the table and the chart cannot disagree.

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
 * {x, y} data): one row per distinct x, sorted, one column per dataset. Numbers use
 * Intl.NumberFormat(options.locale, {maximumFractionDigits: 2}).
 */
export function chartTable(config: TableSource, options: ChartTableOptions = {}): ChartTableData {
  const chartOptions = (config.options ?? {}) as {
    locale?: string;
    indexAxis?: 'x' | 'y';
    scales?: Record<string, { title?: { text?: unknown } }>;
  };
  const format = new Intl.NumberFormat(chartOptions.locale ?? 'en', { maximumFractionDigits: 2 });
  const missing = options.missing ?? '—';
  const cell = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? format.format(v) : missing);
  const axisTitle = chartOptions.scales?.[chartOptions.indexAxis ?? 'x']?.title?.text;
  const first = options.firstColumn ?? (typeof axisTitle === 'string' ? axisTitle : '');

  const datasets = config.data.datasets.filter((d) => (d as TableMark).inTable !== false);
  const columns = [first, ...datasets.map((d) => d.label ?? '')];
  const labels = config.data.labels;

  if (labels && labels.length > 0) {
    const rows = labels.map((label, i) => [String(label), ...datasets.map((d) => cell(d.data[i]))]);
    return { columns, rows };
  }

  const byX = datasets.map((d) => new Map(d.data.filter(isXY).map((p) => [p.x, p.y])));
  const xs = [...new Set(byX.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
  const rows = xs.map((x) => [format.format(x), ...byX.map((m) => cell(m.get(x)))]);
  return { columns, rows };
}
