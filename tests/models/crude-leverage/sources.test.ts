import { describe, expect, it } from 'vitest';
import { SOURCE_DOCUMENT, sources } from '../../../models/crude-leverage/sources.ts';
import { parameters } from '../../../models/crude-leverage/parameters.ts';
import { constants } from '../../../models/crude-leverage/constants.ts';
import type { Source } from '../../../src/engine/types.ts';

const declarations: readonly { source: Source; note?: { en: string } }[] = [...parameters, ...constants];

const sourceIds = (source: Source): readonly string[] => (Array.isArray(source) ? source : []);
const noteIds = (note: string): string[] => [...note.matchAll(/\(([A-Z]\d+)\)/g)].map((m) => m[1] ?? '');

describe('sources', () => {
  it('names the data file it was taken from', () => {
    expect(SOURCE_DOCUMENT).toBe('shared/data/BASELINE-2025.md');
  });

  it('keys every row by its own ID', () => {
    for (const [key, row] of Object.entries(sources)) {
      expect(row.id).toBe(key);
      expect(key).toMatch(/^[A-Z]\d+$/);
    }
  });

  it('has every source ID the parameters and constants cite', () => {
    const cited = declarations.flatMap((d) => sourceIds(d.source));
    expect(cited.length).toBeGreaterThan(0);
    const missing = cited.filter((id) => !(id in sources));
    expect(missing).toEqual([]);
  });

  it('has every row ID named in parentheses in the English notes', () => {
    const named = declarations.flatMap((d) => noteIds(d.note?.en ?? ''));
    expect(named.length).toBeGreaterThan(0);
    const missing = named.filter((id) => !(id in sources));
    expect(missing).toEqual([]);
  });

  it('gives each row a figure and a value, as plain text', () => {
    for (const row of Object.values(sources)) {
      expect(row.figure, row.id).not.toBe('');
      expect(row.value, row.id).not.toBe('');
      for (const text of [row.figure, row.value, row.period, row.publisher]) expect(text, row.id).not.toContain('**');
    }
  });

  it('has only empty or http(s) URLs', () => {
    for (const row of Object.values(sources)) {
      expect(row.url === '' || /^https?:\/\//.test(row.url), `${row.id}: ${row.url}`).toBe(true);
    }
  });

  it('gives the calibration figure R1 as $14.3bn', () => {
    expect(sources.R1?.value).toContain('14.3');
  });
});
