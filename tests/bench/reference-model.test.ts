// Cross-checks the declared model (mathjs expressions run by the engine) against the hand-written reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceBaseline, referenceEvaluate } from '../../src/bench/reference-model.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { scenarioArbitrary } from '../models/crude-leverage/scenario-arbitrary.ts';

const model = compileModel(crudeLeverageModel);
const equationNames = crudeLeverageModel.equations.map((e) => e.name);

/**
 * Relative difference, measured against the larger magnitude but never against less than 1: a result that
 * should be zero (a change from the baseline at the baseline) may come out as 1e-16 on one side.
 */
function relativeDifference(a: number, b: number): number {
  if (a === b) return 0;
  return Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));
}

/** Names whose values differ by more than 1e-9 relative, with both values, for a readable failure. */
function mismatches(scenario: Record<string, number>): string[] {
  const engine = model.evaluate(scenario);
  const reference: Readonly<Record<string, number>> = referenceEvaluate(scenario);
  return equationNames
    .filter((name) => {
      const a = engine[name];
      const b = reference[name];
      return (
        a === undefined ||
        b === undefined ||
        !Number.isFinite(a) ||
        !Number.isFinite(b) ||
        relativeDifference(a, b) > 1e-9
      );
    })
    .map((name) => `${name}: engine ${engine[name]}, reference ${reference[name]}`);
}

describe('reference model', () => {
  it('gives every name the engine gives, and no other', () => {
    const engineNames = Object.keys(model.evaluate({})).sort();
    const referenceNames = Object.keys(referenceEvaluate({})).sort();
    expect(referenceNames).toEqual(engineNames);
    for (const name of equationNames) expect(referenceNames).toContain(name);
  });

  it('matches the engine at the defaults, and its baseline is the default scenario', () => {
    expect(mismatches({ ...model.defaults })).toEqual([]);
    for (const name of equationNames) {
      expect(relativeDifference(referenceBaseline()[name]!, model.baseline[name]!)).toBeLessThanOrEqual(1e-9);
    }
  });

  it('matches every equation of the engine within 1e-9 for every valid scenario', () => {
    fc.assert(
      fc.property(scenarioArbitrary(crudeLeverageModel.parameters), (scenario) => {
        expect(mismatches({ ...scenario })).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('matches at the corners of the sliders, where the max and min clamps bite', () => {
    const corners = [
      Object.fromEntries(crudeLeverageModel.parameters.map((p) => [p.key, p.min])),
      Object.fromEntries(crudeLeverageModel.parameters.map((p) => [p.key, p.max])),
      {
        ...model.defaults,
        drop: 40,
        'tariff-india': 500,
        'tariff-china': 500,
        'india-response-cut': 50,
        'china-response-cut': 50,
      },
      { ...model.defaults, brent: 40, drop: 40, 'products-crack': 5 },
      { ...model.defaults, india: 0, china: 0, 'refinery-outage': 1.5, 'sanctions-discount': 30 },
    ];
    for (const scenario of corners) expect(mismatches(scenario)).toEqual([]);
  });

  it('takes the default for a missing or non-finite value, as the engine does', () => {
    const scenario = { drop: Number.NaN, india: Number.POSITIVE_INFINITY, china: 1 };
    expect(mismatches(scenario)).toEqual([]);
    expect(referenceEvaluate(scenario).drop).toBe(model.defaults.drop);
  });
});
