// Tests the drop sweep: range, step count, clipping to the declared range, monotonicity and purity.
import { describe, expect, it } from 'vitest';
import { sweepDrop } from '../../src/analysis/drop-sweep.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);

describe('sweepDrop', () => {
  it('gives 61 points from -20 to 40 at the defaults', () => {
    const points = sweepDrop(model, model.defaults);
    expect(points).toHaveLength(61);
    expect(points[0]!.drop).toBe(-20);
    expect(points.at(-1)!.drop).toBe(40);
    expect(points.map((p) => p.drop)).toEqual(Array.from({ length: 61 }, (_, i) => i - 20));
  });

  it('is non-increasing in the drop for the shipped model at defaults', () => {
    const points = sweepDrop(model, model.defaults);
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.totalMonth).toBeLessThanOrEqual(points[i - 1]!.totalMonth);
    expect(points.every((p) => Number.isFinite(p.totalMonth))).toBe(true);
  });

  it('matches a direct evaluation, and the baseline at drop 0', () => {
    const points = sweepDrop(model, model.defaults);
    const atZero = points.find((p) => p.drop === 0)!;
    expect(atZero.totalMonth).toBeCloseTo(model.baseline.totalMonth!, 10);
    const at10 = points.find((p) => p.drop === 10)!;
    expect(at10.totalMonth).toBe(model.evaluate({ ...model.defaults, drop: 10 }).totalMonth);
  });

  it('ignores the scenario drop and keeps every other parameter', () => {
    const a = sweepDrop(model, { ...model.defaults, drop: 25 });
    expect(a).toEqual(sweepDrop(model, model.defaults));
    const b = sweepDrop(model, { ...model.defaults, 'tariff-india': 200, 'india-response-cut': 10 });
    expect(b[20]!.totalMonth).toBeLessThan(a[20]!.totalMonth);
  });

  it('clips a wider request to the declared drop range', () => {
    const points = sweepDrop(model, model.defaults, -100, 100, 10);
    expect(points.map((p) => p.drop)).toEqual([-20, -10, 0, 10, 20, 30, 40]);
  });

  it('honours a narrower request and fractional steps without drift', () => {
    const points = sweepDrop(model, model.defaults, 0, 1, 0.1);
    expect(points.map((p) => p.drop)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('returns nothing for an empty range and refuses a non-positive step', () => {
    expect(sweepDrop(model, model.defaults, 30, 10)).toEqual([]);
    expect(() => sweepDrop(model, model.defaults, 0, 10, 0)).toThrow(RangeError);
  });

  it('does not modify the scenario it is given', () => {
    const scenario = { ...model.defaults };
    sweepDrop(model, scenario);
    expect(scenario).toEqual(model.defaults);
  });
});
