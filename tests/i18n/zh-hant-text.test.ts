// Scans every Traditional Chinese string for half-width punctuation, variant terms, 十億 and stray English.
import { describe, expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { plausibilityWarnings } from '../../models/crude-leverage/warnings.ts';
import { monthlySources } from '../../models/crude-leverage/month-sources.ts';
import { sourceTexts } from '../../models/crude-leverage/source-texts.ts';
import { sources } from '../../models/crude-leverage/sources.ts';
import { decompositionGroups } from '../../models/crude-leverage/decomposition.ts';
import { messages as classroomZhHant } from '../../src/i18n/zh-Hant/classroom.ts';
import { messages as zhHant } from '../../src/i18n/zh-Hant/core.ts';
import { messages as detailsZhHant } from '../../src/i18n/zh-Hant/details.ts';
import { messages as exportZhHant } from '../../src/i18n/zh-Hant/export.ts';

/** Every 'zh-Hant' string inside a value (the model declaration holds them in LocalText records). */
function chineseIn(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((item, i) => chineseIn(item, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'zh-Hant' && typeof inner === 'string') out.push([path, inner]);
      else chineseIn(inner, `${path}.${key}`, out);
    }
  }
  return out;
}

// Source rows: only the project's own words (figure, period) are translated; the quoted value and publisher stay English.
const sourceRows = [...Object.values(sources), ...Object.values(monthlySources)];
const strings: [string, string][] = [
  ...Object.entries(zhHant).map(([k, v]): [string, string] => [`catalogue ${k}`, v]),
  ...Object.entries(classroomZhHant).map(([k, v]): [string, string] => [`classroom ${k}`, v]),
  ...Object.entries(detailsZhHant).map(([k, v]): [string, string] => [`details ${k}`, v]),
  ...Object.entries(exportZhHant).map(([k, v]): [string, string] => [`export ${k}`, v]),
  ...chineseIn(crudeLeverageModel, 'model'),
  ...sourceRows.flatMap((row) => chineseIn(sourceTexts(row), `source ${row.id}`)),
  ...chineseIn(exercises, 'exercises'),
  ...chineseIn(plausibilityWarnings, 'warnings'),
  ...chineseIn(decompositionGroups, 'decomposition'),
];

const HAN = '\\p{Script=Han}';
/** A half-width , . : ; ! ? or parenthesis touching a Chinese character (a decimal point sits between digits). */
const HALF_WIDTH_BESIDE_HAN = new RegExp(`${HAN}[,.:;!?()]|[,:;!?()]${HAN}`, 'u');
/** A space between a digit and a Chinese character: Taiwanese print sets "60美元", not "60 美元". */
const SPACE_BESIDE_DIGIT = new RegExp(`\\d ${HAN}|${HAN} \\d`, 'u');

/** One term per concept: the term used, and the variants that must not appear. */
const BANNED: Record<string, string> = {
  為甚麼: '為什麼',
  數據: '資料',
  課程: '課堂',
  固定: '釘選',
  十億: '億 (10^8)',
};

/** Latin words a Chinese page may carry besides acronyms (IEA, CSV): names of people, firms and code (the zh-Hant language tag). */
const ALLOWED_LATIN = new Set(
  'Kpler Vortexa Windward Kotak Shapley Kogan Salikhov Kilian Murphy Caldara Cavallo Iacoviello Baumeister Hamilton base max min Hant'.split(
    ' ',
  ),
);
const isAcronym = (word: string) => /^[A-Z]{2,}$/.test(word);

describe('Traditional Chinese text', () => {
  it('finds the strings it scans (a scan of nothing would pass)', () => {
    expect(strings.length).toBeGreaterThan(400);
  });

  it('uses full-width punctuation beside Chinese characters', () => {
    const bad = strings.filter(([, text]) => HALF_WIDTH_BESIDE_HAN.test(text));
    expect(bad).toEqual([]);
  });

  it('uses one term per concept', () => {
    for (const [variant, chosen] of Object.entries(BANNED)) {
      const bad = strings.filter(([, text]) => text.includes(variant)).map(([where]) => where);
      expect(bad, `${variant} → ${chosen}`).toEqual([]);
    }
  });

  it('sets numbers against Chinese units with no space', () => {
    const bad = strings.filter(([, text]) => SPACE_BESIDE_DIGIT.test(text));
    expect(bad).toEqual([]);
  });

  it('has no English words besides names, formats and code symbols', () => {
    const bad = strings.flatMap(([where, text]) =>
      [...text.replace(/\{\w+\}|https?:\S+|[a-z]+(?:[_-][a-z]+)+|[a-z]+[A-Z]\w*/g, '').matchAll(/[A-Za-z]{3,}/g)]
        .map((m) => m[0])
        .filter((word) => !ALLOWED_LATIN.has(word) && !isAcronym(word))
        .map((word) => `${where}: ${word}`),
    );
    expect(bad).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(HALF_WIDTH_BESIDE_HAN.test('48.0美元/桶: 低於')).toBe(true);
    expect(HALF_WIDTH_BESIDE_HAN.test('收入(每月)')).toBe(true);
    expect(HALF_WIDTH_BESIDE_HAN.test('48.0美元：比60美元')).toBe(false);
    expect(SPACE_BESIDE_DIGIT.test('較2025年中 3%')).toBe(true);
    expect(SPACE_BESIDE_DIGIT.test('較2025年中3%')).toBe(false);
    expect(SPACE_BESIDE_DIGIT.test('2.24 十億美元')).toBe(true);
  });
});
