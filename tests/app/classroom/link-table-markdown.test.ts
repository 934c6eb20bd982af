// Checks the README's link table against the declarations: every key the format declares, and nothing else, with its range and default.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import {
  README_TABLE_END,
  README_TABLE_START,
  linkTableCells,
  linkTableMarkdown,
  readMarkdownTable,
} from '../../../src/app/classroom/link-table-markdown.ts';

const readme = readFileSync('README.md', 'utf8');

describe("the README's link table", () => {
  it('is the table generated from the declarations (run Prettier on README.md after pasting it)', () => {
    const start = readme.indexOf(README_TABLE_START);
    const end = readme.indexOf(README_TABLE_END);
    expect(start, 'README.md needs the link-table markers').toBeGreaterThan(-1);
    const written = readMarkdownTable(readme.slice(start + README_TABLE_START.length, end));
    const expected = linkTableCells(crudeLeverageModel);
    // On failure, the message holds the whole table to paste between the markers.
    expect(
      written.slice(1),
      `Replace the README's link table with:\n${linkTableMarkdown(crudeLeverageModel)}\n`,
    ).toEqual(expected);
  });

  it('has a row for every parameter, with the minus sign the README uses', () => {
    const cells = linkTableCells(crudeLeverageModel);
    for (const p of crudeLeverageModel.parameters)
      expect(
        cells.some((row) => row[0] === `\`${p.key}\``),
        p.key,
      ).toBe(true);
    expect(cells.find((row) => row[0] === '`drop`')).toEqual([
      '`drop`',
      'parameter',
      'Oil-price drop',
      '$/bbl',
      '−20 to 40 (step 1)',
      '`0`',
    ]);
  });

  it('reads a table written with padding and escaped pipes', () => {
    expect(readMarkdownTable('| a   | b \\| c |\n| --- | ------ |\n| `x` |        |')).toEqual([
      ['a', 'b \\| c'],
      ['`x`', ''],
    ]);
  });
});
