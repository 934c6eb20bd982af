// Fixed figures the model uses or compares against (not sliders): Russia's tax formulas, budget and fiscal-rule anchors.
import type { ConstantDeclaration } from '../../src/engine/types.ts';

const text = (en: string, zh: string) => ({ en, 'zh-Hant': zh });

export const constants: readonly ConstantDeclaration[] = [
  {
    name: 'taxUralsWeight',
    unit: 'share',
    value: 0.78,
    source: ['B3'],
    label: text('Weight of Urals in the tax price', '稅基價格中烏拉爾的權重'),
    note: text(
      'Since January 2025 the price the oil taxes use is 0.78 × Urals + 0.22 × ESPO.',
      '自2025年1月起，石油稅所用價格為0.78 × 烏拉爾 + 0.22 × ESPO。',
    ),
  },
  {
    name: 'metRate',
    unit: 'share',
    value: 0.48,
    source: ['X18', 'X20', 'X21'],
    label: text('Extraction tax per dollar of tax price above $15', '稅基價格超過15美元部分每1美元的開採稅'),
    note: text(
      '919 roubles a tonne × (price − 15) × roubles per dollar ÷ 261, over 7.33 barrels a tonne: 0.48 × (price − $15) a barrel.',
      '每噸919盧布 × （價格 − 15）× 匯率 ÷ 261，再除以每噸7.33桶：每桶0.48 × （價格 − 15美元）。',
    ),
  },
  {
    name: 'metPriceFloor',
    unit: 'usd-per-bbl',
    value: 15,
    source: ['X18'],
    label: text('Price below which no extraction tax is due', '低於此價格不課開採稅'),
    note: text('The $15 in the extraction-tax formula.', '開採稅公式中的15美元。'),
  },
  {
    name: 'fiscalRulePrice',
    unit: 'usd-per-bbl',
    value: 60,
    source: ['B11'],
    label: text('Fiscal-rule cut-off price', '財政規則基準油價'),
    note: text(
      'Oil tax revenue earned above this tax price goes to the National Wealth Fund; a shortfall below it is drawn from the fund.',
      '稅基價格高於此價所得的石油稅收存入國家福利基金；低於此價的缺口由基金支應。',
    ),
  },
  {
    name: 'budgetUralsOriginal',
    unit: 'usd-per-bbl',
    value: 69.7,
    source: ['B3'],
    label: text("2025 budget's Urals assumption (original)", '2025年預算的烏拉爾假設（原版）'),
    note: text('The law passed in 2024.', '2024年通過的預算法。'),
  },
  {
    name: 'budgetUralsRevised',
    unit: 'usd-per-bbl',
    value: 56,
    source: ['B5'],
    label: text("2025 budget's Urals assumption (revised)", '2025年預算的烏拉爾假設（修訂）'),
    note: text('The first revision, spring 2025.', '2025年春季首次修訂。'),
  },
  {
    name: 'oilGasRevenuePlan',
    unit: 'trn-rub-per-year',
    value: 8.7,
    source: ['B6'],
    label: text('2025 oil and gas revenue in the revised budget', '修訂預算中的2025年油氣收入'),
    note: text('Second revision, October 2025; the outturn was 8.48 (B7).', '2025年10月第二次修訂；實際為8.48（B7）。'),
  },
  {
    name: 'deficitPlan',
    unit: 'trn-rub-per-year',
    value: 5.736,
    source: ['B6'],
    label: text('2025 budget deficit (revised law)', '2025年預算赤字（修訂法）'),
    note: text('2.6% of GDP.', '佔GDP的2.6%。'),
  },
  {
    name: 'nwfLiquid',
    unit: 'trn-rub',
    value: 4.1,
    source: ['B13'],
    label: text("National Wealth Fund's liquid assets", '國家福利基金的流動資產'),
    note: text('About 4.1 trillion roubles on 1 July 2025 (~$50bn).', '2025年7月1日約4.1兆盧布（約500億美元）。'),
  },
  {
    name: 'breakEvenLow',
    unit: 'usd-per-bbl',
    value: 60,
    source: ['B11', 'B14'],
    label: text('Break-even range, low end', '收支平衡油價區間下限'),
    note: text(
      'Weakly sourced: the fiscal-rule price; estimates run from $60 to about $85.',
      '來源薄弱：財政規則價格；估計介於60美元至約85美元。',
    ),
  },
  {
    name: 'breakEvenHigh',
    unit: 'usd-per-bbl',
    value: 85,
    source: ['B14', 'B6', 'S5'],
    label: text('Break-even range, high end', '收支平衡油價區間上限'),
    note: text(
      'IIF put it at $77; holding spending and the rouble fixed, the revised deficit implies about $86.',
      'IIF估計為77美元；若支出與匯率不變，修訂後的赤字意味約86美元。',
    ),
  },
  // Calendar and unit facts, named so that no equation hides a unit in a bare number (see src/analysis/unit-check.ts).
  {
    name: 'daysPerYear',
    unit: 'days-per-year',
    value: 365,
    source: 'definition',
    label: text('Days in a year', '一年的天數'),
    note: text('Turns a daily figure into a yearly one.', '把每日數字換算成每年數字。'),
  },
  {
    name: 'monthsPerYear',
    unit: 'months-per-year',
    value: 12,
    source: 'definition',
    label: text('Months in a year', '一年的月數'),
    note: text('An average month is 365/12 days.', '平均每月為365/12天。'),
  },
  {
    name: 'tariffStep',
    unit: 'percent',
    value: 10,
    source: 'definition',
    label: text('Tariff step of the response settings', '關稅反應設定的級距'),
    note: text(
      'The tariff responses are set per 10 points of tariff; the equations count the steps as tariff ÷ 10.',
      '關稅反應以每10個百分點關稅設定；方程式以關稅÷10計算級數。',
    ),
  },
  {
    name: 'shortfallFloor',
    unit: 'trn-rub-per-year',
    value: 0.001,
    source: 'definition',
    label: text('Smallest shortfall the fund cover is divided by', '計算基金可支撐月數時的最小缺口'),
    note: text(
      'A billion roubles a year: keeps the months of cover finite when there is no shortfall.',
      '每年10億盧布：沒有缺口時，使可支撐月數仍為有限值。',
    ),
  },
  {
    name: 'buyingFloor',
    unit: 'mbd',
    value: 0.001,
    source: 'definition',
    label: text('Purchases below which the penalty tariff fades out', '低於此購買量時懲罰性關稅逐步取消'),
    note: text(
      'A thousand barrels a day. The penalty is lifted when a country stops buying Russian oil (C12); below this it shrinks in proportion, so a buyer at 0 pays none.',
      '每日1000桶。國家停止購買俄油時懲罰性關稅即取消（C12）；低於此量時按比例遞減，購買量為0時完全不徵。',
    ),
  },
];
