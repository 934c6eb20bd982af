// Evaluates the plausibility warnings written as data (a model bundle's `warnings`) for one scenario and its results (pure).
import { keyToSymbol } from '../engine/symbols.ts';
import type { Results, Scenario } from '../engine/types.ts';
import type { PlausibilityWarning, WarningCondition } from '../engine/warning-types.ts';

export interface TriggeredWarning {
  warning: PlausibilityWarning;
  /** The parameter or result that crossed its line first, and its value. */
  reading: { name: string; value: number };
}

type Reading = TriggeredWarning['reading'];

/**
 * The warnings whose `when` holds. A parameter is read as the model used it (the results hold every parameter
 * under its symbol), else from `scenario`; a name the model does not have, or a value that is not a finite number,
 * triggers nothing, so an edited model that drops a result silences its warning instead of failing.
 */
export function triggeredWarnings(
  warnings: readonly PlausibilityWarning[],
  scenario: Partial<Scenario>,
  results: Results,
): TriggeredWarning[] {
  const triggered: TriggeredWarning[] = [];
  for (const warning of warnings) {
    const reading = holds(warning.when, scenario, results);
    if (reading) triggered.push({ warning, reading });
  }
  return triggered;
}

/** The reading that makes `condition` true, or null when it is false. */
function holds(condition: WarningCondition, scenario: Partial<Scenario>, results: Results): Reading | null {
  if ('all' in condition) {
    let first: Reading | null = null;
    for (const part of condition.all) {
      const reading = holds(part, scenario, results);
      if (!reading) return null;
      first ??= reading;
    }
    return first;
  }
  if ('any' in condition) {
    for (const part of condition.any) {
      const reading = holds(part, scenario, results);
      if (reading) return reading;
    }
    return null;
  }
  const name = 'param' in condition ? condition.param : condition.output;
  const value =
    'param' in condition
      ? (results[keyToSymbol(condition.param)] ?? scenario[condition.param])
      : results[condition.output];
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (condition.above === undefined && condition.below === undefined) return null;
  const crosses =
    (condition.above !== undefined && value > condition.above) ||
    (condition.below !== undefined && value < condition.below);
  return crosses ? { name, value } : null;
}

/** Every parameter key and result name a condition reads, for checking warnings against a model. */
export function conditionReads(condition: WarningCondition): { params: string[]; outputs: string[] } {
  if ('all' in condition || 'any' in condition) {
    const parts = ('all' in condition ? condition.all : condition.any).map(conditionReads);
    return { params: parts.flatMap((p) => p.params), outputs: parts.flatMap((p) => p.outputs) };
  }
  return 'param' in condition
    ? { params: [condition.param], outputs: [] }
    : { params: [], outputs: [condition.output] };
}
