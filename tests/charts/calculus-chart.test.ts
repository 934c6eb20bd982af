// Tests the buyer's-calculus chart config: two stacked bars per buyer, parts told apart without colour, its table.
import { describe, expect, it } from 'vitest';
import { calculusConfig, type CalculusInput } from '../../src/charts/calculus-chart.ts';
import { chartTable } from '../../src/charts/chart-table.ts';

const input = (indiaLostSales = 9.45): CalculusInput => ({
  buyers: [
    { id: 'india', lostSales: indiaLostSales, tariffBorne: 0, worldPriceBill: 3.4, lostDiscount: 2.34 },
    { id: 'china', lostSales: 0, tariffBorne: 0, worldPriceBill: 10.63, lostDiscount: 0 },
  ],
  labels: {
    line: (id, line) => `${id === 'india' ? 'India' : 'China'}: ${line === 'keep' ? 'keep buying' : 'stop'}`,
    lostSales: 'Exports lost',
    tariffBorne: 'Tariff borne',
    worldPriceBill: 'Dearer oil',
    lostDiscount: 'Discount given up',
    axis: 'USD bn/yr',
  },
  locale: 'en',
});

describe('calculusConfig', () => {
  it('draws a "keep buying" and a "stop" bar per buyer, in that order, with four labelled parts', () => {
    const config = calculusConfig(input());
    expect(config.type).toBe('bar');
    expect(config.options!.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['India: keep buying', 'India: stop', 'China: keep buying', 'China: stop']);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Exports lost',
      'Tariff borne',
      'Dearer oil',
      'Discount given up',
    ]);
    // A part only belongs to its own line: null elsewhere, never a 0 that reads as "nothing".
    expect(config.data.datasets[0]!.data).toEqual([9.45, null, 0, null]);
    expect(config.data.datasets[2]!.data).toEqual([null, 3.4, null, 10.63]);
    expect(config.data.datasets[3]!.data).toEqual([null, 2.34, null, 0]);
  });

  it('stacks the parts of a line, and tells the two parts of a line apart by fill as well as colour', () => {
    const config = calculusConfig(input());
    const [lost, borne, bill, discount] = config.data.datasets;
    for (const dataset of config.data.datasets) expect(dataset.stack).toBe('cost');
    expect(config.options!.scales!.x).toMatchObject({ stacked: true, beginAtZero: true });
    expect(config.options!.scales!.y).toMatchObject({ stacked: true });
    expect(lost!.borderWidth).toBe(0);
    expect(borne!.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(borne!.borderWidth).toBe(2);
    expect(borne!.borderColor).toBe(lost!.backgroundColor);
    expect(bill!.borderWidth).toBe(0);
    expect(discount!.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(bill!.backgroundColor).not.toBe(lost!.backgroundColor);
    expect(discount!.borderColor).not.toBe(borne!.borderColor);
  });

  it('has animation off and the value axis titled', () => {
    const options = calculusConfig(input()).options!;
    expect(options.animation).toBe(false);
    expect(options.locale).toBe('en');
    const x = options.scales!.x as { title?: { text?: string } };
    expect(x.title!.text).toBe('USD bn/yr');
  });

  it('changes with the input, and its table matches the data, with a dash for parts of the other line', () => {
    const config = calculusConfig(input(30.25));
    const table = chartTable(config, { firstColumn: 'Line' });
    expect(table.columns).toEqual(['Line', 'Exports lost', 'Tariff borne', 'Dearer oil', 'Discount given up']);
    expect(table.rows).toEqual([
      // One decimal count across the table (30.25 and 2.34 need two), so the columns line up.
      ['India: keep buying', '30.25', '0.00', '—', '—'],
      ['India: stop', '—', '—', '3.40', '2.34'],
      ['China: keep buying', '0.00', '0.00', '—', '—'],
      ['China: stop', '—', '—', '10.63', '0.00'],
    ]);
  });
});
