// Tests finding the first equation without a finite value, the check behind every flag of a division by zero.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import { firstNonFiniteEquation } from '../../src/engine/non-finite.ts';
import { tinyDeclaration } from './tiny-declaration.ts';

describe('firstNonFiniteEquation', () => {
  it('is null for finite results, and names the first equation that is NaN or infinite', () => {
    const model = compileModel(tinyDeclaration());
    const results = model.evaluate({});
    expect(firstNonFiniteEquation(model, results)).toBeNull();
    const [first, second] = model.declaration.equations.map((e) => e.name);
    expect(firstNonFiniteEquation(model, { ...results, [second!]: Number.POSITIVE_INFINITY })).toBe(second);
    expect(firstNonFiniteEquation(model, { ...results, [first!]: Number.NaN, [second!]: Infinity })).toBe(first);
  });

  it('treats a missing result as not finite rather than reading Object.prototype', () => {
    const model = compileModel(tinyDeclaration());
    const { [model.declaration.equations[0]!.name]: _left, ...rest } = model.evaluate({});
    expect(firstNonFiniteEquation(model, rest)).toBe(model.declaration.equations[0]!.name);
  });
});
