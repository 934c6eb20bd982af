// Checks the message catalogues: same keys and placeholders in both languages, and every key the source uses exists.
import { WEAK_REASONS } from '../../models/crude-leverage/source-standing.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { INCOME_CATEGORIES } from '../../src/analysis/monthly-income.ts';
import { CHART_REGISTRY } from '../../src/app/charts/chart-registry.ts';
import type { LocalText } from '../../src/engine/types.ts';
import {
  CATALOGUE_PARTS,
  type CataloguePart,
  FALLBACK_LANGUAGE,
  LANGUAGE_REGISTRY,
  type LanguageEntry,
} from '../../src/i18n/languages.ts';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
const i18nDir = join(srcDir, 'i18n');

/** A part of a language's catalogue: through the registry's loader, or for English (bundled, no loader) its file. */
async function loadPart(entry: LanguageEntry, part: CataloguePart): Promise<Readonly<Record<string, string>>> {
  if (entry.load) return (await entry.load(part)).messages;
  expect(entry.code).toBe(FALLBACK_LANGUAGE);
  return ((await import(`../../src/i18n/en/${part}.ts`)) as { messages: Record<string, string> }).messages;
}

/** Every registered language's catalogue, part by part. */
const loaded = await Promise.all(
  LANGUAGE_REGISTRY.map(async (entry: LanguageEntry) => ({
    code: entry.code,
    parts: await Promise.all(CATALOGUE_PARTS.map(async (part) => [part, await loadPart(entry, part)] as const)),
  })),
);
const english = loaded.find((language) => language.code === 'en')!;
const others = loaded.filter((language) => language !== english);
const whole = (language: (typeof loaded)[number]): Record<string, string> =>
  Object.assign({}, ...language.parts.map(([, messages]) => messages));
const enCatalogue = whole(english);
const zhCatalogue = whole(loaded.find((language) => language.code === 'zh-Hant')!);

function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const catalogue = dirname(dir) === i18nDir && existsSync(join(i18nDir, 'en', entry.name));
    return /\.(svelte|ts)$/.test(entry.name) && !catalogue ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

const files = sourceFiles(srcDir);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const matches = (pattern: RegExp) =>
  files.flatMap(({ path, text }) =>
    [...text.matchAll(pattern)].map((m) => ({ key: m[1]!, path: path.slice(srcDir.length) })),
  );

