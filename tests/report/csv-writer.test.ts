// Tests the one CSV writer: raw numbers, RFC 4180 quoting, line endings and the BOM per layout, fixed decimals.
import { describe, expect, it } from 'vitest';
import { UTF8_BOM, csvField, fixedDecimals, roundToDecimals, toCsv } from '../../src/report/csv-writer.ts';

describe('csvField', () => {
  it('writes numbers raw: full precision, a dot, no grouping, no minus zero, blanks for missing', () => {
    expect(csvField(1234567.891)).toBe('1234567.891');
    expect(csvField(-0.1 - 0.2)).toBe('-0.30000000000000004');
    expect(csvField(-0)).toBe('0');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes text with commas, quotes or line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('the "$10 lower" claim')).toBe('"the ""$10 lower"" claim"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('carriage\rreturn')).toBe('"carriage\rreturn"');
  });
});

describe('toCsv', () => {
  const rows = [
    ['a', 1],
    ['b, c', null],
  ];

  it('ends every record with the layout’s line ending, the last one too', () => {
    expect(toCsv(rows)).toBe('a,1\n"b, c",\n');
    expect(toCsv(rows, { lineEnd: '\r\n', bom: true })).toBe(`${UTF8_BOM}a,1\r\n"b, c",\r\n`);
    expect(toCsv([], { lineEnd: '\r\n', bom: true })).toBe(UTF8_BOM);
  });
});

describe('fixedDecimals and roundToDecimals', () => {
  it('never write negative zero and leave unknown numbers alone', () => {
    expect(fixedDecimals(-0.00001, 4)).toBe('0.0000');
    expect(fixedDecimals(-0.00005, 4)).toBe('-0.0001');
    expect(fixedDecimals(2, 2)).toBe('2.00');
    expect(fixedDecimals(Number.NaN, 2)).toBe('');
    expect(roundToDecimals(0.26280000000000003, 3)).toBe(0.263);
    expect(Object.is(roundToDecimals(-0.0004, 3), 0)).toBe(true);
    expect(roundToDecimals(Number.NaN, 3)).toBeNaN();
  });
});
