// Turns a checked declaration into a runnable model by interpreting its mathjs trees: the path an edited (remixed) model runs.
import type { EvalFunction } from 'mathjs';
import { ModelDeclarationError, checkDeclaration } from './check-declaration.ts';
import { math } from './math.ts';
import { BASELINE_PREFIX, keyToSymbol } from './symbols.ts';
import type { CompiledModel, ModelDeclaration, Results, Scenario } from './types.ts';

export type { CompiledModel } from './types.ts';

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
  const defaults: Scenario = Object.fromEntries(declaration.parameters.map((p) => [p.key, p.default]));

  const parameters = declaration.parameters.map((p) => ({
    key: p.key,
    symbol: keyToSymbol(p.key),
    baseSymbol: BASELINE_PREFIX + keyToSymbol(p.key),
    fallback: p.default,
  }));
  const constants = declaration.constants.map((c) => ({
    symbol: c.name,
    baseSymbol: BASELINE_PREFIX + c.name,
    value: c.value,
  }));
  const equations = steps.map((step) => ({ ...step, baseSymbol: BASELINE_PREFIX + step.name }));

  /** The baseline itself: `base_x` is simply x while it is being worked out. */
  const runBaseline = (): Results => {
    const scope = new Map<string, number>();
    const results: Record<string, number> = {};
    const assign = (symbol: string, baseSymbol: string, value: number) => {
      scope.set(symbol, value);
      scope.set(baseSymbol, value);
      results[symbol] = value;
    };
    for (const p of parameters) assign(p.symbol, p.baseSymbol, p.fallback);
    for (const c of constants) assign(c.symbol, c.baseSymbol, c.value);
    for (const e of equations) assign(e.name, e.baseSymbol, e.code.evaluate(scope) as number);
    return results;
  };

  const baseline = Object.freeze(runBaseline());
  // Every scenario starts from the same constants and baseline values: copy them instead of rebuilding them.
  const template = new Map<string, number>();
  for (const c of constants) template.set(c.symbol, c.value);
  for (const item of [...parameters, ...constants, ...equations]) {
    const symbol = 'symbol' in item ? item.symbol : item.name;
    template.set(item.baseSymbol, baseline[symbol]!);
  }

  const run = (scenario: Partial<Scenario>): Results => {
    const scope = new Map(template);
    const results: Record<string, number> = {};
    for (const p of parameters) {
      const given = scenario[p.key];
      const value = typeof given === 'number' && Number.isFinite(given) ? given : p.fallback;
      scope.set(p.symbol, value);
      results[p.symbol] = value;
    }
    for (const c of constants) results[c.symbol] = c.value;
    for (const e of equations) {
      const value = e.code.evaluate(scope) as number;
      scope.set(e.name, value);
      results[e.name] = value;
    }
    return results;
  };

  return {
    declaration,
    defaults: Object.freeze(defaults),
    baseline,
    parameterByKey: new Map(declaration.parameters.map((p) => [p.key, p])),
    evaluate: run,
  };
}
