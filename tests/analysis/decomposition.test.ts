// Tests the Shapley decomposition: hand-checked splits, interactions, exact additivity and order independence.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type DecomposeOptions,
  type GroupKeys,
  absorbResidue,
  decompose as decomposeWith,
} from '../../src/analysis/decomposition.ts';
import type { CompiledModel } from '../../src/engine/compile-model.ts';
import { headlineOf } from '../../src/engine/output-types.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import type { Results, Scenario } from '../../src/engine/types.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { decompositionGroups as groups } from '../../models/crude-leverage/decomposition.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';
import { scenarioArbitrary } from '../models/crude-leverage/scenario-arbitrary.ts';

/** Version 1's rules (no world-price response, no market repricing), so that the hand sums below stay short. */
const model = compileModel({
  ...crudeLeverageModel,
  parameters: crudeLeverageModel.parameters.map((p) =>
    p.key === 'price-response' || p.key === 'market-repricing' ? { ...p, default: 0 } : p,
  ),
});
/** $M/day → USD bn in a month of 365/12 days, written out so the test does not reuse the code's helper. */
const bn = (usdMPerDay: number) => (usdMPerDay * 365) / 12 / 1000;
const month = (scenario: Partial<Scenario>) => model.evaluate(scenario).totalMonth!;
const change = (scenario: Partial<Scenario>) => month(scenario) - model.baseline.totalMonth!;
const partsOf = (scenario: Partial<Scenario>, g: readonly GroupKeys[] = groups) =>
  Object.fromEntries(decompose(model, scenario, g).parts.map((p) => [p.id, p.usdBnPerMonth]));
const sumOf = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0);
/** The bundle's headline, the measure the page splits; a test that wants another passes it. */
const byHeadline: DecomposeOptions = { measure: (results: Results) => headlineOf(outputs, results) };
const decompose = (
  on: CompiledModel,
  scenario: Partial<Scenario>,
  g: readonly GroupKeys[],
  options: DecomposeOptions = byHeadline,
) => decomposeWith(on, scenario, g, options);
const ZERO = { price: 0, discounts: 0, india: 0, china: 0, 'other-buyers': 0, tariffs: 0 };

describe('decompose: hand-checked cases', () => {
  it('splits nothing at the defaults', () => {
    expect(decompose(model, model.defaults, groups)).toEqual({
      parts: Object.entries(ZERO).map(([id, v]) => ({ id, usdBnPerMonth: v })),
      total: 0,
      method: 'shapley',
      finite: true,
    });
  });

  it('puts a $10 drop entirely in "price": −73.5 $M/day', () => {
    const d = decompose(model, { drop: 10 }, groups);
    expect(d.total).toBeCloseTo(bn(-73.5), 12);
    expect(partsOf({ drop: 10 })).toEqual({ ...ZERO, price: d.total });
  });

  it('puts India buying nothing entirely in "india": −1.6 × 56, plus half rerouted at 58 − 14', () => {
    const d = decompose(model, { india: 0 }, groups);
    expect(d.total).toBeCloseTo(bn(-1.6 * 56 + 0.8 * 44), 12);
    expect(partsOf({ india: 0 })).toEqual({ ...ZERO, india: d.total });
  });

  it('splits an interaction evenly: a China tariff costs 2 × 8 $M/day alone, nothing once China buys nothing', () => {
    // China alone: −(0.8 × 64 + 1.2 × 61) + half of 2 mb/d rerouted at 44 = −80.4. With China gone, the tariff costs 0.
    const parts = partsOf({ china: 0, 'tariff-china': 100 });
    expect(parts.tariffs).toBeCloseTo(bn((-16 + 0) / 2), 12);
    expect(parts.china).toBeCloseTo(bn((-80.4 + (-80.4 + 16)) / 2), 12);
    expect(parts.price).toBe(0);
    expect(parts.india).toBe(0);
  });

  it('with drop=10 and tariff-china=100, gives price and tariffs each between its alone and its last-in effect', () => {
    const both = { drop: 10, 'tariff-china': 100 };
    const parts = partsOf(both);
    const alone = { price: change({ drop: 10 }), tariffs: change({ 'tariff-china': 100 }) };
    const lastIn = { price: month(both) - month({ 'tariff-china': 100 }), tariffs: month(both) - month({ drop: 10 }) };
    for (const id of ['price', 'tariffs'] as const) {
      expect(parts[id]!).toBeGreaterThanOrEqual(Math.min(alone[id], lastIn[id]) - 1e-12);
      expect(parts[id]!).toBeLessThanOrEqual(Math.max(alone[id], lastIn[id]) + 1e-12);
    }
    expect(parts.price! + parts.tariffs!).toBe(change(both));
    expect({ ...parts, price: 0, tariffs: 0 }).toEqual(ZERO);
  });

  it('gives less to the price drop when India buys less ($10 on 0.6 fewer barrels)', () => {
    const parts = partsOf({ drop: 10, 'tariff-china': 100, india: 1 });
    expect(parts.price).toBeGreaterThan(change({ drop: 10 }));
    expect(parts.price).toBeLessThan(0);
    expect(parts.india).toBeLessThan(0);
  });
});

