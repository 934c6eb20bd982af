// The buyer's choice from the model's results: keep buying and bear the penalty tariff, or stop and pay dearer oil.
import type { Results } from '../engine/types.ts';

export const CALCULUS_BUYERS = ['india', 'china'] as const;
export type CalculusBuyerId = (typeof CALCULUS_BUYERS)[number];

/** Which line costs the buyer less; `already-stopped` when it buys no Russian crude, so there is no choice left. */
export type Verdict = 'keep-buying' | 'stop' | 'same' | 'already-stopped';

/**
 * Both lines are counted from where the buyer stands in the scenario, so they compare directly:
 * keeping on costs the exporter's loss from the penalty (the discount is kept); stopping lifts the penalty
 * but costs the discount and a higher world price on every barrel the buyer imports.
 */
export interface BuyerChoice {
  buyer: CalculusBuyerId;
  /** Russian crude it buys in the scenario, mb/d. */
  russianCrudeMbd: number;
  keepBuying: {
    costUsdBnPerYear: number;
    parts: { lostSalesUsdBnPerYear: number; tariffBorneUsdBnPerYear: number };
    /** The penalty tariff it faces, percent (0 once it buys nothing). */
    penaltyTariffPct: number;
    /** The discount it goes on getting; counted as a cost of the other line. */
    discountKeptUsdBnPerYear: number;
  };
  stop: {
    costUsdBnPerYear: number;
    parts: { worldPriceBillUsdBnPerYear: number; lostDiscountUsdBnPerYear: number };
    brentRiseUsdPerBbl: number;
  };
  /** The exporter's loss under "keep buying" (the report's historical name for it). */
  tariffCostUsdBnPerYear: number;
  /** A year of the Russian discount. */
  savingUsdBnPerYear: number;
  /** Keep buying minus stop: positive when stopping is cheaper, negative when keeping on is. */
  stopSavesUsdBnPerYear: number;
  verdict: Verdict;
}

/** Lines closer than this (USD bn a year) show the same figure at two decimals: neither is cheaper. */
export const SAME_COST_USD_BN = 0.005;

/** Reads a result; a missing one (an edited model without the calculus) comes out as NaN, never a made-up 0. */
const readOrNaN = (results: Results) => (name: string) => results[name] ?? Number.NaN;

export function buyerChoice(
  results: Results,
  buyer: CalculusBuyerId,
  read: (name: string) => number = readOrNaN(results),
): BuyerChoice {
  const value = (suffix: string) => read(`${buyer}${suffix}`);
  const saving = value('Saving');
  const tariffCost = value('TariffCost');
  const stopCost = value('StopCost');
  const russianCrudeMbd = value('Kept');
  const stopSaves = value('StopAdvantage');
  let verdict: Verdict = 'same';
  if (russianCrudeMbd === 0) verdict = 'already-stopped';
  else if (stopSaves > SAME_COST_USD_BN) verdict = 'stop';
  else if (stopSaves < -SAME_COST_USD_BN) verdict = 'keep-buying';
  return {
    buyer,
    russianCrudeMbd,
    keepBuying: {
      costUsdBnPerYear: tariffCost,
      parts: { lostSalesUsdBnPerYear: value('LostSales'), tariffBorneUsdBnPerYear: value('TariffBorne') },
      penaltyTariffPct: value('PenaltyRate') * 100,
      discountKeptUsdBnPerYear: saving,
    },
    stop: {
      costUsdBnPerYear: stopCost,
      parts: { worldPriceBillUsdBnPerYear: value('StopBill'), lostDiscountUsdBnPerYear: saving },
      brentRiseUsdPerBbl: value('StopPriceRise'),
    },
    tariffCostUsdBnPerYear: tariffCost,
    savingUsdBnPerYear: saving,
    stopSavesUsdBnPerYear: stopSaves,
    verdict,
  };
}
