// A remix (edited equations, added parameters) as plain data, and its compressed form in a link (`x=`).
// lz-string is CommonJS: its default export works in Node and in the bundle alike.
import LZString from 'lz-string';
import { decompressBounded } from './bounded-decompress.ts';

const { compressToEncodedURIComponent } = LZString;

export interface AddedParameter {
  key: string;
  label: string;
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
}

export interface Remix {
  /** Equation name → edited expression. */
  equations: Record<string, string>;
  added: AddedParameter[];
}

export const EMPTY_REMIX: Remix = { equations: {}, added: [] };

/** Limits that keep a hostile link from costing time or memory; the Remix panel applies the same ones. */
export const MAX_ENCODED_LENGTH = 8000;
export const MAX_JSON_LENGTH = 20000;
export const MAX_ADDED = 10;

export function isEmptyRemix(remix: Remix): boolean {
  return Object.keys(remix.equations).length === 0 && remix.added.length === 0;
}

export function encodeRemix(remix: Remix): string {
  return compressToEncodedURIComponent(JSON.stringify(remix));
}

/**
 * Why a link could not carry this edit (too many added parameters, or too long once written), or null.
 * The panel asks this before it applies an edit, so a shared edit never silently becomes the standard model.
 */
export function remixLinkProblem(remix: Remix): string | null {
  if (remix.added.length > MAX_ADDED) return `a link carries at most ${MAX_ADDED} added parameters`;
  const json = JSON.stringify(remix);
  if (json.length > MAX_JSON_LENGTH || compressToEncodedURIComponent(json).length > MAX_ENCODED_LENGTH)
    return `the edit is too long for a link (at most ${MAX_ENCODED_LENGTH} characters once compressed)`;
  return null;
}

export type DecodedRemix = { ok: true; remix: Remix } | { ok: false; message: string };

/** Never throws: anything that is not a well-formed remix comes back as a message. */
export function decodeRemix(encoded: string): DecodedRemix {
  if (encoded.length > MAX_ENCODED_LENGTH) return { ok: false, message: 'the edited model in the link is too long' };
  // Stops as soon as the text passes the limit: 8 kB of link could otherwise expand to 9 MB.
  const json = decompressBounded(encoded, MAX_JSON_LENGTH);
  if (!json) return { ok: false, message: 'the edited model in the link is damaged or too long' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, message: 'the edited model in the link is damaged' };
  }
  return readRemix(data);
}

function readRemix(data: unknown): DecodedRemix {
  const bad = (what: string): DecodedRemix => ({ ok: false, message: `the edited model in the link has ${what}` });
  if (!isRecord(data) || !isRecord(data.equations) || !Array.isArray(data.added)) return bad('an unexpected shape');
  const equations: Record<string, string> = Object.create(null);
  for (const [name, expr] of Object.entries(data.equations)) {
    if (typeof expr !== 'string') return bad(`a non-text expression for "${name}"`);
    equations[name] = expr;
  }
  if (data.added.length > MAX_ADDED) return bad(`more than ${MAX_ADDED} added parameters`);
  const added: AddedParameter[] = [];
  for (const item of data.added) {
    if (!isRecord(item)) return bad('an unreadable added parameter');
    const { key, label, unit, min, max, step } = item;
    const fallback = item.default;
    if (typeof key !== 'string' || typeof label !== 'string' || typeof unit !== 'string')
      return bad('an added parameter without key, label or unit');
    if (![min, max, step, fallback].every((n) => typeof n === 'number' && Number.isFinite(n)))
      return bad(`non-numbers in "${key}"`);
    added.push({
      key,
      label: label.slice(0, 80),
      unit,
      min: min as number,
      max: max as number,
      step: step as number,
      default: fallback as number,
    });
  }
  return { ok: true, remix: { equations: { ...equations }, added } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
