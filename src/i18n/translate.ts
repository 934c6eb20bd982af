// The one text pipeline: looks up a message in the active language, picks its plural form and fills its
// {placeholders}. English core strings come with the page; every other language, and every lazily loaded part
// (classroom, details, export), loads through the registry's loaders when first needed.
import type { LocalText } from '../engine/types.ts';
import { type CoreMessageKey, messages as englishCore } from './en/core.ts';
import type { ClassroomMessageKey } from './en/classroom.ts';
import type { DetailsMessageKey } from './en/details.ts';
import type { ExportMessageKey } from './en/export.ts';
import { type CataloguePart, FALLBACK_LANGUAGE, LANGUAGES, type Language, languageEntry } from './languages.ts';

export type MessageKey = CoreMessageKey | ClassroomMessageKey | DetailsMessageKey | ExportMessageKey;
/** A message with plural forms (`base.one`, `base.other`, …): `t(base, { count })` picks the form. */
export type PluralBase = MessageKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;
export type Translate = (key: MessageKey | PluralBase, values?: Record<string, string | number>) => string;

type Catalogue = Partial<Record<string, string>>;

const catalogues = new Map<Language, Catalogue>(LANGUAGES.map((lang) => [lang, {}]));
/** `lang/part` → its load (or the part itself, registered with the code that needs it). */
const loads = new Map<string, Promise<void>>();
const arrived = new Set<string>();
/** The parts the page has asked for so far; a language switched to later loads each of them. */
const wantedParts = new Set<CataloguePart>(['core']);

/** Adds strings to a language's catalogue: a part that arrived with the code that needs it, or a test's. */
export function registerMessages(
  lang: Language,
  messages: Readonly<Record<string, string>>,
  part?: CataloguePart,
): void {
  Object.assign(catalogues.get(lang) ?? {}, messages);
  if (part) arrived.add(`${lang}/${part}`);
}

registerMessages(FALLBACK_LANGUAGE, englishCore, 'core');

/** True when every part asked for so far is here in `lang`: switching then shows no English stand-ins. */
export function isLanguageReady(lang: Language): boolean {
  return [...wantedParts].every((part) => arrived.has(`${lang}/${part}`));
}

/** Loads one part of one language (once). A failed load is logged and retried next time; English stands in. */
function loadPart(lang: Language, part: CataloguePart): Promise<void> {
  const id = `${lang}/${part}`;
  const loader = languageEntry(lang).load;
  if (arrived.has(id) || !loader) return Promise.resolve();
  let load = loads.get(id);
  if (!load) {
    load = loader(part)
      .then(({ messages }) => registerMessages(lang, messages, part))
      .catch((error: unknown) => {
        console.error(`Could not load the ${part} strings of ${lang}; English stands in.`, error);
        loads.delete(id);
      });
    loads.set(id, load);
  }
  return load;
}

/** Loads a language's strings: its core and every part asked for so far. Until then messages fall back to English. */
export async function ensureLanguage(lang: Language): Promise<void> {
  await Promise.all([...wantedParts].map((part) => loadPart(lang, part)));
}

/**
 * Makes a lazily loaded part's strings available: English arrives bundled with the part (`english`); every other
 * language the page has loaded (or is loading) fetches its own. Awaited at the top of the part's register module.
 */
export async function ensurePart(part: CataloguePart, english: Readonly<Record<string, string>>): Promise<void> {
  registerMessages(FALLBACK_LANGUAGE, english, part);
  wantedParts.add(part);
  const inUse = LANGUAGES.filter((lang) => loads.has(`${lang}/core`) || arrived.has(`${lang}/core`));
  await Promise.all(inUse.map((lang) => loadPart(lang, part)));
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The plural category of `count` in `lang` ('one', 'other', 'few', …), from the language's own rules. */
export function pluralCategory(count: number, lang: Language): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(localeTag(lang));
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

export function translator(lang: Language): Translate {
  const catalogue = catalogues.get(lang) ?? {};
  const english = catalogues.get(FALLBACK_LANGUAGE)!;
  const lookUp = (key: string) => catalogue[key] ?? english[key];
  return (key, values) => {
    const count = values?.count;
    // A plural base has no message of its own: its forms are base.one, base.other and whatever else a language uses.
    const plural =
      typeof count === 'number' && lookUp(key) === undefined
        ? (lookUp(`${key}.${pluralCategory(count, lang)}`) ?? lookUp(`${key}.other`))
        : undefined;
    return fill(plural ?? lookUp(key) ?? key, values);
  };
}

/** A model text in `lang`; a language the model has not been translated into shows the model's English. */
export function local(text: LocalText, lang: Language): string {
  return (Object.hasOwn(text, lang) ? text[lang as keyof LocalText] : '') || text.en;
}

function fill(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** BCP 47 tag for Intl formatting and the page's `lang` attribute. */
export function localeTag(lang: Language): string {
  return languageEntry(lang).locale;
}
