// Tests the one function that turns a month's record into a scenario: the price conversion, the tariff's days and the fallbacks.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { type MonthRecord, months } from '../../models/crude-leverage/months.ts';
import { scenarioForMonth, shareOfMonthFrom, uralsPortFromTaxPrice } from '../../src/analysis/month-scenario.ts';
import { compileModel } from '../../src/engine/compile-model.ts';

const model = compileModel(crudeLeverageModel);
const defaults = model.defaults;
const month = (id: string): MonthRecord => months.find((record) => record.month === id)!;

describe('the tax price converted to a port price', () => {
  it('takes 0.22 of the default ESPO premium over Urals ($12 − $6) off the tax price', () => {
    expect(defaults['urals-discount']).toBe(12);
    expect(defaults['espo-discount']).toBe(6);
    expect(uralsPortFromTaxPrice(57.55, defaults)).toBeCloseTo(57.55 - 0.22 * 6, 10);
  });

  it("lands within $0.30 of the IEA's own Urals price in the two months that have both (Aug, Nov)", () => {
    // An independent check of the rule: the IEA's figures (P5, P13) are not used to build it.
    for (const id of ['2025-08', '2025-11']) {
      const record = month(id);
      const converted = uralsPortFromTaxPrice(record.uralsTaxUsdPerBbl!.used.value, defaults);
      expect(Math.abs(converted - record.uralsPortUsdPerBbl!.used.value), id).toBeLessThan(0.3);
    }
  });
});

describe('the share of a month a measure was in force', () => {
  it('counts the days from the start date, that day included', () => {
    expect(shareOfMonthFrom('2025-08', 31, '2025-08-27')).toBeCloseTo(5 / 31, 12);
    expect(shareOfMonthFrom('2025-09', 30, '2025-08-27')).toBe(1);
    expect(shareOfMonthFrom('2025-07', 31, '2025-08-27')).toBe(0);
    expect(shareOfMonthFrom('2025-08', 31, '2025-08-01')).toBe(1);
    expect(shareOfMonthFrom('2025-08', 31, '2025-08-31')).toBeCloseTo(1 / 31, 12);
  });
});

describe('a month as a scenario', () => {
  it('is null for a month with no published Urals price (February)', () => {
    expect(scenarioForMonth(month('2025-02'), defaults)).toBeNull();
  });

  it('builds July from Brent, the converted tax price and the IEA volumes, with no tariff yet', () => {
    const july = scenarioForMonth(month('2025-07'), defaults)!;
    expect(july.uralsFrom).toBe('tax-price');
    expect(july.uralsPortUsdPerBbl).toBeCloseTo(60.4 - 1.32, 10);
    expect(july.scenario.brent).toBe(71);
    expect(july.scenario['urals-discount']).toBeCloseTo(71 - 59.08, 10);
    // Other buyers: IEA crude 4.6 less India 1.6, China 2.06, Türkiye 0.3 and the EU 0.18.
    expect(july.scenario.other).toBeCloseTo(4.6 - 1.6 - 2.06 - 0.3 - 0.18, 10);
    expect(july.scenario.products).toBe(2.75);
    expect(july.scenario['tariff-india']).toBe(0);
    expect(july.scenario['reroute-share']).toBe(0);
    expect(july.scenario.drop).toBe(0);
    expect(july.sources).toEqual(expect.arrayContaining(['P9', 'P1', 'V16', 'V12', 'V1', 'V4']));
    expect(july.sources).not.toContain('P6');
  });

  it('uses the port price where no tax price exists (April), with Brent at port Urals plus the default discount', () => {
    const april = scenarioForMonth(month('2025-04'), defaults)!;
    expect(april.uralsFrom).toBe('port-price');
    expect(april.uralsPortUsdPerBbl).toBe(55.64);
    expect(april.scenario.brent).toBeCloseTo(55.64 + 12, 10);
    expect(april.scenario['urals-discount']).toBeUndefined();
    expect(april.scenario.india).toBeUndefined();
    expect(april.fromRecord).not.toContain('india');
  });

  it('weights the 25% tariff on India by its days in force: 5 of 31 in August, all of September', () => {
    expect(scenarioForMonth(month('2025-08'), defaults)!.scenario['tariff-india']).toBeCloseTo((25 * 5) / 31, 10);
    expect(scenarioForMonth(month('2025-09'), defaults)!.scenario['tariff-india']).toBe(25);
  });

  it('only ever sets parameters the model declares', () => {
    const keys = new Set(crudeLeverageModel.parameters.map((p) => p.key));
    for (const record of months) {
      const mapped = scenarioForMonth(record, defaults);
      for (const key of Object.keys(mapped?.scenario ?? {}))
        expect(keys.has(key), `${record.month}: ${key}`).toBe(true);
    }
  });
});
