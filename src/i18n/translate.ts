// Looks up a message in the active language and fills its {placeholders}. English is always there; the
// Traditional Chinese strings and the classroom tools' strings are loaded when they are first needed.
import type { LocalText } from '../engine/types.ts';
import type { Language } from '../link/view-params.ts';
import { type CoreMessageKey, en } from './catalogue-en.ts';
import type { ClassroomMessageKey } from './classroom-en.ts';
import type { DetailsMessageKey } from './details-en.ts';

export type MessageKey = CoreMessageKey | ClassroomMessageKey | DetailsMessageKey;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

type Catalogue = Partial<Record<MessageKey, string>>;

const catalogues: Record<Language, Catalogue> = { en: { ...en }, 'zh-Hant': {} };
let zhHantLoad: Promise<void> | null = null;

/** Adds strings to a language (a lazily loaded part such as the classroom tools). */
export function registerMessages(lang: Language, messages: Catalogue): void {
  Object.assign(catalogues[lang], messages);
}

export function isLanguageReady(lang: Language): boolean {
  return lang === 'en' || 'app.title' in catalogues['zh-Hant'];
}

/** Loads a language's core strings (once); until then its messages fall back to English. */
export function ensureLanguage(lang: Language): Promise<void> {
  if (isLanguageReady(lang)) return Promise.resolve();
  zhHantLoad ??= import('./catalogue-zh-hant.ts').then(({ zhHant }) => registerMessages('zh-Hant', zhHant));
  return zhHantLoad;
}

export function translator(lang: Language): Translate {
  const catalogue = catalogues[lang] ?? catalogues.en;
  const english = catalogues.en;
  return (key, values) => fill(catalogue[key] ?? english[key] ?? key, values);
}

/** Picks `key.one` or `key.other` by the count's plural category (English only has both). */
export function pluralKey(base: 'notice.adjusted' | 'notice.ignored', count: number): MessageKey {
  return count === 1 ? `${base}.one` : `${base}.other`;
}

export function local(text: LocalText, lang: Language): string {
  return text[lang] || text.en;
}

function fill(template: string, values?: Record<string, string | number>): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** BCP 47 tag for Intl formatting and the page's `lang` attribute. */
export function localeTag(lang: Language): string {
  return lang === 'zh-Hant' ? 'zh-Hant-TW' : 'en-US';
}
