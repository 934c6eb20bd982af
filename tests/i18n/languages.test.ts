// Checks the language registry: well-formed lines that the link, the page and the pipeline read, and that no code
// outside src/i18n names a language, so a third language is one catalogue folder plus one registry line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_LANGUAGE,
  LANGUAGE_ALIASES,
  LANGUAGE_REGISTRY,
  LANGUAGES,
  NATIVE_NAMES,
} from '../../src/i18n/languages.ts';
import { ensureLanguage, isLanguageReady, localeTag, translator } from '../../src/i18n/translate.ts';
import { VIEW_PARAMETERS } from '../../src/link/view-params.ts';

const [langParameter] = VIEW_PARAMETERS;

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(svelte|ts|html)$/.test(entry.name)
      ? [{ path: relative(srcDir, path), text: readFileSync(path, 'utf8') }]
      : [];
  });
}

/**
 * Files outside src/i18n allowed to name a language, with why. Each names it as a key of a model text
 * (LocalText): the model is declared in English and Traditional Chinese, and a language it has not been
 * translated into shows its English (local()). None of them compares a language.
 */
const ALLOWED: Record<string, string> = {
  'engine/types.ts': 'LocalText, the shape of the model’s texts',
  'engine/check-declaration.ts': 'a model text must have both of the languages the model is declared in',
  'remix/apply-remix.ts': 'the texts of a parameter added to an edited model are LocalText',
  'app/classroom/link-parameter-table.ts':
    'the teachers’ link key table is written as LocalText, and documents lang= aliases',
  'app/classroom/TeachersGuide.svelte': 'the guide’s example of a link that opens the page in Chinese',
  'charts/income-by-buyer-chart.ts': 'a comment giving an example locale',
  'generated/page-declaration.ts': 'the declaration’s texts (LocalText) as the build writes them for the first load',
  'generated/parameter-notes.ts': 'the Assumptions panel’s notes (LocalText) as the build writes them',
};

describe('the language registry', () => {
  it('has unique codes and aliases, canonical locale tags and a native name for each language', () => {
    expect(new Set(LANGUAGES).size).toBe(LANGUAGES.length);
    for (const entry of LANGUAGE_REGISTRY) {
      expect(Intl.getCanonicalLocales(entry.locale)).toEqual([entry.locale]);
      expect(entry.nativeName.trim(), entry.code).not.toBe('');
      for (const alias of entry.aliases) expect(alias).toBe(alias.toLowerCase());
    }
    const spellings = LANGUAGE_REGISTRY.flatMap((entry) => [entry.code.toLowerCase(), ...entry.aliases]);
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(FALLBACK_LANGUAGE).toBe('en');
    expect(NATIVE_NAMES).toEqual({ en: 'English', 'zh-Hant': '繁體中文' });
  });

  it('gives the link every code and alias, in any case, and nothing else', () => {
    for (const entry of LANGUAGE_REGISTRY) {
      expect(langParameter.parse(entry.code)).toBe(entry.code);
      for (const alias of entry.aliases) {
        expect(langParameter.parse(alias.toUpperCase()), alias).toBe(entry.code);
        expect(LANGUAGE_ALIASES.get(alias)).toBe(entry.code);
      }
    }
    expect(langParameter.parse('fr')).toBeUndefined();
  });

  it('gives the page its locale tag; the built page starts with the fallback language’s', () => {
    expect(localeTag('en')).toBe('en-US');
    expect(localeTag('zh-Hant')).toBe('zh-Hant-TW');
    const html = readFileSync(join(srcDir, 'index.html'), 'utf8');
    expect(/<html lang="([^"]+)"/.exec(html)?.[1]).toBe(localeTag(FALLBACK_LANGUAGE));
  });
});

describe('loading on demand', () => {
  it('loads a lazy part in every language in use when the part is first asked for', async () => {
    await ensureLanguage('zh-Hant');
    expect(isLanguageReady('zh-Hant')).toBe(true);
    // Until the details part is asked for, its messages are in no language (its code has not loaded either).
    expect(translator('zh-Hant')('inside.title')).toBe('inside.title');
    await import('../../src/i18n/register-details-messages.ts');
    expect(translator('zh-Hant')('inside.title')).toBe('運作原理：所有方程式，即時顯示');
    expect(translator('en')('inside.title')).toBe('How it works: every equation, live');
    expect(isLanguageReady('zh-Hant')).toBe(true);
  });
});

describe('plural forms', () => {
  it('are chosen by each language’s own plural rules, with .other as the fallback', async () => {
    await ensureLanguage('zh-Hant');
    const en = translator('en');
    expect(en('notice.ignored', { count: 1, list: 'x' })).toBe('1 unknown setting was ignored: x.');
    expect(en('notice.ignored', { count: 2, list: 'x, y' })).toBe('2 unknown settings were ignored: x, y.');
    expect(en('notice.ignored', { count: 0, list: '' })).toBe('0 unknown settings were ignored: .');
    // Chinese has no singular: Intl.PluralRules gives 'other' for 1 too, and the .other form counts it.
    expect(new Intl.PluralRules(localeTag('zh-Hant')).select(1)).toBe('other');
    expect(translator('zh-Hant')('notice.ignored', { count: 1, list: 'x' })).toBe('已忽略1項未知設定：x。');
  });
});

describe('no code outside src/i18n names a language', () => {
  const files = sourceFiles(srcDir).filter(({ path }) => !path.startsWith('i18n/'));
  const codes = LANGUAGES.map((code) => code.replace(/-/g, '\\-')).join('|');
  const comparison = new RegExp(`[=!]==?\\s*['"\`](${codes})['"\`]|['"\`](${codes})['"\`]\\s*[=!]==?`);

  it('finds the files it scans (guards the scan itself)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some(({ path }) => path === 'app/App.svelte')).toBe(true);
  });

  it('compares no language to a literal code anywhere in src/ outside src/i18n', () => {
    const found = files.filter(({ text }) => comparison.test(text)).map(({ path }) => path);
    expect(found).toEqual([]);
  });

  it('writes a non-English code only in the allowed files, each for a stated reason', () => {
    const others = LANGUAGES.filter((code) => code !== FALLBACK_LANGUAGE);
    const naming = files
      .filter(({ text }) => others.some((code) => new RegExp(`['"\`]${code}['"\`]`).test(text)))
      .map(({ path }) => path)
      .sort();
    expect(naming).toEqual(Object.keys(ALLOWED).sort());
  });
});
