// Tests compileModel: ordering, baseline symbols, defaults and fallbacks, on a tiny declaration and the shipped model.
import { describe, expect, it } from 'vitest';
import { ModelDeclarationError } from '../../src/engine/check-declaration.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { equation, tinyDeclaration } from './tiny-declaration.ts';

describe('compileModel on a tiny declaration', () => {
  const tiny = compileModel(tinyDeclaration());

  it('runs equations declared out of order after what they read', () => {
    // netPrice = max(0, 10 − 3) = 7; income = 2 × 7 = 14; change = 14 − 14 = 0.
    expect(tiny.baseline).toMatchObject({ netPrice: 7, income: 14, change: 0 });
  });

  it('exposes parameters and constants under their symbols', () => {
    expect(tiny.baseline).toMatchObject({ oilPrice: 10, volume: 2, fee: 3 });
  });

  it('reads base_ symbols from the baseline, not from the scenario', () => {
    // oilPrice 20: netPrice 17, income 2 × 17 = 34; change = 34 − base_income 14 = 20.
    const results = tiny.evaluate({ 'oil-price': 20 });
    expect(results).toMatchObject({ netPrice: 17, income: 34, change: 20 });
  });

  it('gives missing scenario keys their defaults', () => {
    // volume 4, oilPrice default 10: income = 4 × 7 = 28.
    expect(tiny.evaluate({ volume: 4 })).toMatchObject({ oilPrice: 10, volume: 4, income: 28, change: 14 });
    expect(tiny.evaluate({})).toEqual(tiny.baseline);
  });

  it('falls back to the default for NaN, ±Infinity and non-numbers', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '20' as unknown as number]) {
      const results = tiny.evaluate({ 'oil-price': bad, volume: 4 });
      // oilPrice falls back to 10, volume 4 is kept: income 28.
      expect(results.oilPrice).toBe(10);
      expect(results.income).toBe(28);
    }
  });

  it('ignores unknown scenario keys', () => {
    expect(tiny.evaluate({ unknown: 99 } as Record<string, number>)).toEqual(tiny.baseline);
  });

  it('lists the defaults and the parameters by key', () => {
    expect(tiny.defaults).toEqual({ 'oil-price': 10, volume: 2 });
    expect(tiny.parameterByKey.get('volume')?.step).toBe(0.5);
    expect(Object.isFrozen(tiny.defaults)).toBe(true);
    expect(Object.isFrozen(tiny.baseline)).toBe(true);
  });

  it('does not change the baseline when a scenario runs', () => {
    tiny.evaluate({ 'oil-price': 50, volume: 5 });
    expect(tiny.baseline.income).toBe(14);
  });

  it('lets the max of a floor clip a result', () => {
    // oilPrice 1 < fee 3, so netPrice = max(0, −2) = 0.
    expect(tiny.evaluate({ 'oil-price': 1 }).netPrice).toBe(0);
  });

  it('sorts a longer chain declared backwards', () => {
    const chain = compileModel(
      tinyDeclaration({
        equations: [equation('d', 'c + 1'), equation('c', 'b * 2'), equation('b', 'oilPrice + fee')],
      }),
    );
    // b = 10 + 3 = 13; c = 26; d = 27.
    expect(chain.baseline).toMatchObject({ b: 13, c: 26, d: 27 });
  });

  it('throws ModelDeclarationError listing every problem', () => {
    const broken = tinyDeclaration({
      equations: [equation('income', 'volume * price'), equation('tax', 'config({})')],
    });
    let error: unknown;
    try {
      compileModel(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelDeclarationError);
    const problems = (error as ModelDeclarationError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/equation "income".*unknown symbol "price"/);
    expect(problems[1]).toMatch(/equation "tax".*function "config" is not allowed/);
    expect((error as Error).message).toContain('2 problem(s)');
  });
});

describe('compileModel on the Crude Leverage model', () => {
  const model = compileModel(crudeLeverageModel);

  it('evaluates the baseline of the shipped model', () => {
    // Urals = Brent 70 − discount 12 (hand-computed).
    expect(model.baseline.urals).toBe(58);
  });

  it('has a default for every parameter and a finite result for every equation', () => {
    expect(Object.keys(model.defaults)).toHaveLength(crudeLeverageModel.parameters.length);
    for (const e of crudeLeverageModel.equations) expect(Number.isFinite(model.baseline[e.name])).toBe(true);
  });
});
