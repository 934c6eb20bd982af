// Tests the check runner: grids, each kind of rule, and that a deliberately broken model fails with a useful message.
import { describe, expect, it } from 'vitest';
import { modelChecks } from '../../models/crude-leverage/checks.ts';
import type { ModelCheck } from '../../src/engine/check-types.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { gridScenarios, gridSize, runCheck, runChecks } from '../../src/analysis/model-checks.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import type { ModelDeclaration } from '../../src/engine/types.ts';
import { tinyDeclaration } from '../engine/tiny-declaration.ts';

const text = (en: string) => ({ en, 'zh-Hant': en });
const check = (id: string, kind: ModelCheck['kind'], grid: ModelCheck['grid'] = {}): ModelCheck => ({
  id,
  title: text(id),
  description: text(id),
  grid,
  kind,
});
const shipped = (id: string) => modelChecks.find((c) => c.id === id)!;

/** A copy of the Crude Leverage declaration with some equations rewritten. */
function broken(edits: Record<string, string>, changes: Partial<ModelDeclaration> = {}) {
  const equations = crudeLeverageModel.equations.map((e) => (edits[e.name] ? { ...e, expr: edits[e.name]! } : e));
  return compileModel({ ...crudeLeverageModel, equations, ...changes });
}

describe('grids', () => {
  it('list every combination, the last key fastest', () => {
    expect([...gridScenarios({ a: [1, 2], b: [5, 6, 7] })]).toEqual([
      { a: 1, b: 5 },
      { a: 1, b: 6 },
      { a: 1, b: 7 },
      { a: 2, b: 5 },
      { a: 2, b: 6 },
      { a: 2, b: 7 },
    ]);
    expect(gridSize({ a: [1, 2], b: [5, 6, 7] })).toBe(6);
  });

  it('run the defaults once for an empty grid, and nothing for an empty list', () => {
    expect([...gridScenarios({})]).toEqual([{}]);
    expect([...gridScenarios({ a: [] })]).toEqual([]);
  });
});

describe('each kind of rule on a tiny model', () => {
  // netPrice = max(0, oilPrice − 3); income = volume × netPrice; change = income − 14 (the baseline's).
  const tiny = compileModel(tinyDeclaration());

  it('non-increasing: passes when the output falls and names both points when it rises', () => {
    const falls = runCheck(
      tiny,
      check('fee', { type: 'non-increasing', in: 'oil-price', output: 'change' }, { 'oil-price': [9, 5, 1] }),
    );
    expect(falls.passed).toBe(false);
    expect(falls.failure!.detail).toBe('change rose from -14 to -10 as oil-price went from 1 to 5 (with the defaults)');
    expect(falls.failure!.scenario).toEqual({ 'oil-price': 5 });
    expect(falls.evaluated).toBe(2);
    const passes = runCheck(
      tiny,
      check(
        'v',
        { type: 'non-increasing', in: 'volume', output: 'netPrice' },
        { volume: [0, 1, 2], 'oil-price': [0, 50] },
      ),
    );
    expect(passes).toEqual({ id: 'v', passed: true, evaluated: 6 });
  });

  it('finite-nonnegative: names the output below zero', () => {
    const result = runCheck(
      tiny,
      check('n', { type: 'finite-nonnegative', outputs: ['income', 'change'] }, { 'oil-price': [10, 0] }),
    );
    expect(result.failure).toEqual({
      scenario: { 'oil-price': 0 },
      detail: 'change is -14, below zero at oil-price = 0',
    });
  });

  it('calibration: reports the measured value and how far it is from the target', () => {
    const ok = runCheck(
      tiny,
      check('c', {
        type: 'calibration',
        output: 'income',
        days: 30,
        scale: 0.5,
        target: 210,
        tolerancePct: 0,
        source: 'assumption',
      }),
    );
    expect(ok).toEqual({ id: 'c', passed: true, evaluated: 1, measured: 210 });
    const off = runCheck(
      tiny,
      check('c', {
        type: 'calibration',
        output: 'income',
        days: 1,
        scale: 1,
        target: 15,
        tolerancePct: 3,
        source: 'assumption',
      }),
    );
    expect(off.failure!.detail).toBe(
      'income × 1 days × 1 is 14, -6.66667% from the target 15 (allowed ±3%) at the defaults',
    );
  });

  it('identity: shows both sums', () => {
    const result = runCheck(tiny, check('i', { type: 'identity', left: ['income'], right: ['netPrice', 'volume'] }));
    expect(result.failure!.detail).toBe('income is 14 but netPrice + volume is 9 at the defaults');
  });

  it('fails, without evaluating, on unknown parameters or outputs', () => {
    expect(
      runCheck(tiny, check('u', { type: 'identity', left: ['income'], right: ['income'] }, { zzz: [1] })).failure!
        .detail,
    ).toMatch(/unknown parameters: zzz/);
    expect(runCheck(tiny, check('u', { type: 'identity', left: ['nope'], right: ['income'] })).failure!.detail).toMatch(
      /no result named nope/,
    );
    expect(
      runCheck(tiny, check('u', { type: 'non-increasing', in: 'volume', output: 'income' })).failure!.detail,
    ).toMatch(/does not sweep volume/);
  });
});

