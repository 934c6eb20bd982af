// Tests chartTable: category and point layouts, skipped drawing aids, locale formatting and gaps.
import { describe, expect, it } from 'vitest';
import { chartTable } from '../../src/charts/chart-table.ts';

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
        ['India', '1.23', '2'],
        ['China', '5', '6.79'],
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
    expect(table.rows[0]![1]).toBe(new Intl.NumberFormat('de', { maximumFractionDigits: 2 }).format(1234.5678));
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
