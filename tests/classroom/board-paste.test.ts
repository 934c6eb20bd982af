// Tests splitting a class board paste into students: lines of links or codes, CSV and TSV exports with a header, junk.
import { describe, expect, it } from 'vitest';
import { findCode, readPaste } from '../../src/classroom/board-paste.ts';

const LINK = 'https://example.org/crude-leverage/?drop=5&p=2*m2*ten-dollars-lower_income-month_d2';
const CODE = '2*m2*ten-dollars-lower_income-month_d2.2_budget-year_u1';
const pick = (text: string) =>
  readPaste(text).students.map(({ line, name, link, code }) => ({ line, name, link, code }));

describe('readPaste: line by line', () => {
  it('reads a name before a link or a code, a bare link, a bare code and `p=code`', () => {
    expect(pick(`Alex: ${LINK}\n\n${LINK}\nBea ${CODE}\n${CODE}\np=${CODE}\n陳大文：${CODE}`)).toEqual([
      { line: 1, name: 'Alex: ', link: LINK, code: null },
      { line: 3, name: '', link: LINK, code: null },
      { line: 4, name: 'Bea', link: null, code: CODE },
      { line: 5, name: '', link: null, code: CODE },
      { line: 6, name: '', link: null, code: CODE },
      { line: 7, name: '陳大文', link: null, code: CODE },
    ]);
  });

  it('takes neither from junk, and keeps the text for the problem list', () => {
    const students = readPaste('hello there\n2 * 3 = 6\nmy code is 2*\n***').students;
    expect(students.map((s) => [s.link, s.code, s.text])).toEqual([
      [null, null, 'hello there'],
      [null, null, '2 * 3 = 6'],
      [null, null, 'my code is 2*'],
      [null, null, '***'],
    ]);
    expect(readPaste('hello').table).toBeNull();
  });

  it('reads "Name, link" without a header as lines, not as a table', () => {
    const result = readPaste(`Alex, ${LINK}\nBea, ${LINK}`);
    expect(result.table).toBeNull();
    expect(result.students.map((s) => s.link)).toEqual([LINK, LINK]);
  });
});

describe('readPaste: CSV and TSV exports', () => {
  it('reads a form export: header detected, quoted names with commas, a quoted line break, extra columns', () => {
    const csv = [
      'Timestamp,Full name,Email address,Answer link',
      `2026-03-01 09:00,"Wong, Bea",bea@school.example,${LINK}`,
      `2026-03-01 09:01,"Chan\nTai Man",c@school.example,"${LINK}"`,
      `2026-03-01 09:02,Dee,d@school.example,${CODE}`,
      '2026-03-01 09:03,Eve,e@school.example,',
    ].join('\r\n');
    const result = readPaste(csv);
    expect(result.table).toEqual({ delimiter: ',', nameColumn: 1, linkColumn: 3 });
    expect(pick(csv)).toEqual([
      { line: 2, name: 'Wong, Bea', link: LINK, code: null },
      { line: 3, name: 'Chan\nTai Man', link: LINK, code: null },
      { line: 5, name: 'Dee', link: null, code: CODE },
      { line: 6, name: 'Eve', link: null, code: null },
    ]);
  });

  it('reads a TSV (a spreadsheet copy) with Chinese headers, columns in any order', () => {
    const tsv = `連結\t姓名\n${LINK}\t小明\n${CODE}\t小華`;
    expect(readPaste(tsv).table).toEqual({ delimiter: '\t', nameColumn: 1, linkColumn: 0 });
    expect(pick(tsv)).toEqual([
      { line: 2, name: '小明', link: LINK, code: null },
      { line: 3, name: '小華', link: null, code: CODE },
    ]);
  });

  it('reads a semicolon export, and finds a link in another column when the link column is empty', () => {
    const text = `Student;URL;Notes\nAnn;;see ${LINK}\nBen;${LINK};`;
    expect(pick(text)).toEqual([
      { line: 2, name: 'Ann', link: LINK, code: null },
      { line: 3, name: 'Ben', link: LINK, code: null },
    ]);
  });

  it('does not take a code out of a sentence in another column', () => {
    expect(pick(`Name,Link,Comment\nAnn,,I think 2*3 is 6`)).toEqual([
      { line: 2, name: 'Ann', link: null, code: null },
    ]);
  });
});

describe('findCode', () => {
  it('finds a code only at the end of the text, after a separator', () => {
    expect(findCode(`Alex: ${CODE}`)).toEqual({ code: CODE, before: 'Alex:' });
    expect(findCode(`${CODE} thanks`)).toBeNull();
    expect(findCode(`abc${CODE}`)).toBeNull();
  });
});
