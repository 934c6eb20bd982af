// Tests the CSV/TSV reader: quoting, line breaks inside quotes, line numbers, and a round trip for any cells (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessDelimiter, parseDelimited } from '../../src/classroom/delimited-text.ts';

/** Writes cells as a spreadsheet would: a cell with a delimiter, quote, line break or outer space is quoted. */
function writeRow(cells: readonly string[], delimiter: string): string {
  return cells
    .map((cell) =>
      /["\r\n]/.test(cell) || cell.includes(delimiter) || cell !== cell.trim() || cell === ''
        ? `"${cell.replaceAll('"', '""')}"`
        : cell,
    )
    .join(delimiter);
}

describe('parseDelimited', () => {
  it('reads quoted commas, doubled quotes and a line break inside quotes', () => {
    const text = 'Name,Link\n"Wong, Bea","https://a.example/?drop=5"\n"Say ""hi""",x\n"two\nlines",y\n';
    expect(parseDelimited(text, ',')).toEqual([
      { line: 1, cells: ['Name', 'Link'] },
      { line: 2, cells: ['Wong, Bea', 'https://a.example/?drop=5'] },
      { line: 3, cells: ['Say "hi"', 'x'] },
      { line: 4, cells: ['two\nlines', 'y'] },
    ]);
  });

  it('counts lines after a quoted line break, skips blank rows, and handles CRLF', () => {
    const text = 'a\t"b\r\nc"\r\n\r\nd\te';
    expect(parseDelimited(text, '\t')).toEqual([
      { line: 1, cells: ['a', 'b\r\nc'] },
      { line: 4, cells: ['d', 'e'] },
    ]);
  });

  it('keeps the text of an unclosed quote instead of losing it', () => {
    expect(parseDelimited('x,"never closed, at all\nmore', ',')).toEqual([
      { line: 1, cells: ['x', 'never closed, at all\nmore'] },
    ]);
  });

  it('takes a quote inside an unquoted cell as text', () => {
    expect(parseDelimited('5" screen,b', ',')).toEqual([{ line: 1, cells: ['5" screen', 'b'] }]);
  });

  it('gives back any table written with quoting, for comma, semicolon and tab', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '\t', '"', '\n', '\r\n', '陳', 'é', '*') });
    const rows = fc.array(
      fc.array(cell, { minLength: 1, maxLength: 5 }).filter((cells) => cells.some((c) => c !== '')),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(rows, fc.constantFrom(',', ';', '\t'), (table, delimiter) => {
        const text = table.map((row) => writeRow(row, delimiter)).join('\n');
        expect(parseDelimited(text, delimiter).map((row) => row.cells)).toEqual(table);
      }),
    );
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string(), (text) => Array.isArray(parseDelimited(text, ','))));
  });
});

describe('guessDelimiter', () => {
  it('prefers a tab, then the more frequent of semicolon and comma', () => {
    expect(guessDelimiter('Name\tLink, with comma')).toBe('\t');
    expect(guessDelimiter('Name;Link;Code')).toBe(';');
    expect(guessDelimiter('Name,Link;x')).toBe(',');
    expect(guessDelimiter('Name')).toBe(',');
  });
});
