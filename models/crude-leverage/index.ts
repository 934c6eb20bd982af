// The Crude Leverage model declaration: Russia's oil export income under prices and secondary tariffs.
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
  // When a default changes, record the old one here (see README, "Scenario links").
  history: [
    {
      version: 1,
      // No default changed; the parameters added in version 2 did not exist, so a version-1 link takes their defaults.
      defaults: {},
      note: {
        en: "Version 2 counts the buyer's calculus as a choice: keep buying and lose exports to the penalty tariff, or stop and pay a higher world price.",
        'zh-Hant': '第2版把買家的算盤當作選擇：繼續購買並因懲罰性關稅失去出口，或停購並支付更高的國際油價。',
      },
    },
  ],
};
