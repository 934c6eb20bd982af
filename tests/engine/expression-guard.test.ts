// Tests guardExpression: only numbers, known symbols, + - * / ^, parentheses, max and min get through.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH, guardExpression } from '../../src/engine/expression-guard.ts';

const known = new Set(['price', 'volume', 'base_price']);
const isKnown = (name: string) => known.has(name);
const refusal = (expr: string) => {
  const result = guardExpression(expr, isKnown);
  return result.ok ? null : result.message;
};

describe('guardExpression', () => {
  it('accepts arithmetic on known symbols and returns the symbols read', () => {
    const result = guardExpression('max(0, price - 2) * volume / (1 + -base_price) + +3', isKnown);
    expect(result.ok).toBe(true);
    if (result.ok) expect([...result.symbols].sort()).toEqual(['base_price', 'price', 'volume']);
  });

  it('accepts powers, including a symbol as the exponent', () => {
    const result = guardExpression('volume * (1 + price / 100) ^ -base_price + 2 ^ 3 ^ 2', isKnown);
    expect(result.ok && [...result.symbols].sort()).toEqual(['base_price', 'price', 'volume']);
  });

  it('checks what a power raises and what it raises to, as it checks any other operand', () => {
    expect(refusal('price ^ evaluate("1")')).toMatch(/the function "evaluate" is not allowed/);
    expect(refusal('cost ^ 2')).toMatch(/unknown symbol "cost"/);
    expect(refusal('price ^ pi')).toMatch(/unknown symbol "pi"/);
    expect(refusal('2 ^ (price = 1)')).toMatch(/assignments are not allowed/);
    expect(refusal('price ^ [1, 2]')).toMatch(/arrays are not allowed/);
    expect(refusal('price .^ 2')).toMatch(/the operator "\.\^" is not allowed/);
    expect(refusal('price!')).toMatch(/the operator "!" is not allowed/);
  });

  it('does not list function names among the symbols read', () => {
    const result = guardExpression('min(price, 3)', isKnown);
    expect(result.ok && [...result.symbols]).toEqual(['price']);
  });

  const refused: [string, RegExp][] = [
    ['config({})', /the function "config" is not allowed \(only max, min\)/],
    ['import("fs")', /the function "import" is not allowed/],
    ['evaluate("1")', /the function "evaluate" is not allowed/],
    ['parse("1")', /the function "parse" is not allowed/],
    ['sqrt(4)', /the function "sqrt" is not allowed/],
    ['max()', /"max" needs at least one argument/],
    ['price = 1', /assignments are not allowed/],
    ['f(x) = x', /defining functions is not allowed/],
    ['price.constructor', /property access is not allowed/],
    ['price["constructor"]', /property access is not allowed/],
    ['price.toString()', /the function "price.toString" is not allowed/],
    ['[1, 2]', /arrays are not allowed/],
    ['{a: 1}', /objects are not allowed/],
    ['1; 2', /only one expression is allowed/],
    ['price > 1 ? 1 : 2', /conditions are not allowed/],
    ['1:3', /ranges are not allowed/],
    ['price mod 2', /the operator "mod" is not allowed/],
    ['price == 2', /the operator "==" is not allowed/],
    ['"text"', /"text" is not a plain number/],
    ['true', /"true" is not a plain number/],
    ['1e400', /"Infinity" is not a plain number/],
    ['pi', /unknown symbol "pi"/],
    ['NaN', /unknown symbol "NaN"|not a plain number/],
    ['price * cost', /unknown symbol "cost"/],
    ['', /the expression is empty/],
    ['price +', /it cannot be read/],
  ];
  for (const [expr, message] of refused) {
    it(`refuses ${JSON.stringify(expr)}`, () => expect(refusal(expr)).toMatch(message));
  }

  it('refuses a refused function nested deep inside allowed ones', () => {
    expect(refusal('max(0, min(price, 1 + evaluate("1")))')).toMatch(/"evaluate" is not allowed/);
  });

  it('accepts exactly MAX_EXPRESSION_LENGTH characters and refuses one more', () => {
    // A flat max(1,1,…,1): "max(1" + k × ",1" + ")" is 6 + 2k characters, so k = (500 − 6) / 2 = 247.
    const atLimit = `max(1${',1'.repeat((MAX_EXPRESSION_LENGTH - 6) / 2)})`;
    expect(atLimit).toHaveLength(MAX_EXPRESSION_LENGTH);
    expect(refusal(atLimit)).toBeNull();
    expect(refusal(`${atLimit} `)).toMatch(/longer than 500 characters/);
  });

  it('accepts nesting up to MAX_EXPRESSION_DEPTH and refuses deeper', () => {
    // n parentheses put the number at depth n (the outermost node is depth 0).
    const nested = (n: number) => `${'('.repeat(n)}1${')'.repeat(n)}`;
    expect(refusal(nested(MAX_EXPRESSION_DEPTH))).toBeNull();
    expect(refusal(nested(MAX_EXPRESSION_DEPTH + 1))).toMatch(/nested more than 24 levels deep/);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (expr) => {
        const result = guardExpression(expr, isKnown);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  // Allowing ^ must open nothing else: a text without ^ gets the verdict it got before, and ^ in place of *
  // is accepted exactly when * was. Texts are built from tokens that reach every kind of node the guard sees.
  it('gives ^ the same verdict as *, so nothing refused before is accepted now', () => {
    const token = fc.constantFrom(
      ...['price', 'volume', 'cost', 'pi', '2', '0.5', '1e400', '"t"', 'true', '+', '-', '*', '/', '^', '.^'],
      ...['(', ')', ',', '[', ']', '{', '}', '=', '==', '>', '?', ':', ';', '.', '!', 'max(', 'evaluate(', 'mod'],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const withPower = tokens.join(' ');
        const withTimes = tokens.map((t) => (t === '^' ? '*' : t)).join(' ');
        expect(refusal(withPower) === null).toBe(refusal(withTimes) === null);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses non-strings without throwing', () => {
    expect(guardExpression(undefined as unknown as string, isKnown)).toEqual({
      ok: false,
      message: 'the expression is empty',
    });
  });
});
