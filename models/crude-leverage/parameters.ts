// Every parameter of the model: link key, labels, unit, range, default and where the default comes from.
// Source IDs are rows of shared/data/BASELINE-2025.md; "assumption" marks a default with no source row.
import type { GroupDeclaration, ParameterDeclaration } from '../../src/engine/types.ts';

export const groups: readonly GroupDeclaration[] = [
  { id: 'headline', headline: true, label: { en: 'Scenario', 'zh-Hant': '情境' } },
  { id: 'prices', headline: false, label: { en: 'Prices and discounts', 'zh-Hant': '價格與折扣' } },
  { id: 'volumes', headline: false, label: { en: 'Other buyers and products', 'zh-Hant': '其他買家與成品油' } },
  { id: 'response', headline: false, label: { en: 'How buyers and Russia respond to a tariff', 'zh-Hant': '買家與俄羅斯對關稅的反應' } },
  { id: 'budget', headline: false, label: { en: 'Russian budget', 'zh-Hant': '俄羅斯預算' } },
  { id: 'calculus', headline: false, label: { en: "Buyers' trade with the US", 'zh-Hant': '買家對美貿易' } },
];

type P = ParameterDeclaration;
const text = (en: string, zh: string) => ({ en, 'zh-Hant': zh });

const headline: P[] = [
  {
    key: 'drop', group: 'headline', unit: 'usd-per-bbl', min: -20, max: 40, step: 1, default: 0, source: ['P3', 'S1'],
    label: text('Oil-price drop', '油價跌幅'),
    note: text('How far Brent falls below its mid-2025 level; negative means it rises. 0 is mid-2025. "$10 lower" is the claim of 5 Aug 2025 (S1), when Brent stood near $68 (P3).',
      '布蘭特油價比2025年中低多少；負數表示上漲。0即2025年中水準。「再跌10美元」出自2025年8月5日的說法（S1），當日布蘭特約68美元（P3）。'),
    marks: [{ value: 10, label: text('$10 lower', '再跌10美元') }],
  },
  {
    key: 'india', group: 'headline', unit: 'mbd', min: 0, max: 2.5, step: 0.01, default: 1.6, source: ['V7', 'V15', 'V16', 'V17'],
    spread: { below: 0.16, above: 0.16, source: ['V15', 'V16', 'V17'] },
    label: text("India's purchases of Russian crude", '印度購買俄羅斯原油'),
    note: text('What India would buy with no secondary tariff; the tariff response below is applied on top. 1.6 mb/d in H1 2025 (EIA) and July 2025 (Kpler).',
      '若無二級關稅時印度的購買量；下方的關稅反應再加在其上。2025年上半年（EIA）與2025年7月（Kpler）均為每日160萬桶。'),
  },
  {
    key: 'china', group: 'headline', unit: 'mbd', min: 0, max: 4, step: 0.01, default: 2, source: ['V6', 'V12'],
    spread: { below: 0.1, above: 0.2, source: ['V6', 'V11', 'V12'] },
    label: text("China's purchases of Russian crude", '中國購買俄羅斯原油'),
    note: text('Pipeline and seaborne together, before any tariff response. 2.0 mb/d in H1 2025 (EIA); 2.06 mb/d in July 2025 customs data.',
      '管道與海運合計，未計關稅反應。2025年上半年每日200萬桶（EIA）；2025年7月海關數據為每日206萬桶。'),
  },
  {
    key: 'tariff-india', group: 'headline', unit: 'percent', min: 0, max: 500, step: 5, default: 25, source: ['T1', 'T2'],
    label: text('Secondary tariff on India', '對印度的二級關稅'),
    note: text('The US penalty for buying Russian oil, on top of the 25% "reciprocal" tariff that is not modelled here. 25% from 27 Aug 2025 (EO 14329).',
      '美國因購買俄羅斯石油而加徵的懲罰性關稅，不含另外25%的「對等」關稅（本模型不計）。自2025年8月27日起為25%（第14329號行政命令）。'),
  },
  {
    key: 'tariff-china', group: 'headline', unit: 'percent', min: 0, max: 500, step: 5, default: 0, source: ['T8'],
    label: text('Secondary tariff on China', '對中國的二級關稅'),
    note: text('Threatened (up to 100%) in July–August 2025 but not imposed.', '2025年7至8月曾威脅（最高100%），但未實施。'),
  },
];

