// Registers the strings of the parts that load on demand (why it changed, inside the model, sources) in both languages.
import { detailsEn } from './details-en.ts';
import { detailsZhHant } from './details-zh-hant.ts';
import { registerMessages } from './translate.ts';

registerMessages('en', detailsEn);
registerMessages('zh-Hant', detailsZhHant);
