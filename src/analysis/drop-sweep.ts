// Sweeps the model's declared price parameter (the oil-price drop) across its range and records the headline at each step (pure; runs on every input).
import type { CompiledModel } from '../engine/compile-model.ts';
import { type ModelOutputs, headlineOf } from '../engine/output-types.ts';
import type { Scenario } from '../engine/types.ts';

export interface SweepPoint {
  /** The swept parameter's value, USD a barrel (check-bundle.ts holds the parameter to that unit). */
  valueUsdPerBbl: number;
  /** The headline at that value, USD bn a month. */
  usdBnPerMonth: number;
}

/** What a sweep reads of a bundle's outputs: the parameter it moves and the headline it records. */
export type SweepRoles = Pick<ModelOutputs, 'headline' | 'sweptPrice'>;

/**
 * Evaluates `model` with the parameter `roles.sweptPrice` set to each value from `from` to `to` in steps of
 * `step`, every other parameter as in `scenario`. The range is clipped to the parameter's declared range,
 * which is also the default (the shipped drop runs from −20 to 40: 61 evaluations).
 */
export function sweepHeadline(
  model: CompiledModel,
  roles: SweepRoles,
  scenario: Scenario,
  from = -Infinity,
  to = Infinity,
  step = 1,
): SweepPoint[] {
  if (!(step > 0)) throw new RangeError(`sweepHeadline: step must be positive, got ${step}`);
  const key = roles.sweptPrice;
  const declared = model.parameterByKey.get(key);
  const lo = Math.max(from, declared?.min ?? -Infinity);
  const hi = Math.min(to, declared?.max ?? Infinity);
  const points: SweepPoint[] = [];
  // An unbounded range (no such parameter and no bounds given) sweeps nothing rather than forever.
  if (!(lo <= hi) || !Number.isFinite(hi - lo)) return points;
  const count = Math.floor((hi - lo) / step + 1e-9);
  // Multiply rather than accumulate, so 61 steps of 0.1 do not drift.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const given = { ...scenario };
  for (let i = 0; i <= count; i++) {
    const value = Number((lo + i * step).toFixed(decimals));
    given[key] = value;
    points.push({ valueUsdPerBbl: value, usdBnPerMonth: headlineOf(roles, model.evaluate(given)) });
  }
  return points;
}
