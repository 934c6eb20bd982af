// The Crude Leverage model declaration: Russia's oil export income under prices and secondary tariffs (the page's first load imports only this).
import type { ModelDeclaration } from '../../src/engine/types.ts';
import { constants } from './constants.ts';
import { equations } from './equations.ts';
import { groups, parameters } from './parameters.ts';
import { presets } from './presets.ts';
import { units } from './units.ts';

export const crudeLeverageModel: ModelDeclaration = {
  id: 'crude-leverage',
  version: 2,
  title: { en: 'Crude Leverage', 'zh-Hant': '原油槓桿' },
  units,
  groups,
  parameters,
  constants,
  equations,
  presets,
  // When a default changes, record the old one here (see README, "Scenario links"). Newest first.
  history: [
    {
      version: 1,
      // Version 1 had no world-price response and no market repricing: an old link opens with both off.
      defaults: { 'price-response': 0, 'market-repricing': 0 },
      retired: ['budget-sensitivity'],
      mapped: {
        // One tariff response for both buyers became one for each; the old value goes to both.
        'response-discount': [
          { key: 'india-response-discount', factor: 1 },
          { key: 'china-response-discount', factor: 1 },
        ],
        'response-cut': [
          { key: 'india-response-cut', factor: 1 },
          { key: 'china-response-cut', factor: 1 },
        ],
        // A discount below Brent became a crack above it: $6 below is a crack of −6.
        'products-discount': [{ key: 'products-crack', factor: -1 }],
      },
      note: {
        en: "Version 2 added the world-price response, sanctions on sellers, market repricing of Urals, refinery outages and products priced as Brent plus a crack, and split the tariff response into India and China. It also computes the budget from Russia’s tax rules (extraction tax, profit tax, damper, fiscal rule) instead of a flat 0.18 trillion roubles per $1 a barrel; the budget-sensitivity setting no longer exists. And it counts the buyer's calculus as a choice: keep buying and lose exports to the penalty tariff, or stop and pay a higher world price.",
        'zh-Hant':
          '第2版加入國際油價反應、賣方制裁、烏拉爾市場重新定價、煉油廠停工與以布蘭特加裂解價差計價的成品油，並把關稅反應分為印度與中國；預算改依俄羅斯稅制（開採稅、利潤稅、燃油補貼、財政規則）計算，不再使用每桶1美元對應0.18兆盧布的單一係數，「budget-sensitivity」設定已取消；也把買家的算盤當作選擇：繼續購買並因懲罰性關稅失去出口，或停購並支付更高的國際油價。',
      },
    },
  ],
};
