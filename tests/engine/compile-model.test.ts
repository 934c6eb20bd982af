import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';

describe('compileModel', () => {
  it('evaluates the baseline of the shipped model', () => {
    const model = compileModel(crudeLeverageModel);
    // Urals = Brent 70 − discount 12 (hand-computed).
    expect(model.baseline.urals).toBe(58);
  });
});
