// Checks the budget's calibration: the fitted factor is the best fit across four public points, each point's error.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/engine/compile-model.ts';
import { budgetPoints } from '../../../models/crude-leverage/budget-calibration.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
const fitted = budgetPoints.filter((point) => point.fitted);
const errorOf = (point: (typeof budgetPoints)[number], settings: Record<string, number> = {}) =>
  model.evaluate({ ...point.scenario, ...settings }).oilGasRevenue! / point.revenueRubTrn - 1;

/**
 * The profit-tax share that makes Q1 2025 (tax price ≈ $63.3, the mean of January's $67.66 and March's $58.99;
 * 91 roubles per dollar; 9.2 mb/d over 90 days) pay the 0.49 trillion roubles of April 2025 (X25).
 */
function nddShareFor(metAddOn: number, nddCostUsd: number): number {
  const nddUsdPerBbl = 0.49e12 / (91 * 9.2e6 * 90);
  const taxPrice = (67.66 + 58.99) / 2;
  return nddUsdPerBbl / (taxPrice - metAddOn * 0.48 * (taxPrice - 15) - nddCostUsd);
}

describe('budget calibration', () => {
  it('reaches each scenario’s tax price and crude exports as the point states them', () => {
    const taxPrices = budgetPoints.map((point) => model.evaluate(point.scenario).taxPrice);
    expect(taxPrices.map((price) => Number(price!.toFixed(6)))).toEqual([67.9, 70, 56, 58, 55.6]);
    expect(model.evaluate(budgetPoints[1]!.scenario).crudeVolume).toBeCloseTo(4.7, 9);
  });

  it('uses the profit-tax share that reproduces the April 2025 payment, to 0.01', () => {
    const defaults = model.defaults;
    expect(nddShareFor(defaults['met-add-on']!, defaults['ndd-cost']!)).toBeCloseTo(defaults['ndd-share']!, 2);
  });

  it('uses the extraction-tax factor that fits all four points best (least squares), to 0.01', () => {
    let best = { factor: Number.NaN, sumOfSquares: Number.POSITIVE_INFINITY };
    for (let step = 0; step <= 700; step++) {
      const factor = 0.8 + step / 1000;
      const settings = { 'met-add-on': factor, 'ndd-share': nddShareFor(factor, model.defaults['ndd-cost']!) };
      const sumOfSquares = fitted.reduce((sum, point) => sum + errorOf(point, settings) ** 2, 0);
      if (sumOfSquares < best.sumOfSquares) best = { factor, sumOfSquares };
    }
    expect(Math.abs(best.factor - model.defaults['met-add-on']!)).toBeLessThanOrEqual(0.01);
  });

  it('misses no fitted point by more than 5%, and errs on both sides (no point is a target)', () => {
    const errors = fitted.map((point) => errorOf(point));
    for (const error of errors) expect(Math.abs(error)).toBeLessThan(0.05);
    expect(errors.some((error) => error > 0) && errors.some((error) => error < 0)).toBe(true);
  });

  it('states the 2025 outturn as a check: about 10% below the 8.48 trillion roubles that came in', () => {
    const outturn = budgetPoints.find((point) => !point.fitted)!;
    expect(outturn.revenueRubTrn).toBe(8.48);
    expect(errorOf(outturn)).toBeGreaterThan(-0.15);
    expect(errorOf(outturn)).toBeLessThan(0);
  });

  it('reproduces the damper paid in 2024 (1.815 trillion) and January–November 2025 (824 billion, annualised)', () => {
    const damperOf = (id: string) => model.evaluate(budgetPoints.find((p) => p.id === id)!.scenario).damperPayout!;
    expect(damperOf('2024-outturn') / 1.815 - 1).toBeCloseTo(0, 2);
    expect(damperOf('2025-outturn') / ((0.824 * 12) / 11) - 1).toBeCloseTo(0, 2);
  });
});
