// Dimension check: infers each equation's unit from the symbols it reads and compares it with the declared unit.
//
// Rules. A unit is a product of base dimensions (USD, barrel, day, rouble) times a scale; percent, shares and
// tariff points are dimensionless. + − max and min need the same dimension and scale on every side; * and /
// multiply and divide both. A number written in an equation is a scale factor, a pure number that converts
// between units (/ 1000 turns $M into $bn, / 100 turns percent into a share), so it changes the scale by its
// inverse; only 0, 1 and powers of ten may be written. Every other number (365 days, 12 months, a $0.001
// floor) hides a unit and must be a named constant with one. 0 takes the unit of whatever it meets.
// Powers: a written exponent is a count, not a scale factor, so x ^ 2 has x's dimension squared; an exponent
// that is a symbol or a sum must be a pure number (dimensionless, scale 1) and then so must the base, since
// (2 dollars) ^ elasticity has no unit at all.
import type { MathNode } from 'mathjs';
import { math } from '../engine/math.ts';
import { baselineTarget, keyToSymbol } from '../engine/symbols.ts';
import type { ModelDeclaration } from '../engine/types.ts';

export type BaseDimension = 'usd' | 'bbl' | 'day' | 'rub';
export const BASE_DIMENSIONS: readonly BaseDimension[] = ['usd', 'bbl', 'day', 'rub'];

export interface Dimension {
  exponents: Readonly<Partial<Record<BaseDimension, number>>>;
  /** How many base units one of this unit is (1 $M/day = 1e6 USD a day). */
  scale: number;
}

/** `null` stands for 0, which fits any unit. */
type Inferred = { ok: true; dimension: Dimension | null } | { ok: false; message: string };

export interface EquationUnitCheck {
  equation: string;
  unit: string;
  declared: Dimension | null;
  /** What the expression works out to; null when it is 0 or could not be worked out. */
  inferred: Dimension | null;
  /** Why the check fails; absent when it passes. */
  problem?: string;
}

const SCALE_TOLERANCE = 1e-9;

export function sameDimension(a: Dimension, b: Dimension): boolean {
  return BASE_DIMENSIONS.every((base) => (a.exponents[base] ?? 0) === (b.exponents[base] ?? 0));
}

export function sameScale(a: Dimension, b: Dimension): boolean {
  return Math.abs(a.scale / b.scale - 1) <= SCALE_TOLERANCE;
}

/** "USD bbl⁻¹ (× 1e+6)": readable enough for a failing test. */
export function describeDimension(d: Dimension | null): string {
  if (!d) return 'any unit (0)';
  const parts = BASE_DIMENSIONS.filter((base) => (d.exponents[base] ?? 0) !== 0).map((base) => {
    const power = d.exponents[base]!;
    return power === 1 ? base : `${base}^${power}`;
  });
  return `${parts.join(' ') || 'dimensionless'} (× ${Number(d.scale.toPrecision(6))})`;
}

function combine(a: Dimension, b: Dimension, sign: 1 | -1): Dimension {
  const exponents: Partial<Record<BaseDimension, number>> = {};
  for (const base of BASE_DIMENSIONS) {
    const power = (a.exponents[base] ?? 0) + sign * (b.exponents[base] ?? 0);
    if (power !== 0) exponents[base] = power;
  }
  return { exponents, scale: sign === 1 ? a.scale * b.scale : a.scale / b.scale };
}

function isPowerOfTen(value: number): boolean {
  const exponent = Math.round(Math.log10(value));
  return value > 0 && Math.abs(value / 10 ** exponent - 1) < 1e-12;
}

/** Infers the dimension of `expr`; `unitOf` gives each symbol's dimension (or undefined if it has none). */
export function inferDimension(expr: string, unitOf: (symbol: string) => Dimension | undefined): Inferred {
  let node: MathNode;
  try {
    node = math.parse(expr);
  } catch (error) {
    return { ok: false, message: `it cannot be read: ${(error as Error).message}` };
  }
  return infer(node, unitOf);
}

function infer(node: MathNode, unitOf: (symbol: string) => Dimension | undefined): Inferred {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (value === 0) return { ok: true, dimension: null };
      if (typeof value === 'number' && isPowerOfTen(value))
        return { ok: true, dimension: { exponents: {}, scale: 1 / value } };
      return { ok: false, message: `the number ${String(value)} hides a unit: make it a named constant with a unit` };
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const dimension = unitOf(baselineTarget(name) ?? name);
      return dimension
        ? { ok: true, dimension }
        : { ok: false, message: `"${name}" has no unit with a known dimension` };
    }
    case 'ParenthesisNode':
      return infer((node as unknown as { content: MathNode }).content, unitOf);
    case 'OperatorNode': {
      const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
      if (fn === 'pow') return inferPower(node, args[0]!, args[1]!, unitOf);
      const inferred = args.map((arg) => infer(arg, unitOf));
      const failed = inferred.find((result) => !result.ok);
      if (failed) return failed;
      const dims = inferred.map((result) => (result as { dimension: Dimension | null }).dimension);
      if (fn === 'unaryMinus' || fn === 'unaryPlus') return { ok: true, dimension: dims[0] ?? null };
      if (fn === 'add' || fn === 'subtract') return sameOnEverySide(node, args, dims);
      if (fn === 'multiply' || fn === 'divide') {
        const [a, b] = dims;
        if (!a || !b) return { ok: true, dimension: null };
        return { ok: true, dimension: combine(a, b, fn === 'multiply' ? 1 : -1) };
      }
      return { ok: false, message: `the operator "${fn}" has no unit rule` };
    }
    case 'FunctionNode': {
      const { args } = node as unknown as { args: MathNode[] };
      const inferred = args.map((arg) => infer(arg, unitOf));
      const failed = inferred.find((result) => !result.ok);
      if (failed) return failed;
      return sameOnEverySide(
        node,
        args,
        inferred.map((result) => (result as { dimension: Dimension | null }).dimension),
      );
    }
    default:
      return { ok: false, message: `"${node.toString()}" has no unit rule` };
  }
}

