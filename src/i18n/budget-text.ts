// The budget lens's sentences in natural word order for each language: Urals against the fiscal-rule and budget prices.
import type { Language } from '../link/view-params.ts';
import { formatUsd } from './format.ts';
import type { MessageKey, Translate } from './translate.ts';

export interface UralsComparison {
  uralsUsdPerBbl: number;
  fiscalRuleUsdPerBbl: number;
  budgetUsdPerBbl: number;
}

/** Gaps that round to zero at this many decimals read "at" the price. */
const GAP_DIGITS = 1;

type Reference = 'vsRule' | 'vsBudget';
type Case = 'above' | 'below' | 'at';

const CLAUSE: Record<Reference, Record<Case, MessageKey>> = {
  vsRule: { above: 'budget.vsRule.above', below: 'budget.vsRule.below', at: 'budget.vsRule.at' },
  vsBudget: { above: 'budget.vsBudget.above', below: 'budget.vsBudget.below', at: 'budget.vsBudget.at' },
};

/**
 * One whole clause per case ("{gap} below the {rule} fiscal-rule price" / "比{rule}的財政規則價格低{gap}"), so
 * each language orders the gap, the reference price and the comparison itself; no fragment is glued in.
 */
function versus(reference: Reference, gapUsdPerBbl: number, priceUsdPerBbl: number, lang: Language, t: Translate) {
  const price = formatUsd(priceUsdPerBbl, lang, 0);
  if (!Number.isFinite(gapUsdPerBbl)) return '—';
  const rounded = Number(gapUsdPerBbl.toFixed(GAP_DIGITS));
  const position: Case = rounded === 0 ? 'at' : rounded > 0 ? 'above' : 'below';
  return t(CLAUSE[reference][position], { price, gap: formatUsd(Math.abs(gapUsdPerBbl), lang, GAP_DIGITS) });
}

/** "$48.0/bbl: $12.0 below the $60 fiscal-rule price; $8.0 below the budget’s $56 assumption" and its Chinese. */
export function uralsVersusText(prices: UralsComparison, lang: Language, t: Translate): string {
  const { uralsUsdPerBbl, fiscalRuleUsdPerBbl, budgetUsdPerBbl } = prices;
  return t('budget.uralsValue', {
    urals: formatUsd(uralsUsdPerBbl, lang, GAP_DIGITS),
    vsRule: versus('vsRule', uralsUsdPerBbl - fiscalRuleUsdPerBbl, fiscalRuleUsdPerBbl, lang, t),
    vsBudget: versus('vsBudget', uralsUsdPerBbl - budgetUsdPerBbl, budgetUsdPerBbl, lang, t),
  });
}
