// Guards the split between the page's own views (typed result names) and the charts and runners (the bundle's roles): both must read the same results.
import { describe, expect, it } from 'vitest';
import { model, modelOutputs } from '../../src/app/model.ts';
import { headlineOf, resultOf } from '../../src/engine/output-types.ts';
import { keyToSymbol } from '../../src/engine/symbols.ts';

describe("the page's typed names and the bundle's roles", () => {
  // Off the defaults, so that no two of the results compared happen to be equal.
  const results = model.evaluate({ ...model.defaults, drop: 7, 'tariff-china': 50 });

  it('the headline, summary and answer key read the headline the sweep, band and charts read', () => {
    expect(headlineOf(modelOutputs, results)).toBe(results.totalMonth);
    expect(resultOf(results, modelOutputs.headlineChangePct)).toBe(results.changeVsBaselinePct);
  });

  it("the budget lens and the answer key compare the prices the band's shares compare", () => {
    const { price, fiscalRule, budget } = modelOutputs.band;
    expect([price, fiscalRule, budget].map((name) => resultOf(results, name))).toEqual([
      results.taxPrice,
      results.fiscalRulePrice,
      results.budgetUralsRevised,
    ]);
  });

  it("the sweep chart's marker stands at the drop the sliders set", () => {
    expect(resultOf(results, keyToSymbol(modelOutputs.sweptPrice))).toBe(7);
  });
});
