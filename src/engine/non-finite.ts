// Finds an equation whose value is not a finite number: how an edited model that divides by zero somewhere is caught.
import type { CompiledModel } from './compile-model.ts';
import type { Results } from './types.ts';

/**
 * The first equation (in declaration order) whose result is NaN or ±Infinity, or null when all are finite.
 * The standard model is finite everywhere; an edit such as `1 / (drop - 10)` is not, and every reader
 * (headline, decomposition, charts) asks this instead of trusting the numbers.
 */
export function firstNonFiniteEquation(model: CompiledModel, results: Results): string | null {
  for (const equation of model.declaration.equations) {
    const value = Object.hasOwn(results, equation.name) ? results[equation.name] : undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) return equation.name;
  }
  return null;
}