describe('decompose: the Shapley properties', () => {
  const scenarios: [string, Partial<Scenario>][] = [
    [
      'all six groups moved',
      {
        drop: 15,
        india: 0.5,
        china: 3,
        'tariff-india': 200,
        'tariff-china': 50,
        'india-response-cut': 10,
        'urals-discount': 20,
        products: 2,
      },
    ],
    ['three groups moved', { drop: 10, 'tariff-china': 100, india: 1 }],
  ];
  for (const [name, scenario] of scenarios) {
    it(`equals the average marginal effect over all 720 orders of the six groups (${name})`, () => {
      const parts = decompose(model, scenario, groups).parts.map((p) => p.usdBnPerMonth);
      averageOverOrders(scenario).forEach((expected, i) => expect(parts[i]).toBeCloseTo(expected, 12));
    });
  }

  it('evaluates the model once per subset of the moved groups, plus once for the scenario', () => {
    let count = 0;
    const counting = { ...model, evaluate: (s: Partial<Scenario>) => (count++, model.evaluate(s)) };
    decompose(counting, { drop: 10, 'tariff-china': 100, india: 1 }, groups);
    expect(count).toBe(2 ** 3 + 1);
    count = 0;
    decompose(counting, scenarios[0]![1], groups);
    expect(count).toBe(2 ** 6 + 1);
  });

  it('does not depend on the order of the groups', () => {
    const scenario = {
      drop: -5,
      china: 1,
      'tariff-china': 300,
      'china-response-cut': 20,
      'reroute-share': 80,
      other: 1,
    };
    const forward = partsOf(scenario);
    const backward = partsOf(scenario, [...groups].reverse());
    for (const id of Object.keys(forward)) expect(backward[id]).toBeCloseTo(forward[id]!, 12);
  });

  it('adds up exactly to scenario minus baseline totalMonth, for every valid scenario', () => {
    fc.assert(
      fc.property(scenarioArbitrary(crudeLeverageModel.parameters), (scenario) => {
        const d = decompose(model, scenario, groups);
        expect(d.total).toBe(change(scenario));
        const sum = sumOf(d.parts.map((p) => p.usdBnPerMonth));
        expect(sum === d.total || Math.abs(sum - d.total) < 1e-12).toBe(true);
        expect(d.parts.every((p) => Number.isFinite(p.usdBnPerMonth))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives 0 to a group whose parameters stay at their defaults', () => {
    const parts = partsOf({ drop: 20, 'tariff-india': 100, 'india-response-cut': 5 });
    expect(parts.china).toBe(0);
    expect(parts['other-buyers']).toBe(0);
    expect(parts.discounts).toBe(0);
  });

  it('measures what it is told to: totalIncome gives the same split in $M/day', () => {
    const scenario = { drop: 10, india: 1 };
    const daily = decompose(model, scenario, groups, { measure: (r) => r.totalIncome! });
    const monthly = decompose(model, scenario, groups);
    daily.parts.forEach((p, i) => expect(bn(p.usdBnPerMonth)).toBeCloseTo(monthly.parts[i]!.usdBnPerMonth, 12));
  });

  it('does not modify the scenario or the groups', () => {
    const scenario = { drop: 10 };
    const copy = structuredClone(groups);
    decompose(model, scenario, groups);
    expect(scenario).toEqual({ drop: 10 });
    expect(groups).toEqual(copy);
  });
});

describe('decompose: refusals', () => {
  it('refuses unknown keys, a key in two groups, no groups and too many groups', () => {
    expect(() => decompose(model, {}, [{ id: 'x', keys: ['nope'] }])).toThrow(RangeError);
    expect(() =>
      decompose(model, {}, [
        { id: 'a', keys: ['drop'] },
        { id: 'b', keys: ['drop'] },
      ]),
    ).toThrow(/both "a" and "b"/);
    expect(() => decompose(model, {}, [])).toThrow(RangeError);
    expect(() =>
      decompose(
        model,
        {},
        Array.from({ length: 13 }, (_, i) => ({ id: `g${i}`, keys: [] })),
      ),
    ).toThrow(RangeError);
  });

  it('throws rather than lose a change made by a parameter in no group', () => {
    expect(() => decompose(model, { drop: 10 }, [{ id: 'india', keys: ['india'] }])).toThrow(/drop/);
    // A change in a parameter that moves no income is fine in no group.
    expect(decompose(model, { rub: 100 }, [{ id: 'india', keys: ['india'] }]).total).toBe(0);
  });
});

describe('absorbResidue', () => {
  it('moves the rounding residue into the largest part', () => {
    const parts = [0.1, 0.2, -3];
    const out = absorbResidue(parts, -2.7);
    expect(sumOf(out)).toBe(-2.7);
    expect(out.slice(0, 2)).toEqual([0.1, 0.2]);
    expect(parts).toEqual([0.1, 0.2, -3]);
    expect(absorbResidue([], 0)).toEqual([]);
  });
});

/** The Shapley value by its definition: each group's marginal effect averaged over every order of moving the groups. */
function averageOverOrders(scenario: Partial<Scenario>): number[] {
  const orders = permutations(groups.map((_, i) => i));
  const average = groups.map(() => 0);
  for (const order of orders) {
    const given: Record<string, number> = { ...model.defaults };
    let before = month(given);
    for (const i of order) {
      for (const key of groups[i]!.keys) given[key] = scenario[key] ?? model.defaults[key]!;
      const after = month(given);
      average[i]! += (after - before) / orders.length;
      before = after;
    }
  }
  return average;
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}
