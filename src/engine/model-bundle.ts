// One model as everything the generic runners need: its declaration and, declared beside it, its checks, warnings, exercises, groups and outputs.
import type { ModelCheck } from './check-types.ts';
import type { DecompositionGroup } from './decomposition-types.ts';
import type { Exercise } from './exercise-types.ts';
import type { ModelOutputs } from './output-types.ts';
import type { ModelDeclaration } from './types.ts';
import type { PlausibilityWarning } from './warning-types.ts';

/**
 * Runners (src/analysis, src/classroom, src/report, src/cli) receive this, or the part they need, as an
 * argument; only an entry point (the page's src/app/model.ts and model-bundle.ts, the CLI's simulate.ts)
 * imports a model's bundle.
 */
export interface ModelBundle {
  /** The declaration as shipped: a model whose declaration is another object is an edit (a remix). */
  model: ModelDeclaration;
  /** Rules swept over grids of scenarios (src/analysis/model-checks.ts). */
  checks: readonly ModelCheck[];
  /** When a scenario goes beyond what was observed (src/analysis/plausibility.ts). */
  warnings: readonly PlausibilityWarning[];
  /** "Predict, then reveal" questions (src/classroom/). */
  exercises: readonly Exercise[];
  /** The groups a change in the headline is split into (src/analysis/decomposition.ts). */
  groups: readonly DecompositionGroup[];
  /** What the sweep, the band, the decomposition and the charts read: the headline, the swept price, the band's prices. */
  outputs: ModelOutputs;
}
