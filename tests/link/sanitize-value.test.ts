// Tests sanitize-value: step decimals, snapping to the slider grid, link formatting and parsing one value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatForLink, sanitizeValue, snapToStep, stepDecimals } from '../../src/link/sanitize-value.ts';
import { parameter } from '../engine/tiny-declaration.ts';
import { isValidValue } from '../models/crude-leverage/scenario-arbitrary.ts';

const drop = parameter({ key: 'drop', min: -20, max: 40, step: 1, default: 0 });
const sensitivity = parameter({ key: 'sensitivity', min: 0.15, max: 0.22, step: 0.01, default: 0.18 });
const spread = parameter({ key: 'spread', min: -5, max: 15, step: 0.5, default: 6 });
const tariff = parameter({ key: 'tariff', min: 0, max: 500, step: 5, default: 25 });

describe('stepDecimals', () => {
  it('counts the decimals a step is written with', () => {
    const cases: [number, number][] = [
      [1, 0],
      [5, 0],
      [100, 0],
      [0.5, 1],
      [0.1, 1],
      [0.05, 2],
      [0.01, 2],
      [0.25, 2],
      [0.000001, 6],
    ];
    for (const [step, decimals] of cases) expect(stepDecimals(step), String(step)).toBe(decimals);
  });

  it('reads exponent notation, which String() uses below 1e-6', () => {
    expect(String(1e-7)).toBe('1e-7');
    expect(stepDecimals(1e-7)).toBe(7);
    expect(stepDecimals(5e-9)).toBe(9);
  });

  it('counts the mantissa decimals of exponent notation too', () => {
    // 2.5e-7 = 0.00000025 needs 8 decimals, 1.25e-8 = 0.0000000125 needs 10.
    expect(stepDecimals(2.5e-7)).toBe(8);
    expect(stepDecimals(1.25e-8)).toBe(10);
  });

  it('needs no decimals for steps written with a positive exponent', () => {
    expect(String(1e21)).toBe('1e+21');
    expect(stepDecimals(1e21)).toBe(0);
  });
});

describe('snapToStep', () => {
  it('rounds to the nearest grid value, written as the decimal the slider shows', () => {
    // 0.15 + 3 × 0.01 in doubles is 0.18000000000000002; snapping must give 0.18 itself.
    expect(snapToStep(sensitivity, 0.183)).toBe(0.18);
    expect(snapToStep(sensitivity, 0.15 + 3 * 0.01)).toBe(0.18);
    expect(snapToStep(drop, 9.6)).toBe(10);
    expect(snapToStep(tariff, 27)).toBe(25);
    expect(snapToStep(tariff, 28)).toBe(30);
  });

  it('counts steps from min, not from zero', () => {
    // From −5 in steps of 0.5: −4.76 is 0.48 steps up → −5; −4.74 is 0.52 steps up → −4.5.
    expect(snapToStep(spread, -4.76)).toBe(-5);
    expect(snapToStep(spread, -4.74)).toBe(-4.5);
  });

  it('clamps to min and max', () => {
    expect(snapToStep(drop, -1000)).toBe(-20);
    expect(snapToStep(drop, 1000)).toBe(40);
    expect(snapToStep(sensitivity, 0.2249)).toBe(0.22);
  });

  it('always returns a valid, stable value within half a step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(drop, sensitivity, spread, tariff),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (p, value) => {
          const snapped = snapToStep(p, value);
          expect(isValidValue(p, snapped)).toBe(true);
          expect(snapToStep(p, snapped)).toBe(snapped);
          const clamped = Math.min(p.max, Math.max(p.min, value));
          expect(Math.abs(snapped - clamped)).toBeLessThanOrEqual(p.step / 2 + 1e-9);
        },
      ),
    );
  });
});

