// The Crude Leverage model declaration: Russia's oil export income under prices and secondary tariffs.
import type { ModelDeclaration } from '../../src/engine/types.ts';
import { constants } from './constants.ts';
import { equations } from './equations.ts';
import { groups, parameters } from './parameters.ts';
import { presets } from './presets.ts';
import { units } from './units.ts';

export const crudeLeverageModel: ModelDeclaration = {
  id: 'crude-leverage',
  version: 1,
  title: { en: 'Crude Leverage', 'zh-Hant': '原油槓桿' },
  units,
  groups,
  parameters,
  constants,
  equations,
  presets,
  // Version 1 is the first; when a default changes, record the old one here (see README, "Scenario links").
  history: [],
};