/** A number written as the exponent (2, −1, (0.5)), or null when the exponent is anything else. */
function writtenExponent(node: MathNode): number | null {
  const { type } = node;
  if (type === 'ParenthesisNode') return writtenExponent((node as unknown as { content: MathNode }).content);
  if (type === 'ConstantNode') {
    const value = (node as unknown as { value: unknown }).value;
    return typeof value === 'number' ? value : null;
  }
  if (type === 'OperatorNode') {
    const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
    const inner = args.length === 1 ? writtenExponent(args[0]!) : null;
    if (inner === null) return null;
    if (fn === 'unaryMinus') return -inner;
    if (fn === 'unaryPlus') return inner;
  }
  return null;
}

const PURE_NUMBER: Dimension = { exponents: {}, scale: 1 };
const isPureNumber = (d: Dimension) => BASE_DIMENSIONS.every((b) => !d.exponents[b]) && sameScale(d, PURE_NUMBER);

function inferPower(
  node: MathNode,
  baseNode: MathNode,
  exponentNode: MathNode,
  unitOf: (symbol: string) => Dimension | undefined,
): Inferred {
  const base = infer(baseNode, unitOf);
  if (!base.ok) return base;
  const written = writtenExponent(exponentNode);
  if (written !== null) {
    if (!base.dimension) return { ok: true, dimension: null };
    if (!Number.isInteger(written) && !isPureNumber(base.dimension)) {
      return {
        ok: false,
        message: `in "${node.toString()}", a fractional power of ${describeDimension(base.dimension)} has no unit`,
      };
    }
    const exponents: Partial<Record<BaseDimension, number>> = {};
    for (const b of BASE_DIMENSIONS) {
      const power = (base.dimension.exponents[b] ?? 0) * written;
      if (power !== 0) exponents[b] = power;
    }
    return { ok: true, dimension: { exponents, scale: base.dimension.scale ** written } };
  }
  const exponent = infer(exponentNode, unitOf);
  if (!exponent.ok) return exponent;
  for (const [part, dimension] of [
    [exponentNode, exponent.dimension],
    [baseNode, base.dimension],
  ] as const) {
    if (dimension && !isPureNumber(dimension)) {
      return {
        ok: false,
        message: `in "${node.toString()}", "${part.toString()}" is ${describeDimension(dimension)} but a power with a symbol as exponent needs pure numbers (dimensionless, scale 1) on both sides`,
      };
    }
  }
  // 0 ^ x is 0 (any unit); x ^ 0 and pure ^ pure are pure numbers.
  return { ok: true, dimension: base.dimension === null ? null : PURE_NUMBER };
}

function sameOnEverySide(node: MathNode, args: MathNode[], dims: (Dimension | null)[]): Inferred {
  const known = dims.map((dimension, index) => ({ dimension, arg: args[index]! })).filter((d) => d.dimension);
  const first = known[0];
  if (!first) return { ok: true, dimension: null };
  for (const other of known.slice(1)) {
    const a = first.dimension!;
    const b = other.dimension!;
    if (!sameDimension(a, b) || !sameScale(a, b)) {
      return {
        ok: false,
        message: `in "${node.toString()}", "${first.arg.toString()}" is ${describeDimension(a)} but "${other.arg.toString()}" is ${describeDimension(b)}`,
      };
    }
  }
  return { ok: true, dimension: first.dimension };
}

/** Checks every equation of `declaration` against its declared unit, using `dimensions` (unit id → dimension). */
export function checkUnits(
  declaration: ModelDeclaration,
  dimensions: Readonly<Record<string, Dimension>>,
): EquationUnitCheck[] {
  const unitOfSymbol = new Map<string, string>([
    ...declaration.parameters.map((p): [string, string] => [keyToSymbol(p.key), p.unit]),
    ...declaration.constants.map((c): [string, string] => [c.name, c.unit]),
    ...declaration.equations.map((e): [string, string] => [e.name, e.unit]),
  ]);
  const unitOf = (symbol: string) => {
    const unit = unitOfSymbol.get(symbol);
    return unit === undefined ? undefined : dimensions[unit];
  };
  return declaration.equations.map((equation) => {
    const declared = dimensions[equation.unit] ?? null;
    const base = { equation: equation.name, unit: equation.unit, declared };
    if (!declared) return { ...base, inferred: null, problem: `the unit "${equation.unit}" has no dimension` };
    const result = inferDimension(equation.expr, unitOf);
    if (!result.ok) return { ...base, inferred: null, problem: result.message };
    const inferred = result.dimension;
    if (inferred && !(sameDimension(inferred, declared) && sameScale(inferred, declared))) {
      const problem = `it works out to ${describeDimension(inferred)} but "${equation.unit}" is ${describeDimension(declared)}`;
      return { ...base, inferred, problem };
    }
    return { ...base, inferred };
  });
}
