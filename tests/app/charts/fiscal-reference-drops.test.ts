// Tests that the drop-sweep chart marks the drops where the tax price of Urals meets the fiscal-rule price
// and the budget's assumption, wherever the current drop and the other settings stand.
import { describe, expect, it } from 'vitest';
import { fiscalReferenceDrops } from '../../../src/app/charts/chart-configs.ts';
import { model } from '../../../src/app/model.ts';

const scenarios = {
  defaults: model.defaults,
  'drop 10': { ...model.defaults, drop: 10 },
  'drop -15, India stops, no reroute': { ...model.defaults, drop: -15, india: 0, 'reroute-share': 0 },
  'wider sanctions discount': { ...model.defaults, drop: 5, 'sanctions-discount': 8 },
};

describe('fiscal reference drops', () => {
  it.each(Object.entries(scenarios))('puts each mark where the tax price meets its price (%s)', (_, scenario) => {
    const results = model.evaluate(scenario);
    const marks = fiscalReferenceDrops(results);
    // Re-run the model at each marked drop: the tax price there is the price the mark names.
    const atRule = model.evaluate({ ...scenario, drop: marks.fiscalRule });
    const atBudget = model.evaluate({ ...scenario, drop: marks.budget });
    expect(atRule.taxPrice).toBeCloseTo(results.fiscalRulePrice!, 9);
    expect(atBudget.taxPrice).toBeCloseTo(results.budgetUralsRevised!, 9);
  });

  it('does not move the marks when only the drop moves', () => {
    const at = (drop: number) => fiscalReferenceDrops(model.evaluate({ ...model.defaults, drop }));
    expect(at(10).fiscalRule).toBeCloseTo(at(0).fiscalRule, 9);
    expect(at(-20).budget).toBeCloseTo(at(30).budget, 9);
  });
});
