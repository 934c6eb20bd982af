// For markup that marks the language of its parts (a span with its own `lang`): which language a model text shows in,
// and a message split at its placeholders. Only the sources list needs them, so they stay out of the first load.
import type { LocalText } from '../engine/types.ts';
import { FALLBACK_LANGUAGE, type Language } from './languages.ts';

/** The language local() shows `text` in: `lang`, or English where the text has no translation (for a `lang` attribute). */
export function localLanguage(text: LocalText, lang: Language): Language {
  return Object.hasOwn(text, lang) && text[lang as keyof LocalText] ? lang : FALLBACK_LANGUAGE;
}

/**
 * A message split at its {placeholders}, in order, for markup that wraps a value (a span with its own `lang`):
 * `text` parts are the message's words, `slot` parts name a placeholder.
 */
export function messageParts(template: string): ({ text: string } | { slot: string })[] {
  return template
    .split(/\{(\w+)\}/)
    .map((piece, index) => (index % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}
