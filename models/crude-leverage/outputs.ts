// Which results and parameter of the model the generic runners read: the headline and its change, the swept price, the band's prices.
import type { ModelOutputs } from '../../src/engine/output-types.ts';

export const outputs: ModelOutputs = {
  headline: 'totalMonth',
  headlineChangePct: 'changeVsBaselinePct',
  // The drop lowers Brent and every price that follows it (MODEL.md): the sweep is the headline against the oil price.
  sweptPrice: 'drop',
  // The fiscal rule and the budget state their prices for the tax price of Urals (0.78 Urals + 0.22 ESPO,
  // X17), the price the budget lens reports, not the port price of seaborne Urals.
  band: { price: 'taxPrice', fiscalRule: 'fiscalRulePrice', budget: 'budgetUralsRevised' },
};
