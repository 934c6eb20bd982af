// Tests that the drop-sweep chart marks the drops where the tax price of Urals meets the fiscal-rule price
// and the budget's assumption, wherever the current drop and the other settings stand.
import { describe, expect, it } from 'vitest';
import { dropSweepChart, fiscalReferenceDrops } from '../../../src/app/charts/chart-configs.ts';
import { type ModelResults, model } from '../../../src/app/model.ts';
import { chartStateFor } from './chart-state.ts';

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

  it("labels each mark with the price the model states, in the chart's legend and its summary's range", () => {
    const labels = (results: ModelResults) => {
      const config = dropSweepChart({ ...chartStateFor(model.defaults), results }).config;
      return config.data.datasets.map((dataset) => dataset.label);
    };
    expect(labels(model.baseline as ModelResults)).toEqual(
      expect.arrayContaining(['Urals tax price at the $60 fiscal-rule price', 'Urals tax price at the budget’s $56']),
    );
    const restated = { ...(model.baseline as ModelResults), fiscalRulePrice: 55, budgetUralsRevised: 52 };
    expect(labels(restated)).toEqual(
      expect.arrayContaining(['Urals tax price at the $55 fiscal-rule price', 'Urals tax price at the budget’s $52']),
    );
    // The summary names the sweep's ends, from the drop's declared range (−20 to 40).
    expect(dropSweepChart(chartStateFor(model.defaults)).summary).toMatch(
      /with Brent \$20 higher to .* with Brent \$40 lower/,
    );
  });
});
