// Sweeps the oil-price drop across its range and records monthly income at each step (pure; runs on every input).
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';

export interface SweepPoint {
  /** Oil-price drop, $/bbl. */
  drop: number;
  /** Oil export income, USD bn a month. */
  totalMonth: number;
}

/**
 * Evaluates `model` with `drop` set to each value from `from` to `to` in steps of `step`, every other
 * parameter as in `scenario`. The range is clipped to the model's declared drop range. At the defaults
 * that is 61 evaluations.
 */
export function sweepDrop(model: CompiledModel, scenario: Scenario, from = -20, to = 40, step = 1): SweepPoint[] {
  if (!(step > 0)) throw new RangeError(`sweepDrop: step must be positive, got ${step}`);
  const declared = model.parameterByKey.get('drop');
  const lo = Math.max(from, declared?.min ?? -Infinity);
  const hi = Math.min(to, declared?.max ?? Infinity);
  const points: SweepPoint[] = [];
  if (!(lo <= hi)) return points;
  const count = Math.floor((hi - lo) / step + 1e-9);
  // Multiply rather than accumulate, so 61 steps of 0.1 do not drift.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  const given = { ...scenario };
  for (let i = 0; i <= count; i++) {
    const drop = Number((lo + i * step).toFixed(decimals));
    given.drop = drop;
    const results = model.evaluate(given);
    points.push({ drop, totalMonth: results.totalMonth ?? Number.NaN });
  }
  return points;
}
