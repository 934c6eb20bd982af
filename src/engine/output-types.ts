// The shape of a model's declared outputs: which results and parameter the generic runners read for the headline, the sweep and the band.
//
// Why so small: the unit and label of every result are its equation's own (EquationDeclaration), so a role
// names an equation (or a parameter or constant) and says what part it plays; it never restates a unit or a
// label. The scenario report's many other figures (prices, volumes, the budget) are that report's own schema,
// read by name from the results.
import type { Results } from './types.ts';

/** What the uncertainty band's two shares compare: how often `price` falls below each reference price. */
export interface BandPriceRoles {
  /** The price drawn scenarios are compared at (an equation, unit `usd-per-bbl`). */
  price: string;
  /** The price of the budget's fiscal rule (an equation or constant, unit `usd-per-bbl`). */
  fiscalRule: string;
  /** The price the budget assumes (an equation or constant, unit `usd-per-bbl`). */
  budget: string;
}

/** Each role names one part of the model; check-bundle.ts checks it exists with the unit the readers expect. */
export interface ModelOutputs {
  /** The headline total, in USD bn an average month (an equation, unit `usd-bn-per-month`). */
  headline: string;
  /** The headline's change from the baseline, in percent (an equation, unit `percent`). */
  headlineChangePct: string;
  /** The parameter the headline is swept along (the sweep chart's x axis), in USD per barrel. */
  sweptPrice: string;
  band: BandPriceRoles;
}

/** The unit each equation role must have: the readers format and compare them in these units. */
export const OUTPUT_ROLE_UNITS: Readonly<Record<'headline' | 'headlineChangePct', string>> = {
  headline: 'usd-bn-per-month',
  headlineChangePct: 'percent',
};

/** The unit of the swept parameter and of every band price: the sweep's axis and the band's comparisons are in it. */
export const PRICE_ROLE_UNIT = 'usd-per-bbl';

/** The result a role names; NaN if `results` lack it (check-bundle.ts makes sure the shipped model has it). */
export function resultOf(results: Results, name: string): number {
  return results[name] ?? Number.NaN;
}

/** The headline of `results`; NaN if they lack it. */
export function headlineOf(outputs: Pick<ModelOutputs, 'headline'>, results: Results): number {
  return resultOf(results, outputs.headline);
}
