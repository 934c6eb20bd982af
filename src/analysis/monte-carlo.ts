// Seeded Monte Carlo band: the model's headline with every parameter that has a spread drawn from it (pure).
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { type ModelOutputs, headlineOf, resultOf } from '../engine/output-types.ts';
import { ownValue } from '../engine/own-value.ts';
import type { CompiledModel, ParameterRange, Scenario } from '../engine/types.ts';
import { percentileOfSorted } from './percentile.ts';
import { DEFAULT_DRAWS, MAX_DRAWS } from './scenario-seed.ts';

export { DEFAULT_DRAWS, MAX_DRAWS, seedFor, seedForScenario } from './scenario-seed.ts';

export interface MonteCarloResult {
  draws: number;
  seed: number;
  /** Percentiles of the headline (USD bn a month), linear interpolation between order statistics. */
  p10: number;
  p50: number;
  p90: number;
  /** Share of draws (0 to 1) with the headline below the baseline's. */
  probBelowBaseline: number;
  /**
   * Share of draws with the band's price below its fiscal-rule price (roles.band). Named for the shipped
   * model (the tax price of Urals) because the scenario report and its JSON carry these names.
   */
  probUralsBelowFiscalRule: number;
  /** Share of draws with the band's price below the budget's price (roles.band). */
  probUralsBelowBudget: number;
}

/** What the band reads of a bundle's outputs: the headline it draws and the prices its two shares compare. */
export type BandRoles = Pick<ModelOutputs, 'headline' | 'band'>;

export interface MonteCarloOptions {
  /** Whole number from 1 to MAX_DRAWS; DEFAULT_DRAWS when left out. */
  draws?: number;
  /** Any number; only its low 32 bits are used. */
  seed: number;
}

/** What the band needs of a model: a CompiledModel has it, and so does the worker's lighter one (no texts). */
export type MonteCarloModel = Pick<CompiledModel, 'baseline' | 'evaluate'> & {
  readonly declaration: { readonly parameters: readonly ParameterRange[] };
};

/** Where one parameter is drawn from: uniformly between `low` and `high`. */
export interface SpreadRange {
  key: string;
  low: number;
  high: number;
}

/**
 * The range each parameter with a spread is drawn from: the scenario's value minus `below` to plus
 * `above`, clipped to the slider's min and max. Values are not snapped to the step: they are plausible
 * values, not slider positions.
 */
export function spreadRanges(model: MonteCarloModel, scenario: Scenario): SpreadRange[] {
  const ranges: SpreadRange[] = [];
  for (const p of model.declaration.parameters) {
    if (!p.spread) continue;
    const given = scenario[p.key];
    const value = typeof given === 'number' && Number.isFinite(given) ? given : p.default;
    const low = Math.max(p.min, value - p.spread.below);
    const high = Math.min(p.max, value + p.spread.above);
    // A value outside the slider's range (only possible through the API) is held rather than drawn.
    ranges.push(low <= high ? { key: p.key, low, high } : { key: p.key, low: value, high: value });
  }
  return ranges;
}

/**
 * Evaluates `draws` variants of `scenario`, each parameter with a spread drawn uniformly from its
 * range (see spreadRanges) with xoroshiro128+ seeded by `seed`; parameters without one keep their
 * value. Throws RangeError for a draw count that is not a whole number from 1 to MAX_DRAWS.
 */
export function runMonteCarlo(
  model: MonteCarloModel,
  roles: BandRoles,
  scenario: Scenario,
  { draws = DEFAULT_DRAWS, seed }: MonteCarloOptions,
): MonteCarloResult {
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) {
    throw new RangeError(`runMonteCarlo: draws must be a whole number from 1 to ${MAX_DRAWS}, got ${draws}`);
  }
  const seed32 = seed >>> 0;
  const ranges = spreadRanges(model, scenario);
  const keys = ranges.map((range) => range.key);
  const lows = Float64Array.from(ranges, (range) => range.low);
  const widths = Float64Array.from(ranges, (range) => range.high - range.low);

  const rng = xoroshiro128plus(seed32);
  // The first outputs of a freshly seeded xoroshiro128+ still echo the seed; let it mix first.
  for (let i = 0; i < 16; i++) rng.next();

  // One scenario object, overwritten on every draw; every key is present so nothing falls back to a default.
  const drawn: Record<string, number> = {};
  for (const p of model.declaration.parameters) drawn[p.key] = ownValue(scenario, p.key) ?? p.default;
  const totals = new Float64Array(draws);
  const baselineTotal = headlineOf(roles, model.baseline);
  const { price, fiscalRule, budget } = roles.band;
  let belowBaseline = 0;
  let belowFiscalRule = 0;
  let belowBudget = 0;
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < keys.length; j++) drawn[keys[j]!] = lows[j]! + widths[j]! * uniformFloat64(rng);
    const results = model.evaluate(drawn);
    const total = headlineOf(roles, results);
    const drawnPrice = resultOf(results, price);
    totals[d] = total;
    if (total < baselineTotal) belowBaseline++;
    if (drawnPrice < resultOf(results, fiscalRule)) belowFiscalRule++;
    if (drawnPrice < resultOf(results, budget)) belowBudget++;
  }
  totals.sort();
  return {
    draws,
    seed: seed32,
    p10: percentileOfSorted(totals, 0.1),
    p50: percentileOfSorted(totals, 0.5),
    p90: percentileOfSorted(totals, 0.9),
    probBelowBaseline: belowBaseline / draws,
    probUralsBelowFiscalRule: belowFiscalRule / draws,
    probUralsBelowBudget: belowBudget / draws,
  };
}
