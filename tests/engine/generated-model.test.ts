// Tests the generated model code: it agrees with the interpreted engine bit for bit, refuses what the checker refuses, and is never stale.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { model as pageModel } from '../../src/app/model.ts';
import { ModelDeclarationError } from '../../src/engine/check-declaration.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { generateModelCode } from '../../src/engine/generate-model-code.ts';
import { type GeneratedModelCode, modelFromGeneratedCode } from '../../src/engine/generated-model.ts';
import type { ModelDeclaration, Results } from '../../src/engine/types.ts';
import * as generated from '../../src/generated/model.ts';
import { constant, equation, parameter, tinyDeclaration } from './tiny-declaration.ts';

const interpreted = compileModel(crudeLeverageModel);
const ENGINE = resolve(import.meta.dirname, '../../src/engine');
const scratch = mkdtempSync(join(tmpdir(), 'generated-model-'));
let files = 0;

/** Generates `declaration`'s code into a scratch file and imports it, as the build does with the real model. */
async function loadGenerated(declaration: ModelDeclaration): Promise<GeneratedModelCode<Results>> {
  const file = join(scratch, `model-${files++}.ts`);
  writeFileSync(file, generateModelCode(declaration, { engineImport: ENGINE, sourceName: 'a test' }));
  return (await import(/* @vite-ignore */ file)) as GeneratedModelCode<Results>;
}

/** Same keys in the same order, and every value the same double (Object.is tells −0 from 0 and sees NaN). */
function expectSameBits(actual: Results, expected: Results): void {
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  const differing = Object.keys(expected).filter((key) => !Object.is(actual[key], expected[key]));
  expect(differing.map((key) => `${key}: ${actual[key]} vs ${expected[key]}`)).toEqual([]);
}

describe('the generated Crude Leverage model', () => {
  it('is the model the page runs, with the baseline the engine computes', () => {
    expect(pageModel.evaluate).toBe(generated.evaluate);
    expectSameBits(pageModel.baseline, interpreted.baseline);
    expect(pageModel.defaults).toEqual(interpreted.defaults);
  });

  it("carries each parameter's range, default and spread for the worker, as declared", () => {
    expect(generated.parameterRanges).toEqual(
      crudeLeverageModel.parameters.map((p) => ({
        key: p.key,
        min: p.min,
        max: p.max,
        default: p.default,
        ...(p.spread ? { spread: { below: p.spread.below, above: p.spread.above } } : {}),
      })),
    );
  });

  it('agrees bit for bit with the interpreted engine on every preset', () => {
    expect(crudeLeverageModel.presets.length).toBeGreaterThan(0);
    for (const preset of crudeLeverageModel.presets) {
      const scenario = { ...interpreted.defaults, ...preset.values };
      expectSameBits(generated.evaluate(scenario), interpreted.evaluate(scenario));
    }
  });

  it('agrees bit for bit on random scenarios across every slider range', () => {
    const scenarios = fc.record(
      Object.fromEntries(
        crudeLeverageModel.parameters.map((p) => [p.key, fc.double({ min: p.min, max: p.max, noNaN: true })]),
      ),
    );
    fc.assert(
      fc.property(scenarios, (scenario) =>
        expectSameBits(generated.evaluate(scenario), interpreted.evaluate(scenario)),
      ),
      { numRuns: 1500 },
    );
    // Two engines a run, the interpreted one about 25 µs a scenario: seconds on a loaded two-core machine.
  }, 60_000);

  it('agrees bit for bit where values leave their ranges, go missing or are not numbers', () => {
    const anyValue = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e-300, -1e300),
      fc.constant(undefined),
      fc.string(),
    );
    const scenarios = fc.dictionary(
      fc.constantFrom(...crudeLeverageModel.parameters.map((p) => p.key), 'constructor', 'not-a-key'),
      anyValue,
    );
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const given = scenario as unknown as Record<string, number>;
        expectSameBits(generated.evaluate(given), interpreted.evaluate(given));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('generateModelCode on hand-written declarations', () => {
  it('gives the tiny model the results worked out by hand', async () => {
    const code = await loadGenerated(tinyDeclaration());
    // netPrice = max(0, 10 − 3) = 7; income = 2 × 7 = 14; change = 0 at the baseline.
    expect(code.baseline).toMatchObject({ oilPrice: 10, volume: 2, fee: 3, netPrice: 7, income: 14, change: 0 });
    // At oilPrice 2: netPrice = max(0, −1) = 0, income 0, change −14.
    expect(code.evaluate({ 'oil-price': 2 })).toMatchObject({ netPrice: 0, income: 0, change: -14 });
  });

  it("keeps mathjs's edge cases: near-equal max and min, NaN, −0, powers, precedence and folds", async () => {
    const declaration = tinyDeclaration({
      parameters: [
        parameter({ key: 'a', min: -100, max: 100, default: 0 }),
        parameter({ key: 'b', min: -100, max: 100, default: 0 }),
        parameter({ key: 'c', min: -100, max: 100, default: 0 }),
      ],
      constants: [constant({ name: 'negativeZero', value: -0 }), constant({ name: 'tiny', value: 1e-16 })],
      equations: [
        equation('nearMax', 'max(0, tiny)'),
        equation('nearMin', 'min(tiny, 0)'),
        equation('fold', 'max(a, b, c) - min(a, b, c, -1)'),
        equation('signed', 'negativeZero * a - -b'),
        equation('power', '-a ^ 2 ^ -1 + (1 + b / 100) ^ c'),
        equation('chain', 'a - b - c / 2 / 4 + +a'),
        equation('implicit', '2 a * (b + 1)'),
        equation('nanFold', 'max(a, 0 / 0, b) + min(b, a / 0)'),
      ],
    });
    const code = await loadGenerated(declaration);
    const reference = compileModel(declaration);
    const values = [0, -0, 1, -1, 0.5, 2.5, 1e-13, -1e-13, 99, -100, Number.NaN];
    for (const a of values)
      for (const b of values)
        for (const c of [0, -3, 2.5, 1e-14]) {
          expectSameBits(code.evaluate({ a, b, c }), reference.evaluate({ a, b, c }));
        }
    // Near-equal values count as equal in mathjs, so the first argument stays.
    expect(Object.is(code.baseline.nearMax, 0)).toBe(true);
    expect(code.baseline.nearMin).toBe(1e-16);
  });

  it('refuses a broken declaration with the same problems compileModel lists', () => {
    const broken = tinyDeclaration({
      equations: [equation('income', 'volume * missing'), equation('loop', 'loop + 1'), equation('bad', 'x = 1')],
    });
    let expected: readonly string[] = [];
    try {
      compileModel(broken);
    } catch (error) {
      expected = (error as ModelDeclarationError).problems;
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(() => generateModelCode(broken, { engineImport: ENGINE, sourceName: 'a test' })).toThrow(
      ModelDeclarationError,
    );
    try {
      generateModelCode(broken, { engineImport: ENGINE, sourceName: 'a test' });
    } catch (error) {
      expect((error as ModelDeclarationError).problems).toEqual(expected);
      expect((error as Error).message).toContain('equation "income": unknown symbol "missing"');
    }
  });

  it('is refused when generated from another declaration (a stale file)', async () => {
    const code = await loadGenerated(tinyDeclaration());
    const edited = tinyDeclaration({ constants: [constant({ name: 'fee', value: 4 })] });
    expect(() => modelFromGeneratedCode(edited, code)).toThrow(/out of date.*npm run generate/);
    expect(modelFromGeneratedCode(tinyDeclaration(), code).baseline.income).toBe(14);
  });
});
