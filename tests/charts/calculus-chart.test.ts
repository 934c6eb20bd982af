// Tests the buyer's-calculus horizontal bar config: series, outline baseline, options and its table.
import { describe, expect, it } from 'vitest';
import { calculusConfig, type CalculusInput } from '../../src/charts/calculus-chart.ts';
import { chartTable } from '../../src/charts/chart-table.ts';

const input = (indiaTariff = 15.1): CalculusInput => ({
  buyers: [
    {
      id: 'india',
      label: 'India',
      saving: 2.9,
      tariffCost: indiaTariff,
      baselineSaving: 2.9,
      baselineTariffCost: 15.1,
    },
    { id: 'china', label: 'China', saving: 0, tariffCost: 0, baselineSaving: 0, baselineTariffCost: 0 },
  ],
  labels: {
    saving: 'Saving',
    tariffCost: 'Tariff bill',
    baselineSaving: 'Saving, mid-2025',
    baselineTariffCost: 'Tariff bill, mid-2025',
    axis: 'USD bn/yr',
  },
  locale: 'en',
});

describe('calculusConfig', () => {
  it('is a horizontal bar chart with four labelled datasets', () => {
    const config = calculusConfig(input());
    expect(config.type).toBe('bar');
    expect(config.options!.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(['India', 'China']);
    expect(config.data.datasets.map((d) => d.label)).toEqual([
      'Saving',
      'Tariff bill',
      'Saving, mid-2025',
      'Tariff bill, mid-2025',
    ]);
    expect(config.data.datasets[1]!.data).toEqual([15.1, 0]);
  });

  it('draws the scenario solid and the baseline as outlines in the same colours', () => {
    const [saving, tariff, baseSaving, baseTariff] = calculusConfig(input()).data.datasets;
    expect(saving!.borderWidth).toBe(0);
    expect(baseSaving!.backgroundColor).toBe('rgba(0, 0, 0, 0)');
    expect(baseSaving!.borderWidth).toBe(2);
    expect(baseSaving!.borderColor).toBe(saving!.backgroundColor);
    expect(baseTariff!.borderColor).toBe(tariff!.backgroundColor);
    expect(saving!.backgroundColor).not.toBe(tariff!.backgroundColor);
  });

  it('has animation off, the value axis titled and starting at zero', () => {
    const options = calculusConfig(input()).options!;
    expect(options.animation).toBe(false);
    expect(options.responsive).toBe(true);
    expect(options.maintainAspectRatio).toBe(false);
    expect(options.locale).toBe('en');
    const x = options.scales!.x as { beginAtZero?: boolean; title?: { text?: string } };
    expect(x.beginAtZero).toBe(true);
    expect(x.title!.text).toBe('USD bn/yr');
  });

  it('changes with the input, and its table matches the data', () => {
    const config = calculusConfig(input(30.25));
    expect(config.data.datasets[1]!.data).toEqual([30.25, 0]);
    const table = chartTable(config, { firstColumn: 'Buyer' });
    expect(table.columns).toEqual(['Buyer', 'Saving', 'Tariff bill', 'Saving, mid-2025', 'Tariff bill, mid-2025']);
    expect(table.rows).toEqual([
      // One decimal count across the table (30.25 needs two), so the columns line up.
      ['India', '2.90', '30.25', '2.90', '15.10'],
      ['China', '0.00', '0.00', '0.00', '0.00'],
    ]);
  });
});