const prices: P[] = [
  {
    key: 'brent', group: 'prices', unit: 'usd-per-bbl', min: 40, max: 100, step: 1, default: 70, source: ['P1', 'P2', 'P3'],
    label: text('Brent before the drop', '下跌前的布蘭特油價'),
    note: text('Dated Brent averaged $71 in July and $68 in August 2025 (EIA).', '2025年7月布蘭特均價71美元，8月68美元（EIA）。'),
  },
  {
    key: 'urals-discount', group: 'prices', unit: 'usd-per-bbl', min: 0, max: 30, step: 0.5, default: 12, source: ['P4', 'P17', 'P20'],
    spread: { below: 1, above: 1, source: ['P4', 'P6', 'P17'] },
    label: text('Urals discount to Brent (FOB)', '烏拉爾原油對布蘭特折價（離岸）'),
    note: text('What Russia receives at its ports is Brent minus this. IEA: about $11.90 in July 2025; it reached about $26 in December 2025 (P14). Russia\'s tax price can differ by a few dollars.',
      '俄羅斯在港口實收價格＝布蘭特減此折價。IEA：2025年7月約11.90美元；2025年12月擴大至約26美元（P14）。俄羅斯的稅基價格可能相差幾美元。'),
  },
  {
    key: 'espo-discount', group: 'prices', unit: 'usd-per-bbl', min: 0, max: 15, step: 0.5, default: 6, source: ['P6', 'P4'],
    spread: { below: 2, above: 2, source: ['P6', 'P7', 'P19'] },
    label: text('ESPO discount to Brent (FOB Kozmino)', 'ESPO原油對布蘭特折價（科濟米諾離岸）'),
    note: text('ESPO averaged about $65 when Brent was $71 (July 2025).', '2025年7月布蘭特71美元時，ESPO均價約65美元。'),
  },
  {
    key: 'products-discount', group: 'prices', unit: 'usd-per-bbl', min: -5, max: 15, step: 0.5, default: 6, source: 'assumption',
    spread: { below: 4, above: 4, source: 'assumption' },
    label: text('Refined products: price below Brent', '成品油：低於布蘭特的價差'),
    note: text('No source gives the price Russia realises on diesel, fuel oil and other products. $6 below Brent is the calibration proposed in the data file, not fitted by this model.',
      '沒有資料來源給出俄羅斯柴油、燃料油等成品油的實現價格。低於布蘭特6美元是數據檔提出的校準值，並非本模型擬合所得。'),
  },
];

const volumes: P[] = [
  {
    key: 'china-pipeline', group: 'volumes', unit: 'mbd', min: 0, max: 1, step: 0.01, default: 0.8, source: ['V13', 'V14'],
    spread: { below: 0.1, above: 0.08, source: ['V13', 'V14'] },
    label: text("China's pipeline share (priced as ESPO)", '中國經管道輸入的部分（以ESPO計價）'),
    note: text('ESPO spur and the Kazakhstan route carry about 0.7–0.88 mb/d. If China buys less than this, all of it comes by pipeline.',
      'ESPO支線與哈薩克路線每日約輸送70萬至88萬桶。若中國購買量低於此數，全部經管道輸入。'),
  },
  {
    key: 'china-espo-share', group: 'volumes', unit: 'percent', min: 0, max: 100, step: 5, default: 50, source: 'assumption',
    spread: { below: 20, above: 20, source: 'assumption' },
    label: text("ESPO share of China's seaborne crude", '中國海運原油中ESPO的比例'),
    note: text('The rest is priced as Urals. No source gives the split; half and half is an assumption.', '其餘以烏拉爾計價。沒有資料給出比例；各半是假設。'),
  },
  {
    key: 'turkey', group: 'volumes', unit: 'mbd', min: 0, max: 0.5, step: 0.01, default: 0.3, source: ['V26', 'V8'],
    spread: { below: 0.09, above: 0.02, source: ['V26'] },
    label: text('Türkiye', '土耳其'),
    note: text('Russian crude was 317 kb/d of Türkiye\'s imports in Jan–Oct 2025 (Kpler).', '2025年1至10月，土耳其進口的俄羅斯原油為每日31.7萬桶（Kpler）。'),
  },
  {
    key: 'eu', group: 'volumes', unit: 'mbd', min: 0, max: 0.3, step: 0.01, default: 0.18, source: ['V27', 'V28'],
    spread: { below: 0.03, above: 0.05, source: ['V27', 'V28'] },
    label: text('EU by pipeline (Hungary, Slovakia)', '歐盟管道（匈牙利、斯洛伐克）'),
    note: text('Druzhba deliveries to Hungary and Slovakia, about 177 kb/d in 2024.', '2024年經友誼管道輸往匈牙利與斯洛伐克約每日17.7萬桶。'),
  },
  {
    key: 'other', group: 'volumes', unit: 'mbd', min: 0, max: 1.5, step: 0.01, default: 0.52, source: ['V1'],
    spread: { below: 0.2, above: 0.2, source: 'assumption' },
    label: text('All other crude buyers', '其他所有原油買家'),
    note: text('The rest of the 4.6 mb/d of crude exports in July 2025 (IEA): other Asian buyers, possibly Belarus, cargoes with no known destination. A residual, not a measured figure.',
      '2025年7月原油出口每日460萬桶（IEA）的其餘部分：其他亞洲買家、可能包括白俄羅斯、去向不明的船貨。這是餘數，並非實測值。'),
  },
  {
    key: 'products', group: 'volumes', unit: 'mbd', min: 0, max: 3.5, step: 0.05, default: 2.75, source: ['V4'],
    spread: { below: 0.15, above: 0.15, source: ['V4', 'V30'] },
    label: text('Refined product exports', '成品油出口'),
    note: text('Total oil exports (7.37 mb/d) minus crude (4.6 mb/d), July 2025; derived, since the IEA level was not in the copies found.',
      '2025年7月石油出口總量（每日737萬桶）減原油（每日460萬桶）；屬推算值，所見資料未列IEA的數字。'),
  },
];

