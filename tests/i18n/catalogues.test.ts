// Checks the message catalogues: same keys and placeholders in both languages, and every key the source uses exists.
import { WEAK_REASONS } from '../../models/crude-leverage/source-standing.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { INCOME_CATEGORIES } from '../../src/analysis/monthly-income.ts';
import type { LocalText } from '../../src/engine/types.ts';
import { en } from '../../src/i18n/catalogue-en.ts';
import { zhHant } from '../../src/i18n/catalogue-zh-hant.ts';
import { classroomEn } from '../../src/i18n/classroom-en.ts';
import { classroomZhHant } from '../../src/i18n/classroom-zh-hant.ts';
import { detailsEn } from '../../src/i18n/details-en.ts';
import { detailsZhHant } from '../../src/i18n/details-zh-hant.ts';

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
// The catalogue comes in parts (core, classroom tools, on-demand details) that load separately; no key is in two parts.
const parts: [Record<string, string>, Record<string, string>][] = [
  [en, zhHant],
  [classroomEn, classroomZhHant],
  [detailsEn, detailsZhHant],
];
const enCatalogue: Record<string, string> = Object.assign({}, ...parts.map(([english]) => english));
const zhCatalogue: Record<string, string> = Object.assign({}, ...parts.map(([, chinese]) => chinese));

function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const catalogue = /^(catalogue|classroom|details)-[a-z-]+\.ts$/.test(entry.name) && dir.endsWith('i18n');
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
/** `pluralKey('base', n)` turns into base.one and base.other. */
const pluralBases = matches(/pluralKey\(\s*['"]([a-zA-Z.-]+)['"]/g);

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
};

describe('message catalogues', () => {
  it('have exactly the same keys in English and Traditional Chinese', () => {
    expect(Object.keys(zhCatalogue).sort()).toEqual(Object.keys(enCatalogue).sort());
  });

  it('keep each part in step across the languages, and no key in two parts', () => {
    for (const [english, chinese] of parts) expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
    const all = parts.flatMap(([english]) => Object.keys(english));
    expect(new Set(all).size).toBe(all.length);
  });

  it('have no empty or blank messages', () => {
    for (const [key, text] of [...Object.entries(enCatalogue), ...Object.entries(zhCatalogue)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same {placeholders} in each pair', () => {
    for (const key of Object.keys(enCatalogue)) {
      expect(placeholders(zhCatalogue[key] ?? ''), key).toEqual(placeholders(enCatalogue[key]!));
    }
  });

  it('translate every message (the Chinese is written in Chinese)', () => {
    for (const [key, text] of Object.entries(zhCatalogue)) {
      expect(text, key).toMatch(/[\u3400-\u9fff]/);
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
    const missing = literalKeys.filter(({ key }) => !(key in enCatalogue)).map(({ key, path }) => `${path}: ${key}`);
    expect(missing).toEqual([]);
  });

  it('exist for every id a template key can take', () => {
    for (const { key: prefix, path } of templatePrefixes) {
      const ids = idsForPrefix[prefix];
      expect(ids, `${path}: add the ids of t(\`${prefix}\${…}\`) to this test`).toBeDefined();
      for (const id of ids!) expect(enCatalogue, `${path}: ${prefix}${id}`).toHaveProperty([`${prefix}${id}`]);
    }
  });

  it('exist in both plural forms for every pluralKey() base', () => {
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
      [`parameter ${p.key} note`, p.note],
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
