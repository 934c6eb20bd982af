// Units the Crude Leverage model uses, with the symbols shown after numbers and their spoken forms.
import type { UnitDeclaration } from '../../src/engine/types.ts';

const unit = (id: string, en: string, zh: string, spokenEn: string, spokenZh: string): UnitDeclaration => ({
  id,
  symbol: { en, 'zh-Hant': zh },
  spoken: { en: spokenEn, 'zh-Hant': spokenZh },
});

export const units: readonly UnitDeclaration[] = [
  unit('usd-per-bbl', '$/bbl', '美元/桶', 'US dollars a barrel', '美元每桶'),
  unit('mbd', 'mb/d', '百萬桶/日', 'million barrels a day', '百萬桶每日'),
  unit('percent', '%', '%', 'percent', '百分比'),
  unit('share', '', '', '', ''),
  unit('usd-per-bbl-per-10pt', '$/bbl per 10 pts', '美元/桶（每10個百分點）', 'US dollars a barrel for every 10 points of tariff', '每10個百分點關稅，每桶美元'),
  unit('percent-per-10pt', '% per 10 pts', '%（每10個百分點）', 'percent of purchases for every 10 points of tariff', '每10個百分點關稅，採購量的百分比'),
  unit('rub-per-usd', 'RUB/$', '盧布/美元', 'roubles per US dollar', '盧布兌一美元'),
  unit('usd-m-per-day', '$M/day', '百萬美元/日', 'million US dollars a day', '每日百萬美元'),
  unit('usd-bn-per-month', '$bn/month', '十億美元/月', 'billion US dollars a month', '每月十億美元'),
  unit('usd-bn-per-year', '$bn/yr', '十億美元/年', 'billion US dollars a year', '每年十億美元'),
  unit('trn-rub', 'trn RUB', '兆盧布', 'trillion roubles', '兆盧布'),
  unit('trn-rub-per-year', 'trn RUB/yr', '兆盧布/年', 'trillion roubles a year', '每年兆盧布'),
  unit('trn-rub-per-usd-per-bbl', 'trn RUB/yr per $1/bbl', '兆盧布/年（每1美元/桶）', 'trillion roubles a year for every dollar a barrel', '每桶每1美元對應的每年兆盧布'),
  unit('months', 'months', '個月', 'months', '個月'),
];
