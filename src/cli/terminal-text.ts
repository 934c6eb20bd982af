// Makes text from the command line or a link safe to print: no escape sequence in it can reach the terminal.

/** Control characters (C0, DEL, C1 such as the one-byte CSI U+009B) and invisible format ones (bidirectional overrides). */
const UNSAFE = /[\p{Cc}\p{Cf}]/gu;
/** What JSON.stringify leaves raw of those: it already escapes U+0000 to U+001F in strings, and its line breaks must stay. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\p{Cf}]/gu;
/** A flag longer than this is shown cut, so a pasted megabyte is not echoed back. */
const MAX_SHOWN_LENGTH = 120;

/** `text` in double quotes, with quotes, backslashes and every control or format character written as an escape. */
export function quoteForTerminal(text: string): string {
  const cut = text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}…` : text;
  const escaped = cut.replace(/["\\]/g, (char) => `\\${char}`).replace(UNSAFE, (char) => unicodeEscape(char));
  return `"${escaped}"`;
}

/**
 * JSON text with every control or format character that JSON.stringify leaves raw (DEL, C1, bidirectional
 * marks) written as \uXXXX: the same JSON value, but nothing a terminal would act on.
 */
export function escapeJsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => unicodeEscape(char));
}

function unicodeEscape(char: string): string {
  // A character outside the BMP (the U+E0001 tag characters are format characters) becomes its two UTF-16 units, as in JSON.
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}
