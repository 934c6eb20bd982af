// What a teacher pastes into the class board, split into students: lines of links or answer codes, or a CSV/TSV table with a header.
import { guessDelimiter, parseDelimited } from './delimited-text.ts';

/** One student as pasted: a name when the paste gives one, and a link or an answer code (or neither). */
export interface PastedStudent {
  /** 1-based line of the paste this student starts on. */
  line: number;
  /** The name as pasted, not yet cleaned; null when there is none. */
  name: string | null;
  /** A web or file address found in the entry. */
  link: string | null;
  /** An answer code (a `p=` value, e.g. `2*m2*ten-dollars-lower_income-month_d2.2`) when there is no link. */
  code: string | null;
  /** The entry as pasted, for the problem list when neither was found. */
  text: string;
}

export interface PastedClass {
  students: PastedStudent[];
  /** The paste was read as a table with this many header cells; null when read line by line. */
  table: { delimiter: '\t' | ';' | ','; nameColumn: number | null; linkColumn: number | null } | null;
}

const URL_START = /(?:https?|file):\/\//i;
/**
 * An answer code: the format version, `*`, then exercise groups (see answers-link.ts). Optionally written as
 * `p=…`. Only the characters a code can hold, so a sentence is never taken for one.
 */
const CODE = /(?:^|[\s:：,;|])(?:p=)?(\d{1,3}\*[a-z0-9][a-z0-9*_.-]*)\s*$/i;

// Header words (lower case) of forms and learning platforms, in both languages.
const NAME_HEADERS = /^(name|full name|student|student name|first name|display name|姓名|名字|學生|學生姓名|暱稱)$/;
/** Link column headers, strongest first: a column named for a link beats one named for an answer or address. */
const LINK_HEADERS: readonly RegExp[] = [
  /\b(link|url)s?\b|連結|網址/,
  /\b(answer|answers|code|response)\b|代碼|答案/,
  /^(web )?address$/,
];

/** Where a link starts in the text, cut at the first space and stripped of closing punctuation. */
export function findLink(text: string): { link: string; before: string } | null {
  const at = text.search(URL_START);
  if (at === -1) return null;
  const link = text
    .slice(at)
    .split(/\s/)[0]!
    .replace(/[>)\]"',;]+$/, '');
  return { link, before: text.slice(0, at) };
}

/** An answer code at the end of the text, with the text before it. */
export function findCode(text: string): { code: string; before: string } | null {
  const trimmed = text.trim();
  const match = CODE.exec(trimmed);
  return match ? { code: match[1]!, before: trimmed.slice(0, match.index) } : null;
}

function fromLine(text: string, line: number): PastedStudent {
  const link = findLink(text);
  if (link) return { line, name: link.before, link: link.link, code: null, text };
  const code = findCode(text);
  if (code) return { line, name: code.before, link: null, code: code.code, text };
  return { line, name: null, link: null, code: null, text };
}

/** The header's name and link columns, when the first row is a header; null when it is not. */
function headerColumns(cells: readonly string[]): { name: number | null; link: number | null } | null {
  const lower = cells.map((cell) => cell.trim().toLowerCase());
  if (lower.some((cell) => URL_START.test(cell))) return null;
  const name = lower.findIndex((cell) => NAME_HEADERS.test(cell));
  const linkHeader = LINK_HEADERS.find((pattern) => lower.some((cell, index) => index !== name && pattern.test(cell)));
  const link = linkHeader ? lower.findIndex((cell, index) => index !== name && linkHeader.test(cell)) : -1;
  if (name === -1 && link === -1) return null;
  return { name: name === -1 ? null : name, link: link === -1 ? null : link };
}

/**
 * Reads a paste. When the first non-blank line is a header with a name or link column (a form's or a learning
 * platform's export, comma, semicolon or tab separated, quoted fields allowed), each row is a student; otherwise each
 * non-blank line is one ("Alex: https://…", "Alex<TAB>2*m2*…"). Never throws.
 */
export function readPaste(pasted: string): PastedClass {
  const text = String(pasted ?? '');
  const lines = text.split(/\r\n|\r|\n/);
  const firstIndex = lines.findIndex((line) => line.trim() !== '');
  const first = firstIndex === -1 ? '' : lines[firstIndex]!;
  const delimiter = guessDelimiter(first);
  const header = first.includes(delimiter) ? headerColumns(parseDelimited(first, delimiter)[0]?.cells ?? []) : null;
  if (!header) {
    const students = lines.flatMap((raw, index) => (raw.trim() === '' ? [] : [fromLine(raw, index + 1)]));
    return { students, table: null };
  }
  const rows = parseDelimited(text, delimiter).slice(1);
  const students = rows.map(({ line, cells }): PastedStudent => {
    const name = header.name === null ? null : (cells[header.name] ?? '');
    const rest = header.link === null ? cells : [cells[header.link] ?? '', ...cells];
    const joined = cells.join(' ');
    // The link column first; a link or code in any other column is taken when that one has none.
    for (const cell of rest) {
      const link = findLink(cell);
      if (link) return { line, name, link: link.link, code: null, text: joined };
    }
    for (const cell of rest) {
      const code = findCode(cell);
      if (code && code.before.trim() === '') return { line, name, link: null, code: code.code, text: joined };
    }
    return { line, name, link: null, code: null, text: joined };
  });
  return { students, table: { delimiter, nameColumn: header.name, linkColumn: header.link } };
}
