// Tests chartTable: category and point layouts, skipped drawing aids, locale formatting and gaps.
import { describe, expect, it } from 'vitest';
import { chartTable, sharedDecimals, tableNumberFormat } from '../../src/charts/chart-table.ts';

describe('chartTable', () => {
  it('lays a category chart out as one row per label and one column per dataset', () => {
    const table = chartTable(
      {
        data: {
          labels: ['India', 'China'],
          datasets: [
            { label: 'Now', data: [1.234, 5] },
            { label: 'Then', data: [2, 6.789] },
          ],
        },
        options: { locale: 'en' },
      },
      { firstColumn: 'Buyer' },
    );
    expect(table).toEqual({
      columns: ['Buyer', 'Now', 'Then'],
      rows: [
        ['India', '1.23', '2.00'],
        ['China', '5.00', '6.79'],
      ],
    });
  });

  it('lays a point chart out as one row per distinct x, sorted, skipping datasets marked inTable: false', () => {
    const table = chartTable({
      data: {
        datasets: [
          {
            label: 'A',
            data: [
              { x: 1, y: 10 },
              { x: 0, y: 11 },
            ],
          },
          {
            label: 'B',
            data: [
              { x: 0, y: 12 },
              { x: 2, y: 13 },
            ],
          },
          {
            label: 'Reference',
            data: [
              { x: 5, y: 0 },
              { x: 5, y: 20 },
            ],
            inTable: false,
          },
        ] as { label: string; data: unknown[] }[],
      },
      options: { scales: { x: { title: { text: 'Drop' } } } },
    });
    expect(table.columns).toEqual(['Drop', 'A', 'B']);
    expect(table.rows).toEqual([
      ['0', '11', '12'],
      ['1', '10', '—'],
      ['2', '—', '13'],
    ]);
  });

  it('formats numbers for the config locale', () => {
    const table = chartTable({
      data: { labels: ['x'], datasets: [{ label: 'v', data: [1234.5678] }] },
      options: { locale: 'de' },
    });
    expect(table.rows[0]![1]).toBe('1.234,57');
  });

  it('shows the missing mark for null, NaN and absent values', () => {
    const table = chartTable(
      { data: { labels: ['a', 'b', 'c'], datasets: [{ label: 'v', data: [null, Number.NaN] }] } },
      { missing: 'n/a' },
    );
    expect(table.rows.map((r) => r[1])).toEqual(['n/a', 'n/a', 'n/a']);
  });

  it('takes the first header from the index axis title of a horizontal chart', () => {
    const table = chartTable({
      data: { labels: ['India'], datasets: [{ label: 'Saving', data: [3] }] },
      options: { indexAxis: 'y', scales: { x: { title: { text: 'USD bn' } }, y: { title: { text: 'Buyer' } } } },
    });
    expect(table.columns[0]).toBe('Buyer');
  });
});

describe('table numbers', () => {
  it('gives a whole table one decimal count: as many as its most precise value needs, at most two', () => {
    expect(sharedDecimals([1, 2, 3])).toBe(0);
    expect(sharedDecimals([1.5, 2])).toBe(1);
    expect(sharedDecimals([1.234, 2])).toBe(2);
    // Float noise does not count as precision: 0.1 + 0.2 needs one decimal, not seventeen.
    expect(sharedDecimals([0.1 + 0.2, 1])).toBe(1);
    expect(sharedDecimals([Number.NaN, null, 'x', 4])).toBe(0);
  });

  it('writes every cell with those decimals and the true minus sign, never −0', () => {
    const cell = tableNumberFormat('en', [-1.8, 2.24, 1234.5]);
    expect([-1.8, 2.24, 1234.5, -0.001].map(cell)).toEqual(['−1.80', '2.24', '1,234.50', '0.00']);
    const signed = tableNumberFormat('en', [-2.19, 0.5], { signed: true });
    expect([-2.19, 0.5, 0].map(signed)).toEqual(['−2.19', '+0.50', '0.00']);
    expect(tableNumberFormat('zh-Hant', [1], { missing: 'n/a' })(Number.NaN)).toBe('n/a');
  });
});