describe('formatForLink', () => {
  it('writes no more digits than the step needs and no trailing zeros', () => {
    expect(formatForLink(sensitivity, 0.15 + 3 * 0.01)).toBe('0.18');
    expect(formatForLink(sensitivity, 0.2)).toBe('0.2');
    expect(formatForLink(spread, -4.5)).toBe('-4.5');
    expect(formatForLink(tariff, 25)).toBe('25');
    expect(formatForLink(drop, 10)).toBe('10');
  });

  it('writes −0 as 0', () => {
    expect(formatForLink(drop, -0)).toBe('0');
    expect(formatForLink(spread, -0.0001)).toBe('0');
  });

  it('round-trips through sanitizeValue for every grid value', () => {
    fc.assert(
      fc.property(fc.constantFrom(drop, sensitivity, spread, tariff), fc.integer({ min: 0, max: 100 }), (p, index) => {
        const value = snapToStep(p, p.min + index * p.step);
        expect(sanitizeValue(p, formatForLink(p, value))).toEqual({ value });
      }),
    );
  });
});

describe('sanitizeValue', () => {
  it('accepts plain decimals, with spaces, signs, leading dots and exponents', () => {
    expect(sanitizeValue(drop, '10')).toEqual({ value: 10 });
    expect(sanitizeValue(drop, ' 10 ')).toEqual({ value: 10 });
    expect(sanitizeValue(drop, '+10')).toEqual({ value: 10 });
    expect(sanitizeValue(drop, '-3')).toEqual({ value: -3 });
    expect(sanitizeValue(drop, '1e1')).toEqual({ value: 10 });
    expect(sanitizeValue(spread, '.5')).toEqual({ value: 0.5 });
    expect(sanitizeValue(sensitivity, '0.18')).toEqual({ value: 0.18 });
  });

  it('refuses anything that is not a plain decimal and uses the default', () => {
    for (const given of [
      'abc',
      '',
      '   ',
      '0x10',
      '0b11',
      'Infinity',
      '-Infinity',
      'NaN',
      '1,5',
      '10abc',
      '1_000',
      '--1',
    ]) {
      expect(sanitizeValue(drop, given), JSON.stringify(given)).toEqual({
        value: 0,
        adjustment: { key: 'drop', given, used: 0, reason: 'not-a-number' },
      });
    }
  });

  it('clamps out-of-range values and says which side', () => {
    expect(sanitizeValue(drop, '-21').adjustment).toEqual({
      key: 'drop',
      given: '-21',
      used: -20,
      reason: 'below-min',
    });
    expect(sanitizeValue(drop, '41').adjustment).toEqual({ key: 'drop', given: '41', used: 40, reason: 'above-max' });
  });

  it('clamps numbers too large for a double like any other out-of-range value', () => {
    // Number('1e400') is Infinity: it is a decimal, just beyond max; 1e-400 underflows to 0, which is on the grid.
    expect(sanitizeValue(drop, '1e400').adjustment).toEqual({
      key: 'drop',
      given: '1e400',
      used: 40,
      reason: 'above-max',
    });
    expect(sanitizeValue(drop, '-1e400').adjustment).toEqual({
      key: 'drop',
      given: '-1e400',
      used: -20,
      reason: 'below-min',
    });
    expect(sanitizeValue(drop, '1e-400')).toEqual({ value: 0 });
  });

  it('snaps off-step values and says so', () => {
    expect(sanitizeValue(drop, '2.4')).toEqual({
      value: 2,
      adjustment: { key: 'drop', given: '2.4', used: 2, reason: 'off-step' },
    });
    expect(sanitizeValue(sensitivity, '0.1849').adjustment).toMatchObject({ used: 0.18, reason: 'off-step' });
    expect(sanitizeValue(tariff, '33').adjustment).toMatchObject({ used: 35, reason: 'off-step' });
  });

  it('never throws and always gives a valid value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(drop, sensitivity, spread, tariff),
        fc.oneof(fc.string(), fc.double().map(String)),
        (p, given) => {
          const { value, adjustment } = sanitizeValue(p, given);
          expect(isValidValue(p, value)).toBe(true);
          if (adjustment) expect(adjustment.used).toBe(value);
        },
      ),
    );
  });
});
