// A language's punctuation around words (lists, labels, quotations), from its registry line; kept out of format.ts so
// the first screen, which needs none of it, does not load it.
import { type Language, languageEntry } from './languages.ts';

/** Joins the items of a one-line list: "a; b" / "a；b". */
export function joinList(items: readonly string[], lang: Language): string {
  return items.join(languageEntry(lang).writing.listSeparator);
}

/** A label and its text: "12 Oct: sanctions" / "10月12日：制裁". */
export function labelled(label: string, text: string, lang: Language): string {
  return `${label}${languageEntry(lang).writing.labelSeparator}${text}`;
}

/** A name in the language's quotation marks: “ten dollars” / 「十美元」. */
export function quoted(text: string, lang: Language): string {
  const [open, close] = languageEntry(lang).writing.quotes;
  return `${open}${text}${close}`;
}
