// Turns one value from a link or the command line into a valid parameter value, saying what changed.
import type { ParameterDeclaration } from '../engine/types.ts';

export type AdjustmentReason = 'not-a-number' | 'below-min' | 'above-max' | 'off-step' | 'repeated';

export interface Adjustment {
  key: string;
  given: string;
  used: number;
  reason: AdjustmentReason;
}

/** The most decimals a value is written with: toFixed and Intl.NumberFormat throw past 100 (older engines past 20). */
export const MAX_STEP_DECIMALS = 20;

/** Number of decimals a step needs (0.01 → 2, 0.5 → 1, 5 → 0), at most MAX_STEP_DECIMALS (an edit may add a step of 5e-324). */
export function stepDecimals(step: number): number {
  const [mantissa = '', exponent = '0'] = String(step).split('e');
  const dot = mantissa.indexOf('.');
  const mantissaDecimals = dot === -1 ? 0 : mantissa.length - dot - 1;
  const decimals = Math.max(0, mantissaDecimals - Number(exponent));
  return Number.isFinite(decimals) ? Math.min(MAX_STEP_DECIMALS, decimals) : 0;
}

/** The grid value nearest to `value`, inside [min, max], written exactly as the link writes it. */
export function snapToStep(parameter: ParameterDeclaration, value: number): number {
  const clamped = Math.min(parameter.max, Math.max(parameter.min, value));
  const steps = Math.round((clamped - parameter.min) / parameter.step);
  const snapped = Math.min(parameter.max, parameter.min + steps * parameter.step);
  return Number(snapped.toFixed(stepDecimals(parameter.step)));
}

/** Formats a valid value with no more digits than its step needs. */
export function formatForLink(parameter: ParameterDeclaration, value: number): string {
  return String(Number(value.toFixed(stepDecimals(parameter.step))));
}

/** Parses `given`; never throws. A value that needed a change comes back with the reason. */
export function sanitizeValue(
  parameter: ParameterDeclaration,
  given: string,
): { value: number; adjustment?: Adjustment } {
  const trimmed = given.trim();
  // Number('') is 0 and Number('0x10') is 16: accept plain decimal notation only.
  const number = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed) ? Number(trimmed) : Number.NaN;
  const adjust = (used: number, reason: AdjustmentReason) => ({
    value: used,
    adjustment: { key: parameter.key, given, used, reason },
  });
  // "1e999" is a number too large to hold: clamp it like any other value above the range.
  if (number === Infinity) return adjust(parameter.max, 'above-max');
  if (number === -Infinity) return adjust(parameter.min, 'below-min');
  if (!Number.isFinite(number)) return adjust(parameter.default, 'not-a-number');
  if (number < parameter.min) return adjust(parameter.min, 'below-min');
  if (number > parameter.max) return adjust(parameter.max, 'above-max');
  const snapped = snapToStep(parameter, number);
  if (Math.abs(snapped - number) > 1e-9 * Math.max(1, Math.abs(number))) return adjust(snapped, 'off-step');
  return { value: snapped };
}
