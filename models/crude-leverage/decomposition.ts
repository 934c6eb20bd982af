// The groups that "why it changed" splits a change in income into: every parameter that moves income, in one group.
import type { DecompositionGroup } from '../../src/engine/decomposition-types.ts';
import type { LocalText } from '../../src/engine/types.ts';

const text = (en: string, zh: string): LocalText => ({ en, 'zh-Hant': zh });

/**
 * In display order. The rouble rate, the budget sensitivity and the buyers' trade with the US are in no
 * group: they change the budget and the buyer's calculus, never export income (a test proves it), so no
 * part of a change in income can go missing.
 */
export const decompositionGroups: readonly DecompositionGroup[] = [
  // The world price's answer to lost barrels moves Brent, so it is part of the oil price.
  {
    id: 'price',
    label: text('Oil price', '油價'),
    keys: ['drop', 'brent', 'price-response', 'replacement-share'],
  },
  {
    id: 'discounts',
    label: text('Discounts to Brent', '對布蘭特的折價'),
    keys: ['urals-discount', 'sanctions-discount', 'espo-discount', 'products-crack', 'china-espo-share'],
  },
  { id: 'india', label: text("India's purchases", '印度的購買量'), keys: ['india'] },
  { id: 'china', label: text("China's purchases", '中國的購買量'), keys: ['china', 'china-pipeline'] },
  {
    id: 'other-buyers',
    label: text('Other buyers and products', '其他買家與成品油'),
    keys: ['turkey', 'eu', 'other', 'products', 'refinery-outage', 'outage-lost-share'],
  },
  {
    id: 'tariffs',
    label: text('Tariffs and the response to them', '關稅及其反應'),
    keys: [
      'tariff-india',
      'tariff-china',
      'india-response-discount',
      'china-response-discount',
      'india-response-cut',
      'china-response-cut',
      'market-repricing',
      'reroute-share',
      'reroute-discount',
    ],
  },
];
