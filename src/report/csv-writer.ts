// The one CSV writer: RFC 4180 quoting, numbers without −0, the line ending and BOM each file asks for.

export type CsvValue = string | number | null | undefined;

/** Makes spreadsheet apps read a file as UTF-8, so Chinese labels survive. */
export const UTF8_BOM = '\uFEFF';

export interface CsvLayout {
  /** RFC 4180's CRLF for files people open in spreadsheets; '\n' for the CLI's output read by scripts. */
  lineEnd: '\r\n' | '\n';
  /** A UTF-8 byte order mark first (downloads with translated labels). */
  bom: boolean;
}

const CLI_LAYOUT: CsvLayout = { lineEnd: '\n', bom: false };

/** One field: numbers raw (shortest exact form, no grouping, no −0), blanks for missing, text quoted when RFC 4180 asks. */
export function csvField(value: CsvValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value === 0 ? 0 : value) : '';
  if (value === null || value === undefined) return '';
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text, a line ending after every record (the last too). Default: the CLI's layout. */
export function toCsv(rows: readonly (readonly CsvValue[])[], layout: CsvLayout = CLI_LAYOUT): string {
  const body = rows.map((row) => row.map(csvField).join(',') + layout.lineEnd).join('');
  return layout.bom ? UTF8_BOM + body : body;
}

/** A number with exactly `decimals` decimals as text; one that rounds to zero is never "-0.00"; unknown is blank. */
export function fixedDecimals(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return '';
  const text = value.toFixed(decimals);
  return Number(text) === 0 ? (0).toFixed(decimals) : text;
}

/** A number rounded to `decimals` (written in its shortest form by csvField); never −0. */
export function roundToDecimals(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}
