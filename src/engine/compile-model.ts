// Turns a checked declaration into a runnable model: each equation compiled once, evaluated many times.
import type { EvalFunction } from 'mathjs';
import { ModelDeclarationError, checkDeclaration } from './check-declaration.ts';
import { math } from './math.ts';
import { BASELINE_PREFIX, keyToSymbol } from './symbols.ts';
import type { ModelDeclaration, ParameterDeclaration, Results, Scenario } from './types.ts';

export interface CompiledModel {
  readonly declaration: ModelDeclaration;
  /** Every parameter at its default. */
  readonly defaults: Scenario;
  /** Results of the default scenario; scenarios read it through `base_<name>` symbols. */
  readonly baseline: Results;
  readonly parameterByKey: ReadonlyMap<string, ParameterDeclaration>;
  /** Results of a scenario. Keys missing from `scenario` take their defaults. */
  evaluate(scenario: Partial<Scenario>): Results;
}

interface Step {
  name: string;
  code: EvalFunction;
}

/** Checks and compiles `declaration`; throws ModelDeclarationError listing every problem. */
export function compileModel(declaration: ModelDeclaration): CompiledModel {
  const { problems, order } = checkDeclaration(declaration);
  if (problems.length > 0) throw new ModelDeclarationError(problems);

  const byName = new Map(declaration.equations.map((e) => [e.name, e]));
  const steps: Step[] = order.map((name) => ({ name, code: math.parse(byName.get(name)!.expr).compile() }));
  const parameters = declaration.parameters.map((p) => ({ key: p.key, symbol: keyToSymbol(p.key), fallback: p.default }));
  const defaults: Scenario = Object.fromEntries(declaration.parameters.map((p) => [p.key, p.default]));

  const run = (scenario: Partial<Scenario>, baseline: Results | null): Results => {
    const scope = new Map<string, number>();
    const results: Record<string, number> = {};
    const assign = (symbol: string, value: number) => {
      scope.set(symbol, value);
      results[symbol] = value;
      // While the baseline itself is evaluated, `base_x` is simply x.
      scope.set(BASELINE_PREFIX + symbol, baseline ? (baseline[symbol] ?? value) : value);
    };
    for (const p of parameters) {
      const given = scenario[p.key];
      assign(p.symbol, typeof given === 'number' && Number.isFinite(given) ? given : p.fallback);
    }
    for (const c of declaration.constants) assign(c.name, c.value);
    for (const step of steps) assign(step.name, step.code.evaluate(scope) as number);
    return results;
  };

  const baseline = Object.freeze(run(defaults, null));
  return {
    declaration,
    defaults: Object.freeze(defaults),
    baseline,
    parameterByKey: new Map(declaration.parameters.map((p) => [p.key, p])),
    evaluate: (scenario) => run(scenario, baseline),
  };
}
