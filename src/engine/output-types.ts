// The shape of a model's declared outputs: which of its results the generic readers take as the headline and its change.
//
// Why so small: the unit and label of every result are its equation's own (EquationDeclaration), so an output
// names an equation and says what role it plays; it never restates a unit or a label. The scenario report's
// many other figures (prices, volumes, the budget) are that report's own schema, read by name from the results.
import type { Results } from './types.ts';

/** Each role names one equation of the model; check-bundle.ts checks it exists with the unit in OUTPUT_ROLE_UNITS. */
export interface ModelOutputs {
  /** The headline total, in USD bn an average month (unit `usd-bn-per-month`). */
  headline: string;
  /** The headline's change from the baseline, in percent (unit `percent`). */
  headlineChangePct: string;
}

/** The unit each role's equation must have: the readers format and compare them in these units. */
export const OUTPUT_ROLE_UNITS: Readonly<Record<keyof ModelOutputs, string>> = {
  headline: 'usd-bn-per-month',
  headlineChangePct: 'percent',
};

/** The headline of `results`; NaN if they lack it (check-bundle.ts makes sure the shipped model has it). */
export function headlineOf(outputs: ModelOutputs, results: Results): number {
  return results[outputs.headline] ?? Number.NaN;
}
