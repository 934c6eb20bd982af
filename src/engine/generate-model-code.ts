// Turns a checked declaration into TypeScript source: every equation as plain arithmetic, in dependency order.
import type { MathNode } from 'mathjs';
import { ModelDeclarationError, checkDeclaration } from './check-declaration.ts';
import { declarationFingerprint } from './declaration-fingerprint.ts';
import { math } from './math.ts';
import { baselineTarget, keyToSymbol } from './symbols.ts';
import type { ModelDeclaration } from './types.ts';

export interface GenerateOptions {
  /** Import path of src/engine from the generated file, e.g. `../engine`. */
  engineImport: string;
  /** Where the declaration lives, named in the file's first line. */
  sourceName: string;
}

/** How a symbol reads: its local in the run, and what `base_<symbol>` reads in this run. */
type Reader = (symbol: string, baseline: boolean) => string;

const local = (symbol: string) => `v_${symbol}`;
const baseLocal = (symbol: string) => `b_${symbol}`;

/**
 * The generated module for `declaration`; throws ModelDeclarationError (the same problems compileModel
 * lists) when it does not pass the checks. The code evaluates exactly what compileModel's mathjs
 * evaluates, operation for operation, so both give the same bits (tests/engine/generated-model.test.ts).
 */
export function generateModelCode(declaration: ModelDeclaration, options: GenerateOptions): string {
  const { problems, order } = checkDeclaration(declaration);
  if (problems.length > 0) throw new ModelDeclarationError(problems);
  const byName = new Map(declaration.equations.map((e) => [e.name, e]));
  const trees = order.map((name) => ({ name, node: math.parse(byName.get(name)!.expr) }));

  const used = new Set<string>();
  const baseRead = new Set<string>();
  const bodyFor = (baseline: boolean): string[] => {
    const read: Reader = (symbol, isBase) => {
      if (!isBase) return local(symbol);
      baseRead.add(symbol);
      // While the baseline itself is worked out, base_x is simply x.
      return baseline ? local(symbol) : baseLocal(symbol);
    };
    const lines: string[] = [];
    for (const p of declaration.parameters) {
      const value = baseline ? literal(p.default) : `givenOr(s[${JSON.stringify(p.key)}], ${literal(p.default)})`;
      if (!baseline) used.add('givenOr');
      lines.push(`const ${local(keyToSymbol(p.key))} = ${value};`);
    }
    for (const c of declaration.constants) lines.push(`const ${local(c.name)} = ${literal(c.value)};`);
    for (const { name, node } of trees) lines.push(`const ${local(name)} = ${emit(node, read, used)};`);
    return lines;
  };
  const scenarioBody = bodyFor(false);
  const baselineBody = bodyFor(true);

  const symbols = [
    ...declaration.parameters.map((p) => keyToSymbol(p.key)),
    ...declaration.constants.map((c) => c.name),
    ...order,
  ];
  const resultObject = `{ ${symbols.map((s) => `${JSON.stringify(s)}: ${local(s)}`).join(', ')} }`;
  const ranges = declaration.parameters
    .map((p) => {
      const range = { key: p.key, min: p.min, max: p.max, default: p.default };
      const spread = p.spread ? { spread: { below: p.spread.below, above: p.spread.above } } : {};
      return `  ${JSON.stringify({ ...range, ...spread })},`;
    })
    .join('\n');
  const runtime = ['givenOr', 'mathMax', 'mathMin', 'mathPow'].filter((name) => used.has(name));
  const indent = (lines: string[]) => lines.map((line) => `  ${line}`).join('\n');

  return `// Generated from ${options.sourceName} by src/build/generate-model.ts: the declared equations as plain code. Do not edit (git ignores it).
${runtime.length > 0 ? `import { ${runtime.join(', ')} } from '${options.engineImport}/compiled-math.ts';\n` : ''}import type { ParameterRange, Scenario } from '${options.engineImport}/types.ts';

/** declarationFingerprint of the declaration this was generated from. */
export const fingerprint = ${JSON.stringify(declarationFingerprint(declaration))};

/** Each parameter's range, default and spread: what the Monte Carlo worker needs, without the declaration's texts. */
export const parameterRanges: readonly ParameterRange[] = [
${ranges}
];

/** Every parameter (by symbol), constant and equation of the model: what a run returns. */
export type OutputName =
${symbols.map((s) => `  | ${JSON.stringify(s)}`).join('\n')};

/** A run's results: every output by name, and (for an edited model's added parameters) any other symbol. */
export type ModelResults = { readonly [symbol: string]: number } & { readonly [name in OutputName]: number };

function runBaseline(): ModelResults {
${indent(baselineBody)}
  return ${resultObject};
}

/** The default scenario's results; scenarios read them through base_<name>. */
export const baseline: ModelResults = Object.freeze(runBaseline());
${[...baseRead].map((s) => `const ${baseLocal(s)} = baseline[${JSON.stringify(s)}];`).join('\n')}

/** Results of a scenario; keys missing from it (or not finite numbers) take their defaults. */
export function evaluate(s: Partial<Scenario>): ModelResults {
${indent(scenarioBody)}
  return ${resultObject};
}
`;
}

/** A number as source that reads back as the same double (String() drops the sign of −0). */
function literal(value: number): string {
  if (Object.is(value, -0)) return '(-0)';
  return value < 0 ? `(${String(value)})` : String(value);
}

function emit(node: MathNode, read: Reader, used: Set<string>): string {
  const n = node as unknown as {
    type: string;
    value?: number;
    name?: string;
    content?: MathNode;
    fn?: string | MathNode;
    args?: MathNode[];
  };
  const args = () => (n.args ?? []).map((arg) => emit(arg, read, used));
  switch (n.type) {
    case 'ConstantNode':
      return literal(n.value as number);
    case 'SymbolNode': {
      const target = baselineTarget(n.name!);
      return target === null ? read(n.name!, false) : read(target, true);
    }
    case 'ParenthesisNode':
      return `(${emit(n.content!, read, used)})`;
    case 'OperatorNode':
      return operator(n.fn as string, args(), used);
    case 'FunctionNode': {
      // max(a, b, c) folds left to right in mathjs: max(max(a, b), c) is the same computation.
      const name = (n.fn as unknown as { name: string }).name;
      const helper = name === 'max' ? 'mathMax' : name === 'min' ? 'mathMin' : null;
      if (!helper) throw new Error(`generateModelCode: the function "${name}" has no plain form`);
      const [first, ...rest] = args();
      if (rest.length > 0) used.add(helper);
      return rest.reduce((running, value) => `${helper}(${running}, ${value})`, first!);
    }
    default:
      throw new Error(`generateModelCode: a ${n.type} has no plain form`);
  }
}

const BINARY: Readonly<Record<string, string>> = { add: '+', subtract: '-', multiply: '*', divide: '/' };

function operator(fn: string, args: string[], used: Set<string>): string {
  if (fn === 'unaryMinus') return `(-${args[0]})`;
  // mathjs's unaryPlus returns a number unchanged; so does + in front of one.
  if (fn === 'unaryPlus') return `(+${args[0]})`;
  if (fn === 'pow') {
    used.add('mathPow');
    return `mathPow(${args[0]}, ${args[1]})`;
  }
  const symbol = BINARY[fn];
  if (!symbol) throw new Error(`generateModelCode: the operator "${fn}" has no plain form`);
  // Binary operators chain left to right in mathjs (add(a, b, c) is (a + b) + c).
  return `(${args.reduce((left, right) => `${left} ${symbol} ${right}`)})`;
}
