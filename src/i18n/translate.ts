// Looks up a message in the active language and fills its {placeholders}.
import type { LocalText } from '../engine/types.ts';
import type { Language } from '../link/view-params.ts';
import { en, type MessageKey } from './catalogue-en.ts';
import { zhHant } from './catalogue-zh-hant.ts';

export type { MessageKey };
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const catalogues: Record<Language, Record<MessageKey, string>> = { en, 'zh-Hant': zhHant };

export function translator(lang: Language): Translate {
  const catalogue = catalogues[lang] ?? en;
  return (key, values) => fill(catalogue[key] ?? en[key] ?? key, values);
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
