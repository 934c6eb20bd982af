// Readable forms of the model's equations for the "How it works" panel: the formula and the symbols it reads.
import { guardExpression } from '../engine/expression-guard.ts';
import { baselineTarget } from '../engine/symbols.ts';
import type { ModelDeclaration } from '../engine/types.ts';

export interface EquationText {
  name: string;
  /** The expression as mathjs prints it, with typographic operators. */
  formula: string;
  /** Symbols the expression reads, in order of first appearance; `base_x` kept as written. */
  reads: string[];
}

export function equationTexts(declaration: ModelDeclaration): EquationText[] {
  return declaration.equations.map((equation) => {
    const guarded = guardExpression(equation.expr, () => true);
    if (!guarded.ok) return { name: equation.name, formula: equation.expr, reads: [] };
    const formula = guarded.node
      .toString({ parenthesis: 'keep', implicit: 'show' })
      .replace(/ \* /g, ' × ')
      .replace(/ - /g, ' − ')
      .replace(/-(?=[\w(])/g, '−');
    return { name: equation.name, formula, reads: [...guarded.symbols] };
  });
}

/** The plain symbol a read refers to (`base_x` → `x`) and whether it is the baseline's value. */
export function readTarget(symbol: string): { symbol: string; baseline: boolean } {
  const target = baselineTarget(symbol);
  return target ? { symbol: target, baseline: true } : { symbol, baseline: false };
}
