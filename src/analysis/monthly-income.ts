// Monthly export income by buyer: the model's daily incomes ($M/day) in USD bn for an average month.
import type { Results } from '../engine/types.ts';

/** An average month, 365/12 days: what "a month" means everywhere in the app and the report. */
export const DAYS_PER_MONTH = 365 / 12;

export function usdBnPerMonth(usdMPerDay: number): number {
  return (usdMPerDay * DAYS_PER_MONTH) / 1000;
}

/** Income categories in display order, with the equation each reads. Rerouted barrels are shown on their own. */
export const INCOME_CATEGORIES = [
  { id: 'india', equation: 'indiaIncome' },
  { id: 'china', equation: 'chinaIncome' },
  { id: 'turkey', equation: 'turkeyIncome' },
  { id: 'eu', equation: 'euIncome' },
  { id: 'other', equation: 'otherIncome' },
  { id: 'rerouted', equation: 'reroutedIncome' },
  { id: 'products', equation: 'productsIncome' },
] as const;

export type IncomeCategoryId = (typeof INCOME_CATEGORIES)[number]['id'];

export function monthlyIncomeByCategory(results: Results): Record<IncomeCategoryId, number> {
  const out = {} as Record<IncomeCategoryId, number>;
  for (const category of INCOME_CATEGORIES) out[category.id] = usdBnPerMonth(results[category.equation] ?? Number.NaN);
  return out;
}
