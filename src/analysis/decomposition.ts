// Splits the change in income from mid-2025 to a scenario into one part per group of parameters (Shapley values).
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Results, Scenario } from '../engine/types.ts';

/** What decompose needs of a group (a DecompositionGroup of src/engine/decomposition-types.ts, or the catch-all). */
export interface GroupKeys {
  id: string;
  keys: readonly string[];
}

export interface DecompositionPart {
  id: string;
  usdBnPerMonth: number;
}

export interface Decomposition {
  /** One per group, in the groups' order; they add up exactly to `total`. */
  parts: DecompositionPart[];
  /** Scenario income minus baseline income, USD bn per average month. */
  total: number;
  method: 'shapley';
  /**
   * False when an edited model gives a non-finite income in one of the subsets evaluated (a division by
   * zero at these values): then every part and the total are NaN, and readers say so instead of drawing.
   */
  finite: boolean;
}

export interface DecomposeOptions {
  /** The income to split, USD bn a month: the bundle's headline (headlineOf), or what a report splits. */
  measure: (results: Results) => number;
}

/** 2^12 = 4096 evaluations is the most we allow; the shipped model has 6 groups, 64 evaluations. */
export const MAX_DECOMPOSITION_GROUPS = 12;

/**
 * Why: a one-at-a-time split (move each group alone from the baseline) loses the interactions. A tariff
 * on China costs nothing if China buys nothing, and a $10 drop costs less when fewer barrels are sold,
 * so one-at-a-time effects do not add up to the change, and a sequential split depends on the order.
 *
 * The Shapley value fixes both: a group's part is its marginal effect (moving its parameters from the
 * baseline to the scenario's values) averaged over every subset S of the other groups already moved,
 * weighted |S|!(n−|S|−1)!/n!, which is the average over all n! orders. It is order-independent, a group
 * that changes nothing gets 0, and the parts add up to v(all) − v(none), i.e. the whole change.
 *
 * Cost: v(S) for every subset of the groups the scenario moves, each evaluated once and cached by
 * bitmask: 2^k evaluations for k moved groups, at most 64 for the shipped model's 6.
 * Parameters in no group keep the scenario's value in every subset; if they moved income, v(none)
 * would differ from the baseline and we throw rather than hide part of the change.
 *
 * Exactness: the sum is analytically exact; floating-point rounding (~1e-15 here) is moved into the
 * largest part, so summing `parts` left to right from 0 gives `total` (to the last bit in practice).
 */
export function decompose(
  model: CompiledModel,
  scenario: Partial<Scenario>,
  groups: readonly GroupKeys[],
  { measure }: DecomposeOptions,
): Decomposition {
  const n = groups.length;
  if (n < 1 || n > MAX_DECOMPOSITION_GROUPS)
    throw new RangeError(`decompose: needs 1 to ${MAX_DECOMPOSITION_GROUPS} groups, got ${n}`);
  const owner = new Map<string, string>();
  for (const group of groups) {
    for (const key of group.keys) {
      if (!model.parameterByKey.has(key))
        throw new RangeError(`decompose: group "${group.id}" names unknown parameter "${key}"`);
      const previous = owner.get(key);
      if (previous) throw new RangeError(`decompose: "${key}" is in both "${previous}" and "${group.id}"`);
      owner.set(key, group.id);
    }
  }

  const context: Record<string, number> = { ...model.defaults };
  for (const [key, value] of Object.entries(scenario)) {
    if (!owner.has(key) && value !== undefined) context[key] = value;
  }
  // A group left at the baseline is a null player: its part is exactly 0 and the others' parts are the
  // same without it, so only moved groups enter the 2^k subsets (k ≤ n; usually 1 or 2 while exploring).
  const moved = (key: string) => {
    const value = scenario[key];
    return typeof value === 'number' && Number.isFinite(value) && !Object.is(value, model.defaults[key]);
  };
  const active = groups.flatMap((group, i) => (group.keys.some(moved) ? [i] : []));
  const k = active.length;
  const values = new Float64Array(1 << k);
  for (let mask = 0; mask < values.length; mask++) {
    const given = { ...context };
    for (let j = 0; j < k; j++) {
      if (!(mask & (1 << j))) continue;
      for (const key of groups[active[j]!]!.keys) {
        const value = scenario[key];
        if (value !== undefined) given[key] = value;
      }
    }
    values[mask] = measure(model.evaluate(given));
  }

  const baselineValue = measure(model.baseline);
  const total = measure(model.evaluate(scenario)) - baselineValue;
  if (!Number.isFinite(total) || values.some((value) => !Number.isFinite(value))) {
    return {
      parts: groups.map((group) => ({ id: group.id, usdBnPerMonth: Number.NaN })),
      total: Number.NaN,
      method: 'shapley',
      finite: false,
    };
  }
  const drift = total - (values[values.length - 1]! - values[0]!);
  if (!(Math.abs(drift) <= 1e-9 * Math.max(1, Math.abs(baselineValue)))) {
    const outside = Object.keys(scenario).filter((key) => !owner.has(key) && scenario[key] !== model.defaults[key]);
    throw new Error(
      `decompose: parameters in no group change the income by ${drift} (${outside.join(', ') || 'none'})`,
    );
  }

  const factorial = [1];
  for (let m = 1; m <= k; m++) factorial.push(factorial[m - 1]! * m);
  const weight = (size: number) => (factorial[size]! * factorial[k - size - 1]!) / factorial[k]!;
  const shapley = groups.map(() => 0);
  active.forEach((groupIndex, j) => {
    const bit = 1 << j;
    let sum = 0;
    for (let mask = 0; mask < values.length; mask++) {
      if (mask & bit) continue;
      sum += weight(popcount(mask)) * (values[mask | bit]! - values[mask]!);
    }
    shapley[groupIndex] = sum;
  });

  const exact = absorbResidue(shapley, total);
  return {
    parts: groups.map((group, i) => ({ id: group.id, usdBnPerMonth: exact[i]! })),
    total,
    method: 'shapley',
    finite: true,
  };
}

/**
 * Returns `values` with `total − sum` added to the largest-magnitude value, repeated (at most 4 times)
 * until summing left to right from 0 gives `total` exactly. The residue is rounding, about 1e-15.
 */
export function absorbResidue(values: readonly number[], total: number): number[] {
  const out = [...values];
  if (out.length === 0) return out;
  let largest = 0;
  for (let i = 1; i < out.length; i++) if (Math.abs(out[i]!) > Math.abs(out[largest]!)) largest = i;
  for (let attempt = 0; attempt < 4; attempt++) {
    const residue = total - out.reduce((sum, value) => sum + value, 0);
    if (residue === 0 || !Number.isFinite(residue)) break;
    out[largest]! += residue;
  }
  return out;
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}