describe('a deliberately broken Crude Leverage model', () => {
  it('fails "tariff on India" when the extra discount is added instead of subtracted', () => {
    const model = broken({ indiaIncome: 'indiaKept * max(0, urals + indiaWidening)' });
    const result = runCheck(model, shipped('india-tariff-lowers-income'));
    expect(result.passed).toBe(false);
    expect(result.failure!.detail).toMatch(
      /^totalIncome rose from [\d.]+ to [\d.]+ as tariff-india went from 0 to 5 \(with /,
    );
    expect(result.failure!.scenario['tariff-india']).toBe(5);
    // The other checks do not notice the flip on China's side.
    expect(runCheck(model, shipped('china-tariff-lowers-income')).passed).toBe(true);
  });

  it('fails "drop" when the drop raises Brent', () => {
    const result = runCheck(broken({ brentNow: 'max(0, brent + drop)' }), shipped('drop-lowers-income'));
    expect(result.failure!.detail).toMatch(/totalIncome rose .* as drop went from -20 to -19/);
  });

  it('fails "cut" when a cut share is turned into extra purchases', () => {
    const result = runCheck(broken({ indiaKept: 'india * (1 + indiaCutShare)' }), shipped('cut-lowers-income'));
    expect(result.failure!.detail).toMatch(/as india-response-cut went from 0 to 0.5/);
  });

  it('fails "finite" when an income can go negative, naming it and the scenario', () => {
    const result = runCheck(broken({ productPrice: 'brentNow + productsCrack - 100' }), shipped('income-finite'));
    expect(result.failure!.detail).toMatch(
      /^productsIncome is -[\d.]+, below zero at drop = 0, tariff-india = 0, tariff-china = 0$/,
    );
    expect(result.evaluated).toBe(1);
  });

  it('fails the identities when a buyer is left out of the total or barrels vanish', () => {
    expect(
      runCheck(
        broken({ crudeIncome: 'indiaIncome + chinaIncome + turkeyIncome + euIncome + otherIncome' }),
        shipped('income-adds-up'),
      ).failure!.detail,
    ).toMatch(/indiaIncome \+ .* is [\d.]+ but totalIncome is [\d.]+ at drop = 0/);
    expect(runCheck(broken({ lostVolume: 'indiaDropped - reroutedVolume' }), shipped('barrels-add-up')).passed).toBe(
      false,
    );
  });

  it('fails R1 when the products discount is miscalibrated', () => {
    const parameters = crudeLeverageModel.parameters.map((p) =>
      p.key === 'products-crack' ? { ...p, default: -15 } : p,
    );
    const result = runCheck(broken({}, { parameters }), shipped('calibration-r1'));
    expect(result.passed).toBe(false);
    expect(result.measured).toBeCloseTo(((448 - 9 * 2.75) * 31) / 1000, 9);
    expect(result.failure!.detail).toMatch(
      /totalIncome × 31 days × 0.001 is 13.12\d*, -8.24\d*% from the target 14.3 \(allowed ±3%\)/,
    );
  });

  it('passes everything else in the broken copies it did not break (runChecks keeps the order)', () => {
    const results = runChecks(broken({ indiaIncome: 'indiaKept * max(0, urals + indiaWidening)' }), modelChecks);
    expect(results.map((r) => r.id)).toEqual(modelChecks.map((c) => c.id));
    expect(results.filter((r) => !r.passed).map((r) => r.id)).toEqual(['india-tariff-lowers-income']);
  });

  it('reports an error thrown while evaluating as a failure', () => {
    const model = compileModel(tinyDeclaration());
    const throwing = {
      ...model,
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const result = runCheck(throwing, check('t', { type: 'identity', left: ['income'], right: ['income'] }));
    expect(result.failure!.detail).toBe('the model failed at the defaults: boom');
  });
});
