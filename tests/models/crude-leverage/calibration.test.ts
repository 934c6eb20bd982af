// Checks the defaults reproduce row R1 of BASELINE-2025.md: IEA, $14.3bn of oil export revenue in July 2025.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';

const R1_USD_BN = 14.3;
const JULY_DAYS = 31;
const TOLERANCE = 0.03;

describe('calibration against R1', () => {
  const model = compileModel(crudeLeverageModel);

  it('defaults give July 2025 income within 3% of $14.3bn', () => {
    // totalIncome is in $M/day: 448 × 31 / 1000 = 13.888 $bn, 2.9% below 14.3.
    const julyUsdBn = (model.baseline.totalIncome! * JULY_DAYS) / 1000;
    expect(Math.abs(julyUsdBn / R1_USD_BN - 1)).toBeLessThanOrEqual(TOLERANCE);
  });

  it('crude volume at the defaults matches the IEA 4.6 mb/d of July 2025 (V1)', () => {
    expect(model.baseline.crudeVolume).toBeCloseTo(4.6, 9);
  });
});
