// Checks the one percentile: linear interpolation between order statistics, on sorted and unsorted samples.
import { describe, expect, it } from 'vitest';
import { median, percentile, percentileOfSorted } from '../../src/analysis/percentile.ts';

describe('percentileOfSorted', () => {
  it('interpolates linearly between order statistics at rank (n − 1)·p', () => {
    expect(percentileOfSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(percentileOfSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentileOfSorted([0, 10], 0.1)).toBeCloseTo(1, 12);
    expect(percentileOfSorted([7], 0.9)).toBe(7);
    expect(percentileOfSorted([], 0.5)).toBeNaN();
    expect(percentileOfSorted(Float64Array.from([10, 20, 30]), 1)).toBe(30);
  });
});

describe('percentile and median', () => {
  it('sort a copy first and leave the samples in their order', () => {
    const samples = [5, 1, 4, 2, 3, 100];
    // rank (6 − 1)·0.95 = 4.75: between the 5th (5) and 6th (100) smallest, 5 + 0.75·95 = 76.25.
    expect(percentile(samples, 0.95)).toBeCloseTo(76.25, 12);
    expect(median(samples)).toBe(3.5);
    expect(samples).toEqual([5, 1, 4, 2, 3, 100]);
    expect(median([])).toBeNaN();
  });
});
