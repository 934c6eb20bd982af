// Reads CSV or TSV text (RFC 4180 quoting: "a, b", "line\nbreak", "say ""hi""") into rows of cells; never throws.

export interface DelimitedRow {
  /** 1-based line of the paste the row starts on (a quoted line break makes a row span lines). */
  line: number;
  cells: string[];
}

/** Tab when the first line has one (a spreadsheet's copy, a TSV export), else semicolon when it has more of those than commas, else comma. */
export function guessDelimiter(firstLine: string): '\t' | ';' | ',' {
  if (firstLine.includes('\t')) return '\t';
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * Splits text into rows and cells. A quote opens a quoted cell only at the start of a cell; inside one, `""` is a
 * quote and delimiters and line breaks are text. An unclosed quote runs to the end (the text is kept, not lost).
 * Blank rows are dropped. Cells are trimmed of spaces outside quotes.
 */
export function parseDelimited(text: string, delimiter: string): DelimitedRow[] {
  const rows: DelimitedRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let cellStarted = false;
  let line = 1;
  let rowLine = 1;
  const endCell = () => {
    cells.push(quoted ? cell : cell.trim());
    cell = '';
    quoted = false;
    cellStarted = false;
  };
  const endRow = () => {
    endCell();
    if (cells.some((value) => value !== '')) rows.push({ line: rowLine, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted && cellStarted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else cellStarted = false; // the quote closed; anything up to the delimiter is appended as written
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
        cell += char;
      }
      continue;
    }
    if (char === delimiter) endCell();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else if (char === '"' && !quoted && cell.trim() === '') {
      quoted = true;
      cellStarted = true;
      cell = '';
    } else if (!quoted || char.trim() !== '') cell += char;
  }
  endRow();
  return rows;
}
