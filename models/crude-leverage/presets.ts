// Ready-made scenarios for the article's claims (shared/seed/CLAIMS.md): one click each, values on top of the defaults.
import type { PresetDeclaration } from '../../src/engine/types.ts';

const text = (en: string, zh: string) => ({ en, 'zh-Hant': zh });

export const presets: readonly PresetDeclaration[] = [
  {
    id: 'status-quo',
    claim: 'C2',
    title: text('Mid-2025: the status quo', '2025年中：現狀'),
    explanation: text(
      'July 2025 prices and volumes, with the 25% secondary tariff on India in force and none on China.',
      '2025年7月的價格與數量，對印度的25%二級關稅生效，中國則無。',
    ),
    values: {},
  },
  {
    id: 'ten-lower',
    claim: 'C3',
    title: text('"$10 lower"', '「再跌10美元」'),
    explanation: text(
      'Brent $10 below mid-2025, as in the claim that another $10 would leave Russia "no choice". Everything else as in mid-2025.',
      '布蘭特比2025年中低10美元，即「再跌10美元俄羅斯就別無選擇」的說法。其餘與2025年中相同。',
    ),
    values: { drop: 10 },
  },
  {
    id: 'india-stops',
    claim: 'C4',
    title: text('India stops buying Russian crude', '印度停止購買俄羅斯原油'),
    explanation: text(
      'India buys nothing; half of its 1.6 mb/d is sold elsewhere at a $14 deeper discount and half is not exported (assumptions you can change). Every seaborne Urals cargo gets cheaper, and the 0.8 mb/d that leave the market lift Brent by about $1 (half replaced by other producers).',
      '印度完全不買；其每日160萬桶中，一半以多14美元的折扣轉售他處，一半未能出口（可調整的假設）。所有海運烏拉爾船貨都變便宜，而離開市場的每日80萬桶使布蘭特上漲約1美元（一半由其他產油國補上）。',
    ),
    values: { india: 0 },
  },
  {
    id: 'china-absorbs',
    claim: 'C4',
    title: text('China takes up what India drops', '中國接手印度放棄的原油'),
    explanation: text(
      'India buys nothing and every barrel it dropped is sold elsewhere (China, in this story) at a $14 deeper discount. No barrel leaves the world market, so Brent does not move; the cost falls on the discount.',
      '印度完全不買，其放棄的每一桶都以多14美元的折扣轉售他處（此情境中為中國）。沒有原油離開世界市場，布蘭特不變；代價落在折價上。',
    ),
    values: { india: 0, 'reroute-share': 100 },
  },
  {
    id: 'china-tariff',
    claim: 'C1',
    title: text('The same 25% tariff on China', '對中國同樣徵收25%'),
    explanation: text(
      "A 25% secondary tariff on China too, as threatened in August 2025. By default Russia widens China's discount; purchases do not fall (as India's did not).",
      '對中國也徵收25%二級關稅，即2025年8月的威脅。預設下俄羅斯擴大對中國的折扣，購買量不減（如印度的情況）。',
    ),
    values: { 'tariff-china': 25 },
  },
  {
    id: 'sanctions-act',
    claim: 'C5',
    title: text('Sanctioning Russia Act: 500% on buyers', '《制裁俄羅斯法案》：對買家徵500%'),
    explanation: text(
      'The draft Act allows up to 500% on countries buying Russian oil. Here India and China face 500% and are assumed to stop buying (each 10 points of tariff cuts 20% of purchases); half of the dropped barrels are sold elsewhere, and the 1.8 mb/d that leave the market lift Brent by about $2.',
      '法案草案允許對購買俄羅斯石油的國家徵收最高500%。此處印度與中國均被徵500%，並假設停止購買（每10個百分點關稅削減20%購買量）；被放棄的原油一半轉售他處，離開市場的每日180萬桶使布蘭特上漲約2美元。',
    ),
    values: {
      'tariff-india': 500,
      'tariff-china': 500,
      'india-response-cut': 20,
      'china-response-cut': 20,
    },
  },
  {
    id: 'late-2025-discount',
    claim: 'C3',
    title: text('Sanctions widen the discount, as in late 2025', '制裁擴大折價，如2025年底'),
    explanation: text(
      'After the US sanctioned Rosneft and Lukoil (October 2025) the Urals discount reached about $26 (December 2025): $14 of sanctions discount on top of the $12 of mid-2025, on every seaborne Urals barrel. Brent barely moved (it fell $0.30 while Urals fell $13), so it stays at its mid-2025 level.',
      '美國制裁俄油與盧克石油（2025年10月）後，烏拉爾折價在2025年12月達約26美元：在2025年中的12美元之上，每桶海運烏拉爾再多14美元的制裁折價。布蘭特幾乎沒動（烏拉爾跌13美元時布蘭特只跌0.30美元），因此維持2025年中水準。',
    ),
    values: { 'sanctions-discount': 14 },
  },
  {
    id: 'clsa-high',
    claim: 'C4',
    title: text("India stops, in CLSA's high case", '印度停購：CLSA的高油價情境'),
    explanation: text(
      "The bank CLSA wrote that Brent could go from $65 to $90–100 if India stopped. Here none of India's 1.6 mb/d finds a buyer or a replacement, and each lost mb/d lifts Brent by $18.75, so Brent rises $30, the middle of CLSA's range. This is far above the elasticity estimates ($1.3–2.8 per mb/d), which is why it is a scenario and not part of the band.",
      '券商CLSA指出，若印度停購，布蘭特可能由65美元升至90至100美元。此處印度每日160萬桶全部找不到買家、也無人補上，每損失每日百萬桶使布蘭特上漲18.75美元，因此布蘭特上漲30美元，即CLSA區間的中間值。這遠高於彈性估計（每百萬桶1.3至2.8美元），因此列為情境，而不納入區間。',
    ),
    values: { india: 0, 'reroute-share': 0, 'replacement-share': 0, 'price-response': 18.75 },
  },
];
