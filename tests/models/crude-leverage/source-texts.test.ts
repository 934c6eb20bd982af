// Tests the source rows' own descriptions in Traditional Chinese: every row has its figure (and period) translated.
import { describe, expect, it } from 'vitest';
import { monthlySources } from '../../../models/crude-leverage/month-sources.ts';
import { sourceTexts } from '../../../models/crude-leverage/source-texts.ts';
import { sources } from '../../../models/crude-leverage/sources.ts';
import { local } from '../../../src/i18n/translate.ts';

const rows = [...Object.values(sources), ...Object.values(monthlySources)];
const HAN = /\p{Script=Han}/u;

describe('source texts', () => {
  it('covers both row sets, whose IDs do not collide', () => {
    expect(rows.length).toBeGreaterThan(180);
    const shared = Object.keys(monthlySources).filter((id) => Object.hasOwn(sources, id));
    expect(shared).toEqual([]);
  });

  it('gives every row a Traditional Chinese figure, written in Chinese', () => {
    const missing = rows.filter((row) => sourceTexts(row).figure['zh-Hant'] === '').map((row) => row.id);
    expect(missing).toEqual([]);
    // Names and acronyms (CLSA, SBI) stay as they are; every other figure has Chinese in it.
    const untranslated = rows
      .map((row) => [row.id, sourceTexts(row).figure['zh-Hant']] as const)
      .filter(([, zh]) => !HAN.test(zh) && !/^[A-Z]{2,}$/.test(zh));
    expect(untranslated).toEqual([]);
  });

  it('gives every row that has a period a Traditional Chinese one, with no English month left in it', () => {
    const missing = rows.filter((row) => row.period !== '' && sourceTexts(row).period['zh-Hant'] === '');
    expect(missing.map((row) => `${row.id}: ${row.period}`)).toEqual([]);
    for (const row of rows) {
      const zh = sourceTexts(row).period['zh-Hant'];
      expect(zh, row.id).not.toMatch(/Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|early|late|since|plan/);
    }
  });

  it('translates a month and a day as Taiwanese print writes them', () => {
    expect(sourceTexts(sources.R1!).period['zh-Hant']).toBe('2025年7月，共31日');
    expect(sourceTexts(sources.P3!).period['zh-Hant']).toBe('2025年8月5日');
    expect(sourceTexts(sources.V13!).period['zh-Hant']).toBe('2025年第1季');
  });

  it('falls back to the English for a text it has no translation of, as other model texts do', () => {
    const made = sourceTexts({ figure: 'A figure nobody translated', period: 'Jul 2031' });
    expect(local(made.figure, 'zh-Hant')).toBe('A figure nobody translated');
    expect(local(made.period, 'zh-Hant')).toBe('Jul 2031');
    expect(local(sourceTexts(sources.R1!).figure, 'en')).toBe(sources.R1!.figure);
  });
});
