// Tests a scenario continued forward from a recorded month: the calendar, drivers held fixed, the band scaled by days, published months beside it.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { daysInMonth, forwardScenario, monthsAfter } from '../../src/analysis/forward-scenario.ts';
import { monthStart } from '../../src/analysis/month-start.ts';
import { compileModel } from '../../src/engine/compile-model.ts';

const model = compileModel(crudeLeverageModel);

describe('the calendar', () => {
  it('counts the months after a month across a year end, and their days with leap years', () => {
    expect(monthsAfter('2025-11', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthsAfter('2025-06', 12).at(-1)).toBe('2026-06');
    expect([daysInMonth('2026-02'), daysInMonth('2028-02'), daysInMonth('2025-12'), daysInMonth('2026-04')]).toEqual([
      28, 29, 31, 30,
    ]);
  });
});

describe('forwardScenario', () => {
  const start = monthStart(model, '2025-11')!;
  const band = { p10: 9, p90: 12 };

  it('holds the drivers fixed: each month is the same daily income times its days', () => {
    const forward = forwardScenario(model, '2025-11', { ...start, drop: 10 }, band)!;
    expect(forward.months.map((row) => row.month)).toEqual(monthsAfter('2025-11', 12));
    const daily = model.evaluate({ ...start, drop: 10 }).totalIncome!;
    const [december, , february] = forward.months;
    expect(december!.scenarioUsdBn).toBeCloseTo((daily * 31) / 1000, 12);
    expect(february!.scenarioUsdBn / december!.scenarioUsdBn).toBeCloseTo(28 / 31, 12);
    // The band is an average month's (365/12 days): 9 × 31 / 30.4167 = 9.1726… in December.
    expect(december!.lowUsdBn).toBeCloseTo(9.1726, 4);
    expect(december!.highUsdBn).toBeCloseTo((12 * 31 * 12) / 365, 12);
    // A $10 drop lowers income below the month's own drivers, continued the same way.
    expect(december!.baselineUsdBn).toBeCloseTo((model.evaluate(start).totalIncome! * 31) / 1000, 12);
    expect(december!.scenarioUsdBn).toBeLessThan(december!.baselineUsdBn);
  });

  it('sets the published months inside the window beside it, and nothing outside the record', () => {
    const forward = forwardScenario(model, '2025-06', start, null)!;
    expect(forward.months.slice(0, 6).map((row) => row.publishedUsdBn)).toEqual([14.3, 13.51, 13.35, null, 11, null]);
    expect(forward.months.every((row) => row.lowUsdBn === null && row.highUsdBn === null)).toBe(true);
  });

  it('gives null for a month the record cannot start from', () => {
    expect(forwardScenario(model, '2025-02', start, band)).toBeNull();
    expect(forwardScenario(model, '2031-01', start, band)).toBeNull();
  });
});