const response: P[] = [
  {
    key: 'response-discount', group: 'response', unit: 'usd-per-bbl-per-10pt', min: 0, max: 3, step: 0.1, default: 0.8, source: ['P15', 'P16', 'P18'],
    spread: { below: 0.4, above: 0.4, source: ['P15', 'P16', 'P18'] },
    label: text('Extra discount Russia gives a tariffed buyer', '俄羅斯給被加徵關稅買家的額外折扣'),
    note: text('India\'s delivered discount widened from about $1–2 (July 2025) to $3–4 (Sep–Oct loadings) after the 25% tariff: about $2 per 25 points, so $0.8 per 10. It never goes deeper than the rerouting discount below.',
      '25%關稅後，印度到岸折扣由約1至2美元（2025年7月）擴大到3至4美元（9至10月裝船）：每25個百分點約2美元，即每10個百分點0.8美元。不會超過下方的轉售折扣。'),
  },
  {
    key: 'response-cut', group: 'response', unit: 'percent-per-10pt', min: 0, max: 50, step: 0.5, default: 0, source: ['I4', 'V15', 'V21'],
    label: text('Share of purchases a tariffed buyer gives up', '被加徵關稅買家放棄的採購比例'),
    note: text('India\'s purchases did not fall after the 25% tariff (Aug–Oct 2025 stayed at 1.5–1.7 mb/d); the large drop in December followed the US sanctions on Rosneft and Lukoil, not the tariff. Any value above 0 is an assumption.',
      '25%關稅後印度的購買量沒有下降（2025年8至10月維持每日150萬至170萬桶）；12月的大跌源於美國制裁俄油與盧克石油，而非關稅。任何大於0的值都是假設。'),
  },
  {
    key: 'reroute-share', group: 'response', unit: 'percent', min: 0, max: 100, step: 5, default: 50, source: 'assumption',
    spread: { below: 25, above: 25, source: 'assumption' },
    label: text('Share of dropped barrels sold elsewhere', '被放棄的原油轉售他處的比例'),
    note: text('Barrels India or China stop buying (below their mid-2025 level) that Russia sells to someone else; the rest are not exported. Seaborne exports held up in December 2025 while much crude sat unsold on water (V32); half is an assumption.',
      '印度或中國停止購買（低於2025年中水準）的原油中，俄羅斯轉賣給他人的比例；其餘未能出口。2025年12月海運出口維持高位，但大量原油滯留海上未售（V32）；一半是假設。'),
  },
  {
    key: 'reroute-discount', group: 'response', unit: 'usd-per-bbl', min: 0, max: 30, step: 0.5, default: 14, source: ['P14', 'P4'],
    spread: { below: 4, above: 4, source: 'assumption' },
    label: text('Extra discount on rerouted barrels', '轉售原油的額外折扣'),
    note: text('When buyers shunned sanctioned barrels in December 2025 the Urals discount reached $25.80, about $14 more than mid-2025\'s $11.90.',
      '2025年12月買家迴避受制裁原油時，烏拉爾折價達25.80美元，比2025年中的11.90美元多約14美元。'),
  },
];