/** `t('key')` and `t("key")` with a literal key (not `set('…')` or `format('…')`). */
const literalKeys = matches(/(?<![\w.$])t\(\s*['"]([a-zA-Z.-]+)['"]/g);
/** `t(\`prefix.${id}\`)`: the ids each prefix can take, from the code that produces them. */
const templatePrefixes = matches(/(?<![\w.$])t\(\s*`([a-zA-Z.-]+)\$\{/g);
/** A plural base: `t('base', { count })` with no message of its own, turned into base.one, base.other…. */
const pluralBases = literalKeys.filter(({ key }) => !(key in enCatalogue) && `${key}.other` in enCatalogue);

function adjustmentReasons(): string[] {
  const source = readFileSync(join(srcDir, 'link/sanitize-value.ts'), 'utf8');
  const declaration = /export type AdjustmentReason\s*=([^;]+);/.exec(source);
  if (!declaration) throw new Error('AdjustmentReason not found in src/link/sanitize-value.ts');
  return [...declaration[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

const idsForPrefix: Record<string, readonly string[]> = {
  'buyer.': [...INCOME_CATEGORIES.map((c) => c.id), 'india', 'china'],
  'reason.': adjustmentReasons(),
  'calculus.verdict.': ['keep-buying', 'stop', 'same', 'already-stopped'],
  'chart.calculus.': ['keep', 'stop'],
  'sources.weak.': WEAK_REASONS,
  // The download menu's button for each file a registered chart offers.
  'download.': [...new Set(CHART_REGISTRY.flatMap((entry) => entry.downloads))],
};

describe('message catalogues', () => {
  it('come in one folder per registered language, and no folder for an unregistered one', () => {
    const folders = readdirSync(i18nDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(folders.map((entry) => entry.name).sort()).toEqual(LANGUAGE_REGISTRY.map((entry) => entry.code).sort());
    expect(others.length).toBeGreaterThan(0);
  });

  it('have exactly English’s keys in every registered language, part by part', () => {
    for (const language of others) {
      language.parts.forEach(([part, messages], i) => {
        const [, englishPart] = english.parts[i]!;
        expect(Object.keys(messages).sort(), `${language.code}/${part}`).toEqual(Object.keys(englishPart).sort());
      });
    }
  });

  it('put no key in two parts', () => {
    const all = english.parts.flatMap(([, messages]) => Object.keys(messages));
    expect(new Set(all).size).toBe(all.length);
  });

  it('have no empty or blank messages', () => {
    for (const language of loaded) {
      for (const [key, text] of Object.entries(whole(language)))
        expect(text.trim(), `${language.code} ${key}`).not.toBe('');
    }
  });

  it('use the same {placeholders} as English in every language', () => {
    for (const language of others) {
      const catalogue = whole(language);
      for (const key of Object.keys(enCatalogue)) {
        expect(placeholders(catalogue[key] ?? ''), `${language.code} ${key}`).toEqual(placeholders(enCatalogue[key]!));
      }
    }
  });

  it('translate every message (the Chinese is written in Chinese)', () => {
    // A message of placeholders and punctuation only (a source row's '{figure}：{value}。') has no words to translate:
    // its Chinese differs from the English in the punctuation alone.
    const wordless = (text: string) => text.replace(/\{\w+\}/g, '').replace(/[\p{P}\s]/gu, '') === '';
    for (const [key, text] of Object.entries(zhCatalogue)) {
      if (wordless(text)) expect(text, key).not.toBe(enCatalogue[key]);
      else expect(text, key).toMatch(/[\u3400-\u9fff]/);
    }
  });
});

describe('keys used in src/', () => {
  it('finds the calls it scans for (guards the scan itself)', () => {
    expect(literalKeys.length).toBeGreaterThan(50);
    expect(templatePrefixes.map((m) => m.key)).toEqual(expect.arrayContaining(['buyer.', 'reason.']));
    expect(pluralBases.map((m) => m.key)).toEqual(expect.arrayContaining(['notice.adjusted', 'notice.ignored']));
  });

  it('exist in the catalogue for every literal t() key', () => {
    const missing = literalKeys
      .filter(({ key }) => !(key in enCatalogue) && !pluralBases.some((base) => base.key === key))
      .map(({ key, path }) => `${path}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('exist for every id a template key can take', () => {
    for (const { key: prefix, path } of templatePrefixes) {
      const ids = idsForPrefix[prefix];
      expect(ids, `${path}: add the ids of t(\`${prefix}\${…}\`) to this test`).toBeDefined();
      for (const id of ids!) expect(enCatalogue, `${path}: ${prefix}${id}`).toHaveProperty([`${prefix}${id}`]);
    }
  });

  it('exist in both plural forms for every plural base t() is given', () => {
    for (const { key } of pluralBases) {
      expect(enCatalogue).toHaveProperty([`${key}.one`]);
      expect(enCatalogue).toHaveProperty([`${key}.other`]);
    }
  });
});

describe('model declaration texts', () => {
  const { parameters, groups, units, equations, constants, presets, title } = crudeLeverageModel;
  const texts: [string, LocalText][] = [
    ['title', title],
    ...parameters.flatMap((p): [string, LocalText][] => [
      [`parameter ${p.key} label`, p.label],
      // Every authored parameter has a note (only the page's first-load copy leaves some out); a missing one fails here.
      [`parameter ${p.key} note`, p.note ?? { en: '', 'zh-Hant': '' }],
    ]),
    ...parameters.flatMap((p) =>
      (p.marks ?? []).map((m): [string, LocalText] => [`parameter ${p.key} mark ${m.value}`, m.label]),
    ),
    ...groups.map((g): [string, LocalText] => [`group ${g.id}`, g.label]),
    ...equations.map((e): [string, LocalText] => [`equation ${e.name}`, e.label]),
    ...constants.flatMap((c): [string, LocalText][] => [
      [`constant ${c.name} label`, c.label],
      [`constant ${c.name} note`, c.note],
    ]),
    ...presets.flatMap((p): [string, LocalText][] => [
      [`preset ${p.id} title`, p.title],
      [`preset ${p.id} explanation`, p.explanation],
    ]),
  ];

  it('have every label and note in both languages', () => {
    expect(texts.length).toBeGreaterThan(parameters.length * 2);
    for (const [what, text] of texts) {
      expect(text.en.trim(), `${what} (en)`).not.toBe('');
      expect(text['zh-Hant'].trim(), `${what} (zh-Hant)`).not.toBe('');
    }
  });

  it('give every unit a symbol and spoken form in both languages or in neither', () => {
    for (const unit of units) {
      for (const field of ['symbol', 'spoken'] as const) {
        const hasEn = unit[field].en.trim() !== '';
        const hasZh = unit[field]['zh-Hant'].trim() !== '';
        expect(hasZh, `unit ${unit.id} ${field}`).toBe(hasEn);
      }
      expect(unit.symbol.en === '', `unit ${unit.id}: a symbol needs a spoken form`).toBe(unit.spoken.en === '');
    }
  });

  it('use a declared unit for every parameter that has a slider', () => {
    const ids = new Set(units.map((u) => u.id));
    for (const parameter of parameters) expect(ids.has(parameter.unit), parameter.key).toBe(true);
  });
});
