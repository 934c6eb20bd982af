import { describe, expect, it } from 'vitest';
import { monthlySources } from '../../../models/crude-leverage/month-sources.ts';
import {
  type MonthRecord,
  type Observed,
  type Reading,
  months,
  policyEvents,
} from '../../../models/crude-leverage/months.ts';
import { sources } from '../../../models/crude-leverage/sources.ts';

const allRows = { ...sources, ...monthlySources };
const FIELDS = [
  'brentUsdPerBbl',
  'uralsTaxUsdPerBbl',
  'uralsPortUsdPerBbl',
  'rubPerUsd',
  'indiaMbd',
  'chinaMbd',
  'crudeExportsMbd',
  'productsMbd',
  'ieaRevenueUsdBn',
  'minfinOilGasRubBn',
] as const satisfies readonly (keyof MonthRecord)[];

const readingsOf = (observed: Observed | null): Reading[] =>
  observed ? [observed.used, ...(observed.others ?? [])] : [];
const everyReading = months.flatMap((record) =>
  FIELDS.flatMap((field) => readingsOf(record[field]).map((reading) => ({ record, field, reading }))),
);

/** Every number written in a text: "1,100" is 1100, "−0.9" is read as 0.9 (signs are not part of the figures kept). */
function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((match) =>
    Number(match[0].replace(/,/g, '')),
  );
}

describe('the monthly record', () => {
  it('covers every month from January to November 2025, in order, with its real number of days', () => {
    expect(months.map((record) => record.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
    ]);
    for (const record of months) {
      const [year, month] = record.month.split('-').map(Number);
      // Day 0 of the next month is the last day of this one.
      expect(record.days, record.month).toBe(new Date(Date.UTC(year!, month!, 0)).getUTCDate());
    }
  });

  it('gives every reading at least one source row, and every row it cites exists', () => {
    expect(everyReading.length).toBeGreaterThan(50);
    for (const { record, field, reading } of everyReading) {
      const where = `${record.month} ${field} ${reading.value}`;
      expect(reading.source.length, where).toBeGreaterThan(0);
      for (const id of reading.source) expect(allRows[id], `${where}: row ${id}`).toBeDefined();
      expect(reading.basis, where).not.toBe('');
    }
  });

  it('invents no value: each number is written in one of the rows it cites', () => {
    for (const { record, field, reading } of everyReading) {
      const written = reading.source.flatMap((id) => numbersIn(allRows[id]?.value ?? ''));
      expect(written, `${record.month} ${field} ${reading.value} (${reading.source.join(', ')})`).toContain(
        reading.value,
      );
    }
  });

  it('never rests on the unverified row M63', () => {
    expect(everyReading.filter(({ reading }) => reading.source.includes('M63'))).toEqual([]);
    expect(monthlySources.M63).toBeUndefined();
  });

  it('leaves the months the data file has no IEA revenue for empty, and says which print it uses', () => {
    const withRevenue = months.filter((record) => record.ieaRevenueUsdBn !== null).map((record) => record.month);
    // The data file: "IEA revenue for Jan, Feb, Mar, May and Oct 2025 was not found".
    expect(withRevenue).toEqual(['2025-04', '2025-06', '2025-07', '2025-08', '2025-09', '2025-11']);
    const august = months.find((record) => record.month === '2025-08')!.ieaRevenueUsdBn!;
    expect(august.used.value).toBe(13.51);
    expect(august.used.basis).toMatch(/first print/);
    expect(august.others?.map((reading) => reading.value)).toEqual([13.58]);
  });

  it('keeps Brent empty where only the unverified or non-Brent figures exist (Feb to Jun)', () => {
    for (const month of ['2025-02', '2025-03', '2025-04', '2025-05', '2025-06']) {
      expect(months.find((record) => record.month === month)!.brentUsdPerBbl, month).toBeNull();
    }
  });

  it('marks the derived figures as derived, and says the basis of a Brent that is not a monthly average', () => {
    const june = months.find((record) => record.month === '2025-06')!;
    expect(june.ieaRevenueUsdBn?.used.derived).toBe(true);
    const november = months.find((record) => record.month === '2025-11')!;
    expect(november.brentUsdPerBbl?.used.basis).toMatch(/not a monthly average/);
  });

  it('dates its policy events and cites rows that exist', () => {
    for (const event of policyEvents) {
      expect(event.date).toMatch(/^2025-\d\d-\d\d$/);
      for (const id of event.source) expect(allRows[id], `${event.date}: ${id}`).toBeDefined();
      expect(event.label['zh-Hant']).not.toBe('');
    }
  });
});

describe('the monthly source rows', () => {
  it('keys each row by its own ID, as plain text with an http(s) URL or none', () => {
    for (const [key, row] of Object.entries(monthlySources)) {
      expect(row.id).toBe(key);
      expect(row.value, key).not.toContain('**');
      expect(row.url === '' || /^https?:\/\//.test(row.url), key).toBe(true);
    }
  });

  it('does not redefine a row of the baseline file', () => {
    expect(Object.keys(monthlySources).filter((id) => id in sources)).toEqual([]);
  });
});
