// The results of a model as the page reads them: typed with the generated output names, so no reader needs a fallback.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import type { ModelResults } from './model.ts';

// An edited model only changes expressions and adds parameters, so it still has every output name; a value
// it cannot compute is NaN (firstNonFiniteEquation flags it), never missing.

export function modelResults(model: CompiledModel, scenario: Partial<Scenario>): ModelResults {
  return model.evaluate(scenario) as ModelResults;
}

export function baselineResults(model: CompiledModel): ModelResults {
  return model.baseline as ModelResults;
}
