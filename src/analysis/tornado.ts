// For each uncertain parameter, income at the two ends of its plausible spread, everything else as in the scenario.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Results, Scenario } from '../engine/types.ts';

export interface TornadoRow {
  key: string;
  /** The parameter values used: the value in use minus `spread.below` and plus `spread.above`, kept in range. */
  lowValue: number;
  highValue: number;
  /** Income with the parameter at `lowValue` / `highValue`, USD bn a month. */
  lowUsdBnPerMonth: number;
  highUsdBnPerMonth: number;
  /** |high − low| income, USD bn a month: the length of the bar. */
  swing: number;
}

export interface TornadoOptions {
  /** The income measured, USD bn a month: the bundle's headline (headlineOf). */
  measure: (results: Results) => number;
}

/** Drops the binary noise of value ± spread (1.6 − 0.16 is 1.4400000000000002), keeping 12 significant digits. */
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * One row per parameter that declares a `spread` (two evaluations each), sorted by swing, largest first;
 * ties keep declaration order. Parameters with no spread (scenario choices such as the tariffs) are left out.
 */
export function tornado(model: CompiledModel, scenario: Partial<Scenario>, { measure }: TornadoOptions): TornadoRow[] {
  const rows: TornadoRow[] = [];
  for (const parameter of model.declaration.parameters) {
    if (!parameter.spread) continue;
    const given = scenario[parameter.key];
    const value = typeof given === 'number' && Number.isFinite(given) ? given : parameter.default;
    const lowValue = Math.max(parameter.min, tidy(value - parameter.spread.below));
    const highValue = Math.min(parameter.max, tidy(value + parameter.spread.above));
    const lowUsdBnPerMonth = measure(model.evaluate({ ...scenario, [parameter.key]: lowValue }));
    const highUsdBnPerMonth = measure(model.evaluate({ ...scenario, [parameter.key]: highValue }));
    rows.push({
      key: parameter.key,
      lowValue,
      highValue,
      lowUsdBnPerMonth,
      highUsdBnPerMonth,
      swing: Math.abs(highUsdBnPerMonth - lowUsdBnPerMonth),
    });
  }
  return rows.sort((a, b) => b.swing - a.swing);
}
