// Download file names that say which scenario they show: crude-leverage-drop10-india1p2-drop-sweep-2026-03-01.png.
import type { CompiledModel } from '../engine/compile-model.ts';
import { REMIX_KEY, linkParam } from '../link/link-format.ts';

export type ExportExtension = 'png' | 'svg' | 'csv' | 'json';

export interface FileNameInput {
  /** The scenario's values as the link writes them (key, text), in declaration order. */
  values: readonly (readonly [string, string])[];
  /** The link carries an edited model. */
  edited?: boolean;
  /** Which chart, for a chart's picture or data. */
  chartId?: string | null;
  date: Date;
  extension: ExportExtension;
}

/** At most this many values are named; the rest are counted ("plus3"). */
export const MAX_NAMED_VALUES = 4;

/** A link's scenario values (not the pinned ones), in the model's declaration order. */
export function linkScenarioValues(model: CompiledModel, link: string): [string, string][] {
  return model.declaration.parameters.flatMap((p) => {
    const text = linkParam(link, p.key);
    return text === null ? [] : [[p.key, text] as [string, string]];
  });
}

export function linkIsEdited(link: string): boolean {
  return linkParam(link, REMIX_KEY) !== null;
}

/** Lower-case letters, digits and single dashes only; a minus sign becomes "m" and a decimal point "p". */
function safe(text: string): string {
  return text
    .toLowerCase()
    .replace(/^-/, 'm')
    .replace(/\./g, 'p')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date, YYYY-MM-DD. */
export function isoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName({ values, edited = false, chartId = null, date, extension }: FileNameInput): string {
  const named = values.slice(0, MAX_NAMED_VALUES).map(([key, text]) => `${safe(key)}${safe(text)}`);
  if (values.length > MAX_NAMED_VALUES) named.push(`plus${values.length - MAX_NAMED_VALUES}`);
  const scenario = named.length > 0 ? named.join('-') : 'baseline';
  const parts = ['crude-leverage', edited ? 'edited' : '', scenario, chartId ? safe(chartId) : '', isoDate(date)];
  return `${safe(parts.filter(Boolean).join('-'))}.${extension}`;
}
