// Tests the engine's mathjs instance: the allowed functions and operators work, nothing else is built in.
import { describe, expect, it } from 'vitest';
import { ALLOWED_FUNCTIONS, ALLOWED_OPERATORS, math } from '../../src/engine/math.ts';

const run = (expr: string, scope = new Map<string, number>()) => math.parse(expr).compile().evaluate(scope) as unknown;

describe('math instance', () => {
  it('allows max and min only', () => {
    expect([...ALLOWED_FUNCTIONS].sort()).toEqual(['max', 'min']);
  });

  it('evaluates every allowed function on plain numbers', () => {
    expect(run('max(1, 7, 3)')).toBe(7);
    expect(run('min(4, -2, 9)')).toBe(-2);
  });

  it('evaluates every allowed operator on plain numbers', () => {
    // 8 + 2 = 10; 8 − 2 = 6; 8 × 2 = 16; 8 / 2 = 4; −8; +8; 8² = 64.
    const scope = new Map([
      ['a', 8],
      ['b', 2],
    ]);
    const expected: Record<string, number> = {
      add: 10,
      subtract: 6,
      multiply: 16,
      divide: 4,
      unaryMinus: -8,
      unaryPlus: 8,
      pow: 64,
    };
    const exprs: Record<string, string> = {
      add: 'a + b',
      subtract: 'a - b',
      multiply: 'a * b',
      divide: 'a / b',
      unaryMinus: '-a',
      unaryPlus: '+a',
      pow: 'a ^ b',
    };
    expect([...ALLOWED_OPERATORS].sort()).toEqual(Object.keys(expected).sort());
    for (const fn of ALLOWED_OPERATORS) expect(run(exprs[fn]!, scope)).toBe(expected[fn]);
  });

  it('raises to fractional and negative powers in plain numbers, with mathjs precedence', () => {
    // 1.25^−0.76 = exp(−0.76 × ln 1.25) = exp(−0.76 × 0.2231436) = exp(−0.1695891) = 0.8440115.
    expect(run('1.25 ^ -0.76') as number).toBeCloseTo(0.8440115, 6);
    // ^ binds tighter than unary minus and is right-associative: −(2²) and 2^(3²).
    expect(run('-2 ^ 2')).toBe(-4);
    expect(run('2 ^ 3 ^ 2')).toBe(512);
    // No complex numbers in this instance: a negative base with a fractional power is NaN, which the remix check refuses.
    expect(run('(-8) ^ (1 / 3)')).toBeNaN();
  });

  it('computes in plain JavaScript numbers', () => {
    // 0.1 + 0.2 in doubles is 0.30000000000000004, not a BigNumber or Fraction.
    expect(run('0.1 + 0.2')).toBe(0.1 + 0.2);
  });

  // The instance still carries dependencies such as abs and parse, so the expression guard stays the real gate.
  it('is not the full mathjs: common functions and the evaluator are missing', () => {
    for (const name of ['sqrt', 'exp', 'log', 'cos', 'evaluate', 'compile', 'simplify', 'derivative']) {
      expect(() => run(`${name}(4)`)).toThrow(/Undefined function/);
    }
  });
});