const budget: P[] = [
  {
    key: 'rub', group: 'budget', unit: 'rub-per-usd', min: 60, max: 120, step: 0.5, default: 80, source: ['B15'],
    spread: { below: 1.5, above: 1.5, source: ['B15'] },
    label: text('Roubles per US dollar', '盧布兌美元匯率'),
    note: text('About 79–81 from June to September 2025. A weaker rouble raises the budget\'s rouble revenue from the same dollar income.',
      '2025年6月至9月約79至81。盧布走弱時，同樣的美元收入換得更多盧布預算收入。'),
  },
  {
    key: 'budget-sensitivity', group: 'budget', unit: 'trn-rub-per-usd-per-bbl', min: 0.15, max: 0.22, step: 0.01, default: 0.18, source: ['S2', 'S3', 'S5'],
    spread: { below: 0.03, above: 0.02, source: ['S2', 'S3', 'S5'] },
    label: text('Budget revenue per $1 a barrel', '每桶1美元對應的預算收入'),
    note: text('Each $1/bbl of Urals is worth 0.15–0.20 trillion roubles a year to the budget (Kogan; Salikhov; implied by the 2025 revision).',
      '烏拉爾每桶每1美元，每年為預算帶來0.15至0.20兆盧布（Kogan；Salikhov；2025年修訂預算所隱含）。'),
  },
];

const calculus: P[] = [
  {
    key: 'india-delivered-discount', group: 'calculus', unit: 'usd-per-bbl', min: 0, max: 10, step: 0.5, default: 2, source: ['P15', 'P16', 'P17', 'P18'],
    label: text("India's saving per barrel before the tariff", '關稅前印度每桶節省'),
    note: text('Russian crude delivered to India cost about $1–3 less than Brent in mid-2025. This is India\'s saving, not Russia\'s loss (freight and risk take most of the $12 FOB discount).',
      '2025年中，運抵印度的俄羅斯原油比布蘭特便宜約1至3美元。這是印度的節省，而非俄羅斯的損失（12美元離岸折價大多被運費與風險吃掉）。'),
  },
  {
    key: 'china-delivered-discount', group: 'calculus', unit: 'usd-per-bbl', min: 0, max: 10, step: 0.5, default: 0, source: 'assumption',
    label: text("China's saving per barrel before the tariff", '關稅前中國每桶節省'),
    note: text('No source gives it. ESPO cargoes traded about $2 above Brent delivered to China in October 2025 (P19), so the default saving is 0.',
      '沒有資料來源。2025年10月ESPO運抵中國的價格比布蘭特高約2美元（P19），故預設節省為0。'),
  },
  {
    key: 'india-exports-us', group: 'calculus', unit: 'usd-bn-per-year', min: 0, max: 150, step: 0.5, default: 86.5, source: ['T3'],
    label: text("India's exports to the US", '印度對美出口'),
    note: text('$86.51bn in FY2024-25.', '2024-25財年為865.1億美元。'),
  },
  {
    key: 'india-exempt', group: 'calculus', unit: 'percent', min: 0, max: 100, step: 1, default: 30, source: ['T3', 'T4'],
    label: text("Share of India's US exports exempt from the tariff", '印度對美出口中免徵關稅的比例'),
    note: text('Pharmaceuticals, phones and petroleum, about 30% (GTRI).', '藥品、手機與石油產品，約30%（GTRI）。'),
  },
  {
    key: 'china-exports-us', group: 'calculus', unit: 'usd-bn-per-year', min: 0, max: 600, step: 1, default: 439, source: ['T7'],
    label: text("China's exports to the US", '中國對美出口'),
    note: text('US goods imports from China, 2024 (Census).', '2024年美國自中國的商品進口（美國普查局）。'),
  },
  {
    key: 'china-exempt', group: 'calculus', unit: 'percent', min: 0, max: 100, step: 1, default: 0, source: 'assumption',
    label: text("Share of China's US exports exempt from the tariff", '中國對美出口中免徵關稅的比例'),
    note: text('No source gives it; 0% makes the tariff bill an upper bound.', '沒有資料來源；設為0%使關稅成本成為上限。'),
  },
];

export const parameters: readonly ParameterDeclaration[] = [...headline, ...prices, ...volumes, ...response, ...budget, ...calculus];
