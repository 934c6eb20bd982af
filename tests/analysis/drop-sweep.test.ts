// Tests the sweep of the headline along the declared price: range, step count, clipping, monotonicity, the roles it reads and purity.
import { describe, expect, it } from 'vitest';
import { sweepHeadline } from '../../src/analysis/drop-sweep.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';

const model = compileModel(crudeLeverageModel);

describe('sweepHeadline', () => {
  it('gives 61 points from -20 to 40 at the defaults', () => {
    const points = sweepHeadline(model, outputs, model.defaults);
    expect(points).toHaveLength(61);
    expect(points[0]!.valueUsdPerBbl).toBe(-20);
    expect(points.at(-1)!.valueUsdPerBbl).toBe(40);
    expect(points.map((p) => p.valueUsdPerBbl)).toEqual(Array.from({ length: 61 }, (_, i) => i - 20));
  });

  it('is non-increasing in the drop for the shipped model at defaults', () => {
    const points = sweepHeadline(model, outputs, model.defaults);
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.usdBnPerMonth).toBeLessThanOrEqual(points[i - 1]!.usdBnPerMonth);
    expect(points.every((p) => Number.isFinite(p.usdBnPerMonth))).toBe(true);
  });

  it('matches a direct evaluation, and the baseline at drop 0', () => {
    const points = sweepHeadline(model, outputs, model.defaults);
    const atZero = points.find((p) => p.valueUsdPerBbl === 0)!;
    expect(atZero.usdBnPerMonth).toBeCloseTo(model.baseline.totalMonth!, 10);
    const at10 = points.find((p) => p.valueUsdPerBbl === 10)!;
    expect(at10.usdBnPerMonth).toBe(model.evaluate({ ...model.defaults, drop: 10 }).totalMonth);
  });

  it('ignores the scenario drop and keeps every other parameter', () => {
    const a = sweepHeadline(model, outputs, { ...model.defaults, drop: 25 });
    expect(a).toEqual(sweepHeadline(model, outputs, model.defaults));
    const b = sweepHeadline(model, outputs, { ...model.defaults, 'tariff-india': 200, 'india-response-cut': 10 });
    expect(b[20]!.usdBnPerMonth).toBeLessThan(a[20]!.usdBnPerMonth);
  });

  it('clips a wider request to the declared drop range', () => {
    const points = sweepHeadline(model, outputs, model.defaults, -100, 100, 10);
    expect(points.map((p) => p.valueUsdPerBbl)).toEqual([-20, -10, 0, 10, 20, 30, 40]);
  });

  it('honours a narrower request and fractional steps without drift', () => {
    const points = sweepHeadline(model, outputs, model.defaults, 0, 1, 0.1);
    expect(points.map((p) => p.valueUsdPerBbl)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('sweeps the parameter and records the result its roles name', () => {
    // Another parameter in USD a barrel, and the daily income instead of the monthly headline.
    const roles = { sweptPrice: 'urals-discount', headline: 'totalIncome' };
    const points = sweepHeadline(model, roles, model.defaults, 10, 12);
    expect(points.map((p) => p.valueUsdPerBbl)).toEqual([10, 11, 12]);
    for (const point of points) {
      const scenario = { ...model.defaults, 'urals-discount': point.valueUsdPerBbl };
      expect(point.usdBnPerMonth).toBe(model.evaluate(scenario).totalIncome);
    }
    // A role naming no parameter has no declared range: with no bounds given there is nothing to sweep.
    expect(sweepHeadline(model, { ...roles, sweptPrice: 'nope' }, model.defaults)).toEqual([]);
  });

  it('returns nothing for an empty range and refuses a non-positive step', () => {
    expect(sweepHeadline(model, outputs, model.defaults, 30, 10)).toEqual([]);
    expect(() => sweepHeadline(model, outputs, model.defaults, 0, 10, 0)).toThrow(RangeError);
  });

  it('does not modify the scenario it is given', () => {
    const scenario = { ...model.defaults };
    sweepHeadline(model, outputs, scenario);
    expect(scenario).toEqual(model.defaults);
  });
});
