// The public budget figures the tax rules are calibrated against (and the 2025 outturn, a check only), as scenarios.
import type { LocalText, Source } from '../../src/engine/types.ts';

export interface BudgetPoint {
  id: string;
  title: LocalText;
  /** Oil and gas revenue the source gives for the year, trillion roubles. */
  revenueRubTrn: number;
  /** The point's tax price, rouble and volumes as model settings (others at their defaults). */
  scenario: Readonly<Record<string, number>>;
  /** True for the points the effective extraction-tax factor is fitted to; false for a check only. */
  fitted: boolean;
  source: Source;
  /** Where each setting comes from, in plain words. */
  note: LocalText;
}

const text = (en: string, zh: string): LocalText => ({ en, 'zh-Hant': zh });

/**
 * Setting both discounts to Brent minus the tax price makes the model's tax price equal the point's. Where the
 * source gives no Brent, the mid-2025 discount of $12 is used, which only moves the damper.
 */
const atTaxPrice = (brent: number, taxPrice: number) => {
  const discount = Number((brent - taxPrice).toFixed(2));
  return { brent, 'urals-discount': discount, 'espo-discount': discount };
};
/** Crude exports are India, China, Türkiye and the EU at their defaults (4.08 mb/d) plus `other`. */
const crudeExports = (mbd: number) => ({ other: Number((mbd - 4.08).toFixed(2)) });

export const budgetPoints: readonly BudgetPoint[] = [
  {
    id: '2024-outturn',
    title: text('2024 outturn', '2024年實際'),
    revenueRubTrn: 11.13,
    scenario: { ...atTaxPrice(80.56, 67.9), rub: 91.7, ...crudeExports(4.8), refining: 4.75 },
    fitted: true,
    source: ['X8', 'B1', 'X9', 'X10', 'P1', 'V5', 'R9'],
    note: text(
      'Tax price $67.90, 91.7 roubles per dollar (January–November), Brent $80.56, crude exports 4.8 mb/d; refining 3% above 2025.',
      '稅基價格67.90美元，匯率91.7（1至11月），布蘭特80.56美元，原油出口每日480萬桶；煉製量比2025年高3%。',
    ),
  },
  {
    id: '2025-law',
    title: text('2025 budget law', '2025年預算法'),
    revenueRubTrn: 10.94,
    scenario: { ...atTaxPrice(82, 70), rub: 96.5, ...crudeExports(4.7) },
    fitted: true,
    source: ['X1', 'X2', 'B3', 'B4', 'B5'],
    note: text(
      'Tax price $70, 96.5 roubles per dollar, crude exports 234 Mt a year (4.7 mb/d).',
      '稅基價格70美元，匯率96.5，原油出口每年2.34億噸（每日470萬桶）。',
    ),
  },
  {
    id: '2025-revision-1',
    title: text('2025 budget, first revision', '2025年預算第一次修訂'),
    revenueRubTrn: 8.32,
    scenario: { ...atTaxPrice(68, 56), rub: 94.3, ...crudeExports(4.62) },
    fitted: true,
    source: ['X4', 'X5', 'B5'],
    note: text(
      'Tax price $56, Brent $68, 94.3 roubles per dollar, crude exports 230 Mt a year (4.62 mb/d).',
      '稅基價格56美元，布蘭特68美元，匯率94.3，原油出口每年2.30億噸（每日462萬桶）。',
    ),
  },
  {
    id: '2025-revision-2',
    title: text('2025 budget, second revision', '2025年預算第二次修訂'),
    revenueRubTrn: 8.7,
    scenario: { ...atTaxPrice(70, 58), rub: 86.1 },
    fitted: true,
    source: ['B6', 'X7', 'X6', 'X15'],
    note: text(
      "8.7 trillion in the law (Reuters: 8.65). 86.1 roubles per dollar (the Economy Ministry's September forecast); the data give no Urals assumption for this revision, so the central bank's October forecast of $58 stands in.",
      '預算法為8.7兆（路透社：8.65兆）。匯率86.1（經濟部9月預測）；資料中沒有這次修訂的烏拉爾假設，因此以央行10月預測的58美元代替。',
    ),
  },
  {
    id: '2025-outturn',
    title: text('2025 outturn (a check, not fitted)', '2025年實際（僅供檢驗，未擬合）'),
    revenueRubTrn: 8.48,
    scenario: { ...atTaxPrice(67.8, 55.6), rub: 81.1 },
    fitted: false,
    source: ['B7', 'P11', 'M56', 'P2'],
    note: text(
      'Tax price $55.60, 81.1 roubles per dollar (January–November), Brent $67.8 (EIA estimate); volumes at mid-2025.',
      '稅基價格55.60美元，匯率81.1（1至11月），布蘭特67.8美元（EIA估計）；數量採2025年中水準。',
    ),
  },
];
