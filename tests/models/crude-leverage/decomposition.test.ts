// Tests the decomposition groups: labelled, disjoint, and leaving out only parameters that never move income.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../src/engine/compile-model.ts';
import { KEY_PATTERN } from '../../../src/engine/symbols.ts';
import type { Scenario } from '../../../src/engine/types.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { decompositionGroups } from '../../../models/crude-leverage/decomposition.ts';
import { gridValue, scenarioArbitrary, stepCount } from './scenario-arbitrary.ts';

const model = compileModel(crudeLeverageModel);
const parameters = crudeLeverageModel.parameters;
const assigned = decompositionGroups.flatMap((group) => group.keys);
const unassigned = parameters.filter((p) => !assigned.includes(p.key));
const totalIncome = (scenario: Partial<Scenario>) => model.evaluate(scenario).totalIncome!;
const corner = (end: 'min' | 'max'): Scenario => Object.fromEntries(parameters.map((p) => [p.key, p[end]]));

describe('decomposition groups', () => {
  it('are the six groups of the brief, in display order', () => {
    expect(Object.fromEntries(decompositionGroups.map((g) => [g.id, g.keys]))).toEqual({
      price: ['drop', 'brent', 'price-response', 'replacement-share'],
      discounts: ['urals-discount', 'sanctions-discount', 'espo-discount', 'products-crack', 'china-espo-share'],
      india: ['india'],
      china: ['china', 'china-pipeline'],
      'other-buyers': ['turkey', 'eu', 'other', 'products', 'refinery-outage', 'outage-lost-share'],
      tariffs: [
        'tariff-india',
        'tariff-china',
        'india-response-discount',
        'china-response-discount',
        'india-response-cut',
        'china-response-cut',
        'market-repricing',
        'reroute-share',
        'reroute-discount',
      ],
    });
  });

  it('have unique kebab-case ids and English and Traditional Chinese labels', () => {
    const ids = decompositionGroups.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of decompositionGroups) {
      expect(group.id).toMatch(KEY_PATTERN);
      expect(group.label.en.trim(), group.id).not.toBe('');
      expect(group.label['zh-Hant'].trim(), group.id).not.toBe('');
      expect(group.keys.length, group.id).toBeGreaterThan(0);
    }
  });

  it('name only declared parameters, each in at most one group', () => {
    for (const key of assigned) expect(model.parameterByKey.has(key), key).toBe(true);
    expect(new Set(assigned).size).toBe(assigned.length);
  });

  // The world-price response moves Brent, so it is credited to the oil price; only the budget and the
  // buyer's calculus move no income.
  it('leave out only the budget and buyer-calculus parameters', () => {
    expect(unassigned.map((p) => p.key)).toEqual(
      parameters.filter((p) => p.group === 'budget' || p.group === 'calculus').map((p) => p.key),
    );
  });

  it('include only parameters that move income somewhere (here: both tariffs at 100%, buyers cutting 50%)', () => {
    const busy = {
      'tariff-india': 100,
      'tariff-china': 100,
      'india-response-cut': 5,
      'china-response-cut': 5,
      'refinery-outage': 0.5,
    };
    for (const key of assigned) {
      const p = model.parameterByKey.get(key)!;
      expect(totalIncome({ ...busy, [key]: p.min }), key).not.toBe(totalIncome({ ...busy, [key]: p.max }));
    }
  });
});

describe('a parameter in no group', () => {
  const contexts: [string, Partial<Scenario>][] = [
    ['defaults', {}],
    ['every minimum', corner('min')],
    ['every maximum', corner('max')],
  ];
  for (const p of unassigned) {
    it(`${p.key}: never changes total income, at any value on its slider`, () => {
      for (const [name, context] of contexts) {
        const expected = totalIncome(context);
        for (let i = 0; i <= stepCount(p); i++) {
          expect(totalIncome({ ...context, [p.key]: gridValue(p, i) }), `${name}, ${p.key} step ${i}`).toBe(expected);
        }
      }
    });
  }

  it('never changes total income in any valid scenario, so no part of a change can be lost', () => {
    const key = fc.constantFrom(...unassigned);
    const moved = key.chain((p) =>
      fc.tuple(
        fc.constant(p.key),
        fc.integer({ min: 0, max: stepCount(p) }).map((i) => gridValue(p, i)),
      ),
    );
    fc.assert(
      fc.property(scenarioArbitrary(parameters), moved, (scenario, [k, value]) => {
        expect(totalIncome({ ...scenario, [k]: value })).toBe(totalIncome(scenario));
      }),
      { numRuns: 500 },
    );
  });
});
