// Parses an expression and checks its tree against an allowlist before anything can run it.
import type { MathNode } from 'mathjs';
import { ALLOWED_FUNCTIONS, ALLOWED_OPERATORS, math } from './math.ts';

export const MAX_EXPRESSION_LENGTH = 500;
export const MAX_EXPRESSION_DEPTH = 24;

export type GuardResult = { ok: true; node: MathNode; symbols: ReadonlySet<string> } | { ok: false; message: string };

/**
 * Parses `expr` and accepts only numbers, known symbols, parentheses, + - * / ^ and the allowed
 * functions. `isKnownSymbol` decides which names exist. Never throws.
 */
export function guardExpression(expr: string, isKnownSymbol: (name: string) => boolean): GuardResult {
  if (typeof expr !== 'string' || expr.trim() === '') return { ok: false, message: 'the expression is empty' };
  if (expr.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, message: `the expression is longer than ${MAX_EXPRESSION_LENGTH} characters` };
  }
  let node: MathNode;
  try {
    node = math.parse(expr);
  } catch (error) {
    return { ok: false, message: `it cannot be read: ${(error as Error).message}` };
  }
  const symbols = new Set<string>();
  const problem = checkNode(node, 0, isKnownSymbol, symbols);
  return problem ? { ok: false, message: problem } : { ok: true, node, symbols };
}

function checkNode(
  node: MathNode,
  depth: number,
  isKnownSymbol: (name: string) => boolean,
  symbols: Set<string>,
): string | null {
  if (depth > MAX_EXPRESSION_DEPTH) return `it is nested more than ${MAX_EXPRESSION_DEPTH} levels deep`;
  const children: MathNode[] = [];
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      if (typeof value !== 'number' || !Number.isFinite(value)) return `"${String(value)}" is not a plain number`;
      return null;
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (!isKnownSymbol(name)) return `unknown symbol "${name}"`;
      symbols.add(name);
      return null;
    }
    case 'ParenthesisNode':
      children.push((node as unknown as { content: MathNode }).content);
      break;
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; op: string; args: MathNode[] };
      if (!ALLOWED_OPERATORS.has(op.fn)) return `the operator "${op.op}" is not allowed (use + - * / ^)`;
      children.push(...op.args);
      break;
    }
    case 'FunctionNode': {
      const fn = node as unknown as { fn: MathNode; args: MathNode[] };
      const name = fn.fn.type === 'SymbolNode' ? (fn.fn as unknown as { name: string }).name : '';
      if (!ALLOWED_FUNCTIONS.has(name)) {
        return `the function "${name || fn.fn.toString()}" is not allowed (only ${[...ALLOWED_FUNCTIONS].join(', ')})`;
      }
      if (fn.args.length < 1) return `"${name}" needs at least one argument`;
      children.push(...fn.args);
      break;
    }
    default:
      return `"${node.toString()}" is not allowed here (${describeNodeType(node.type)})`;
  }
  for (const child of children) {
    const problem = checkNode(child, depth + 1, isKnownSymbol, symbols);
    if (problem) return problem;
  }
  return null;
}

function describeNodeType(type: string): string {
  const names: Record<string, string> = {
    AssignmentNode: 'assignments are not allowed',
    FunctionAssignmentNode: 'defining functions is not allowed',
    AccessorNode: 'property access is not allowed',
    IndexNode: 'indexing is not allowed',
    ObjectNode: 'objects are not allowed',
    ArrayNode: 'arrays are not allowed',
    BlockNode: 'only one expression is allowed',
    ConditionalNode: 'conditions are not allowed (use max or min)',
    RangeNode: 'ranges are not allowed',
    RelationalNode: 'comparisons are not allowed (use max or min)',
  };
  return names[type] ?? `${type} is not allowed`;
}
