// The model's checks as data: a grid of scenarios each and the rule every one must obey (run by src/analysis/model-checks.ts).
import type { ModelCheck } from '../../src/engine/check-types.ts';
import type { LocalText } from '../../src/engine/types.ts';
import { budgetPoints } from './budget-calibration.ts';
import { equations } from './equations.ts';

const text = (en: string, zh: string): LocalText => ({ en, 'zh-Hant': zh });

/** from, from + step, ... to, without floating-point drift. */
function range(from: number, to: number, step: number): number[] {
  const count = Math.round((to - from) / step);
  return Array.from({ length: count + 1 }, (_, i) => Number((from + i * step).toFixed(6)));
}

/** Every income in $M a day, and the monthly total. */
const incomes = [...equations.filter((e) => e.unit === 'usd-m-per-day').map((e) => e.name), 'totalMonth'];

export const modelChecks: readonly ModelCheck[] = [
  {
    id: 'income-finite',
    title: text('Income is never negative or undefined', '收入不會為負或無法計算'),
    description: text(
      'For every oil-price drop from $0 to $40 (in $1 steps), every tariff on India from 0 to 500% (in 25-point steps) and a tariff on China of 0, 100, 250 or 500%, every result is a finite number and no income is below zero.',
      '油價下跌0至40美元（每步1美元）、對印度關稅0至500%（每步25個百分點）、對中國關稅0、100、250或500%的每一種組合下，所有結果都是有限數值，且沒有任何收入低於零。',
    ),
    grid: { drop: range(0, 40, 1), 'tariff-india': range(0, 500, 25), 'tariff-china': [0, 100, 250, 500] },
    kind: { type: 'finite-nonnegative', outputs: incomes },
  },
  {
    id: 'income-finite-extremes',
    title: text('…even with every setting at an end of its range', '……即使每項設定都在其範圍的兩端'),
    description: text(
      'Twelve settings (prices, discounts, volumes, tariffs, responses, the world-price response and refinery outages) each at its minimum or maximum, in every combination: every result stays finite and no income goes below zero.',
      '十二項設定（價格、折扣、數量、關稅、反應、國際油價反應與煉油廠停工）各取最小值或最大值，所有組合下：每個結果都是有限數值，沒有收入低於零。',
    ),
    grid: {
      drop: [-20, 40],
      brent: [40, 100],
      'urals-discount': [0, 30],
      'products-crack': [-20, 40],
      india: [0, 2.5],
      china: [0, 4],
      'tariff-india': [0, 500],
      'tariff-china': [0, 500],
      'india-response-cut': [0, 50],
      'reroute-share': [0, 100],
      'price-response': [0, 25],
      'refinery-outage': [0, 1.5],
    },
    kind: { type: 'finite-nonnegative', outputs: incomes },
  },
  {
    id: 'drop-lowers-income',
    title: text('A bigger oil-price drop never raises income', '油價跌得越多，收入絕不會增加'),
    description: text(
      'Income, swept over every drop from −$20 to $40, with Brent at $40, $70 or $100, with and without tariffs and cuts.',
      '在下跌−20至40美元的每一步檢查收入，布蘭特為40、70或100美元，含或不含關稅與減購。',
    ),
    grid: {
      drop: range(-20, 40, 1),
      brent: [40, 70, 100],
      'tariff-india': [0, 500],
      'tariff-china': [0, 500],
      'india-response-cut': [0, 20],
    },
    kind: { type: 'non-increasing', in: 'drop', output: 'totalIncome' },
  },
  {
    id: 'india-tariff-lowers-income',
    title: text('A higher tariff on India never raises income', '對印度的關稅越高，收入絕不會增加'),
    description: text(
      'Income at every tariff on India from 0 to 500%, for several purchase cuts and rerouting shares, with India at or above its mid-2025 purchases, at the default world-price response (this holds while the response stays below the threshold in MODEL.md).',
      '對印度關稅0至500%的每一步檢查收入，涵蓋多種減購比例與轉售比例，印度購買量為2025年中水準或更高，國際油價反應取預設值（只要反應低於MODEL.md所述門檻即成立）。',
    ),
    grid: {
      'tariff-india': range(0, 500, 5),
      'india-response-cut': [0, 5, 20],
      'reroute-share': [0, 100],
      drop: [0, 30],
      india: [1.6, 2.5],
    },
    kind: { type: 'non-increasing', in: 'tariff-india', output: 'totalIncome' },
  },
  {
    id: 'china-tariff-lowers-income',
    title: text('A higher tariff on China never raises income', '對中國的關稅越高，收入絕不會增加'),
    description: text(
      'Income at every tariff on China from 0 to 500%, for several purchase cuts and rerouting shares, with China at or above its mid-2025 purchases, at the default world-price response (this holds while the response stays below the threshold in MODEL.md).',
      '對中國關稅0至500%的每一步檢查收入，涵蓋多種減購比例與轉售比例，中國購買量為2025年中水準或更高，國際油價反應取預設值（只要反應低於MODEL.md所述門檻即成立）。',
    ),
    grid: {
      'tariff-china': range(0, 500, 5),
      'china-response-cut': [0, 5, 20],
      'reroute-share': [0, 100],
      drop: [0, 30],
      china: [2, 4],
    },
    kind: { type: 'non-increasing', in: 'tariff-china', output: 'totalIncome' },
  },
  {
    id: 'cut-lowers-income',
    title: text('India cutting more never raises income', '印度減購越多，收入絕不會增加'),
    description: text(
      'Income at every share India gives up under a tariff, from 0 to 50% per 10 points, under a tariff of 25% or 500% on India and 0 or 100% on China, at the default world-price response.',
      '在印度因關稅放棄比例0至50%（每10個百分點）的每一步檢查收入，對印度關稅25%或500%，對中國0或100%，國際油價反應取預設值。',
    ),
    grid: {
      'india-response-cut': range(0, 50, 0.5),
      'tariff-india': [25, 500],
      'tariff-china': [0, 100],
      'reroute-share': [0, 100],
    },
    kind: { type: 'non-increasing', in: 'india-response-cut', output: 'totalIncome' },
  },
  {
    id: 'calibration-r1',
    title: text('The defaults reproduce the IEA’s July 2025 income', '預設值重現IEA的2025年7月收入'),
    description: text(
      'At the defaults, a 31-day month of income is within 3% of the $14.3bn the IEA reported for July 2025 (R1).',
      '預設值下，31天的收入與IEA公布的2025年7月143億美元（R1）相差不超過3%。',
    ),
    grid: {},
    kind: {
      type: 'calibration',
      output: 'totalIncome',
      days: 31,
      scale: 1 / 1000,
      target: 14.3,
      tolerancePct: 3,
      source: ['R1'],
    },
  },
  {
    id: 'calibration-v1',
    title: text('The defaults reproduce July 2025 crude exports', '預設值重現2025年7月原油出口量'),
    description: text(
      'At the defaults, crude exports are within 1% of the 4.6 mb/d the IEA reported for July 2025 (V1).',
      '預設值下，原油出口量與IEA公布的2025年7月每日460萬桶（V1）相差不超過1%。',
    ),
    grid: {},
    kind: {
      type: 'calibration',
      output: 'crudeVolume',
      days: 1,
      scale: 1,
      target: 4.6,
      tolerancePct: 1,
      source: ['V1'],
    },
  },
  // The budget's calibration table: four public points the extraction-tax factor is fitted to, and the 2025 outturn.
  ...budgetPoints.map((point): ModelCheck => ({
    id: `budget-${point.id}`,
    title: point.fitted
      ? text(`Budget: ${point.title.en}`, `預算：${point.title['zh-Hant']}`)
      : text(`Budget check: ${point.title.en}`, `預算檢驗：${point.title['zh-Hant']}`),
    description: point.fitted
      ? text(
          `Oil and gas revenue at this point's settings against the ${point.revenueRubTrn} trillion roubles published. ${point.note.en} One of four points the extraction-tax factor is fitted to together.`,
          `以此數據點的設定計算油氣收入，對照公布的${point.revenueRubTrn}兆盧布。${point.note['zh-Hant']}開採稅係數同時擬合的四個數據點之一。`,
        )
      : text(
          `Not fitted: the model at the year's own prices and rouble against the ${point.revenueRubTrn} trillion roubles that came in. ${point.note.en} Part of the gap is gas and other revenue, held at its July 2025 level.`,
          `未經擬合：以該年實際價格與匯率計算，對照實際收入${point.revenueRubTrn}兆盧布。${point.note['zh-Hant']}差距部分來自維持在2025年7月水準的天然氣及其他收入。`,
        ),
    grid: Object.fromEntries(Object.entries(point.scenario).map(([key, value]) => [key, [value]])),
    kind: {
      type: 'calibration',
      output: 'oilGasRevenue',
      days: 1,
      scale: 1,
      target: point.revenueRubTrn,
      tolerancePct: point.fitted ? 5 : 15,
      source: point.source,
    },
  })),
  {
    id: 'income-adds-up',
    title: text('Income by buyer adds up to the total', '各買家收入相加等於總收入'),
    description: text(
      'India, China, Türkiye, the EU, other buyers, rerouted barrels, crude diverted by refinery outages and refined products add up to total income, across drops, tariffs, cuts, purchases and outages.',
      '在各種跌幅、關稅、減購、購買量與停工下，印度、中國、土耳其、歐盟、其他買家、轉售原油、停工轉出口原油與成品油的收入相加等於總收入。',
    ),
    grid: {
      drop: [0, 40],
      'tariff-india': [0, 100, 500],
      'tariff-china': [0, 100, 500],
      'china-response-cut': [0, 20],
      'refinery-outage': [0, 1],
      india: [0, 1.6, 2.5],
      china: [0, 0.5, 2, 4],
      'reroute-share': [0, 50],
    },
    kind: {
      type: 'identity',
      left: [
        'indiaIncome',
        'chinaIncome',
        'turkeyIncome',
        'euIncome',
        'otherIncome',
        'reroutedIncome',
        'outageCrudeIncome',
        'productsIncome',
      ],
      right: ['totalIncome'],
    },
  },
  {
    id: 'barrels-add-up',
    title: text('Every barrel is sold, rerouted or not exported', '每一桶都有去處：售出、轉售或未出口'),
    description: text(
      'Crude and product exports plus barrels not exported equal what each buyer keeps plus what India and China drop, plus refined products before any outage, across tariffs, cuts, purchases and outages.',
      '在各種關稅、減購、購買量與停工下，原油與成品油出口量加未出口量，等於各買家實際購買量、印度與中國放棄的量，加上停工前的成品油。',
    ),
    grid: {
      'tariff-india': [0, 100, 500],
      'tariff-china': [0, 100, 500],
      'india-response-cut': [0, 20],
      india: [0, 1.6, 2.5],
      china: [0, 0.5, 2, 4],
      'reroute-share': [0, 50, 100],
      'refinery-outage': [0, 1.5],
    },
    kind: {
      type: 'identity',
      left: ['crudeVolume', 'lostVolume', 'productsExported', 'outageLostVolume'],
      right: ['indiaKept', 'indiaDropped', 'chinaKept', 'chinaDropped', 'turkey', 'eu', 'other', 'products'],
    },
  },
  {
    id: 'only-products',
    title: text('With no crude buyers, only products earn', '沒有原油買家時，只剩成品油收入'),
    description: text(
      'With every crude buyer at zero and nothing rerouted, total income is the income from refined products, whatever the drop, tariffs and product volume.',
      '所有原油買家為零且沒有轉售時，無論跌幅、關稅與成品油數量如何，總收入都等於成品油收入。',
    ),
    grid: {
      india: [0],
      china: [0],
      turkey: [0],
      eu: [0],
      other: [0],
      'reroute-share': [0],
      drop: [-20, 0, 20, 40],
      'tariff-india': [0, 500],
      'tariff-china': [0, 500],
      'india-response-cut': [0, 50],
      'china-response-cut': [0, 50],
      products: [0, 1.5, 3.5],
    },
    kind: { type: 'identity', left: ['totalIncome'], right: ['productsIncome'] },
  },
];
