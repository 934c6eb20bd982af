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
      'India buys nothing; half of its 1.6 mb/d is sold elsewhere at a $14 deeper discount and half is not exported (assumptions you can change).',
      '印度完全不買；其每日160萬桶中，一半以多14美元的折扣轉售他處，一半未能出口（可調整的假設）。',
    ),
    values: { india: 0 },
  },
  {
    id: 'china-absorbs',
    claim: 'C4',
    title: text('China takes up what India drops', '中國接手印度放棄的原油'),
    explanation: text(
      'India buys nothing and every barrel it dropped is sold elsewhere (China, in this story) at a $14 deeper discount.',
      '印度完全不買，其放棄的每一桶都以多14美元的折扣轉售他處（此情境中為中國）。',
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
      'The draft Act allows up to 500% on countries buying Russian oil. Here India and China face 500% and are assumed to stop buying (each 10 points of tariff cuts 20% of purchases); half of the dropped barrels are sold elsewhere.',
      '法案草案允許對購買俄羅斯石油的國家徵收最高500%。此處印度與中國均被徵500%，並假設停止購買（每10個百分點關稅削減20%購買量）；被放棄的原油一半轉售他處。',
    ),
    values: { 'tariff-india': 500, 'tariff-china': 500, 'response-cut': 20 },
  },
  {
    id: 'late-2025-discount',
    claim: 'C3',
    title: text('Sanctions widen the discount, as in late 2025', '制裁擴大折價，如2025年底'),
    explanation: text(
      'After the US sanctioned Rosneft and Lukoil (October 2025) the Urals discount reached about $26 (December 2025). Brent stays at its mid-2025 level.',
      '美國制裁俄油與盧克石油（2025年10月）後，烏拉爾折價在2025年12月達約26美元。布蘭特維持2025年中水準。',
    ),
    values: { 'urals-discount': 26 },
  },
];
