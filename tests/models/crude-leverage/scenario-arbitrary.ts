// Test helper: fast-check arbitraries that draw every parameter on its own slider grid, between min and max.
import fc from 'fast-check';
import type { ParameterDeclaration, Scenario } from '../../../src/engine/types.ts';

/** Decimals written in a step such as 0.05 (2); enough for the declared steps, which are plain decimals. */
function decimalsOf(step: number): number {
  return (String(step).split('.')[1] ?? '').length;
}

/** Number of steps from min to max. */
export function stepCount(parameter: ParameterDeclaration): number {
  return Math.round((parameter.max - parameter.min) / parameter.step);
}

/**
 * The value `index` steps above min, computed in integers and divided once, so it is the double nearest
 * the decimal a slider shows (0.15 + 3 × 0.01 is 0.18, not 0.18000000000000002).
 */
export function gridValue(parameter: ParameterDeclaration, index: number): number {
  const scale = 10 ** decimalsOf(parameter.step);
  return (Math.round(parameter.min * scale) + index * Math.round(parameter.step * scale)) / scale;
}

export function parameterValue(parameter: ParameterDeclaration): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: stepCount(parameter) }).map((index) => gridValue(parameter, index));
}

/** Every valid scenario; `fixed` pins some keys to given values. */
export function scenarioArbitrary(
  parameters: readonly ParameterDeclaration[],
  fixed: Readonly<Record<string, number>> = {},
): fc.Arbitrary<Scenario> {
  const fields: Record<string, fc.Arbitrary<number>> = {};
  for (const parameter of parameters) {
    const value = fixed[parameter.key];
    fields[parameter.key] = value === undefined ? parameterValue(parameter) : fc.constant(value);
  }
  return fc.record(fields);
}

/** True when `value` is in [min, max] and a whole number of steps from min. */
export function isValidValue(parameter: ParameterDeclaration, value: number): boolean {
  if (!Number.isFinite(value) || value < parameter.min || value > parameter.max) return false;
  const steps = (value - parameter.min) / parameter.step;
  return Math.abs(steps - Math.round(steps)) < 1e-6;
}
