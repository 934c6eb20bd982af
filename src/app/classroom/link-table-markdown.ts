// The README's table of link keys, written from the same rows as the teachers' table, so the README cannot drift from the declarations.
import type { ModelDeclaration } from '../../engine/types.ts';
import { linkParameterTable } from './link-parameter-table.ts';

export const README_TABLE_START =
  '<!-- link-table:start (generated: see tests/app/classroom/link-table-markdown.test.ts) -->';
export const README_TABLE_END = '<!-- link-table:end -->';

const HEADER = ['Key', 'Kind', 'Meaning', 'Unit', 'Range', 'Default'] as const;

/** A table cell: a pipe would end the cell, a newline the row, and `<key>` would be read as an HTML tag. */
const cell = (text: string) =>
  text
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/(^|\s)([^\s`]*<key>[^\s`]*)/g, '$1`$2`');
/** Minus signs as the README writes them (−20, not -20). */
const minus = (text: string) => text.replace(/(^|[\s(])-(?=\d)/g, '$1−');

/** The rows of the README table, as cells (English), in the teachers' table's order. */
export function linkTableCells(declaration: ModelDeclaration): string[][] {
  return linkParameterTable(declaration).map((row) => [
    `\`${row.key}\``,
    row.kind,
    cell(row.meaning.en),
    cell(row.unit.en),
    cell(minus(row.range.en)),
    row.default === '' ? '' : `\`${minus(row.default)}\``,
  ]);
}

/** The whole table as Markdown (before Prettier pads its columns). */
export function linkTableMarkdown(declaration: ModelDeclaration): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...linkTableCells(declaration).map(line)].join('\n');
}

/** The cells of a Markdown table as written in a file, padding ignored; `\|` stays inside its cell. */
export function readMarkdownTable(markdown: string): string[][] {
  return markdown
    .split('\n')
    .map((row) => row.trim())
    .filter((row) => row.startsWith('|') && !/^\|[\s:|-]+\|$/.test(row))
    .map((row) =>
      row
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((text) => text.trim()),
    );
}
