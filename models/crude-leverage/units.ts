// Units the Crude Leverage model uses, with the symbols shown after numbers and their spoken forms.
import type { UnitDeclaration } from '../../src/engine/types.ts';

const unit = (id: string, en: string, zh: string, spokenEn: string, spokenZh: string): UnitDeclaration => ({
  id,
  symbol: { en, 'zh-Hant': zh },
  spoken: { en: spokenEn, 'zh-Hant': spokenZh },
});

/** Chinese counts money in 億 (10^8), not 十億: one USD bn is shown as 10億美元 (ten of the shown unit). */
const inYi = (declaration: UnitDeclaration): UnitDeclaration => ({ ...declaration, shownScale: { 'zh-Hant': 10 } });

export const units: readonly UnitDeclaration[] = [
  unit('usd-per-bbl', '$/bbl', '美元/桶', 'US dollars a barrel', '美元每桶'),
  unit('mbd', 'mb/d', '百萬桶/日', 'million barrels a day', '百萬桶每日'),
  unit('percent', '%', '%', 'percent', '百分比'),
  unit('share', '', '', '', ''),
  unit(
    'usd-per-bbl-per-10pt',
    '$/bbl per 10 pts',
    '美元/桶（每10個百分點）',
    'US dollars a barrel for every 10 points of tariff',
    '美元每桶（每10個百分點關稅）',
  ),
  unit(
    'percent-per-10pt',
    '% per 10 pts',
    '%（每10個百分點）',
    'percent of purchases for every 10 points of tariff',
    '個百分點的採購量（每10個百分點關稅）',
  ),
  unit(
    'usd-per-bbl-per-mbd',
    '$/bbl per mb/d',
    '美元/桶（每百萬桶/日）',
    'US dollars a barrel for every million barrels a day',
    '每損失每日百萬桶，每桶美元',
  ),
  unit('rub-per-usd', 'RUB/$', '盧布/美元', 'roubles per US dollar', '盧布兌一美元'),
  unit('rub-per-bbl', 'RUB/bbl', '盧布/桶', 'roubles a barrel', '盧布每桶'),
  unit('usd-m-per-day', '$M/day', '百萬美元/日', 'million US dollars a day', '百萬美元每日'),
  inYi(unit('usd-bn-per-month', '$bn/month', '億美元/月', 'billion US dollars a month', '億美元每月')),
  inYi(unit('usd-bn-per-year', '$bn/yr', '億美元/年', 'billion US dollars a year', '億美元每年')),
  unit('trn-rub', 'trn RUB', '兆盧布', 'trillion roubles', '兆盧布'),
  unit('trn-rub-per-year', 'trn RUB/yr', '兆盧布/年', 'trillion roubles a year', '兆盧布每年'),
  unit(
    'trn-rub-per-usd-per-bbl',
    'trn RUB/yr per $1/bbl',
    '兆盧布/年（每1美元/桶）',
    'trillion roubles a year for every dollar a barrel',
    '兆盧布每年（油價每桶每1美元）',
  ),
  unit('months', 'months', '個月', 'months', '個月'),
  unit('days-per-year', 'days/yr', '天/年', 'days a year', '天每年'),
  unit('months-per-year', 'months/yr', '個月/年', 'months a year', '個月每年'),
];

/** Base dimensions of the dimension check (src/analysis/unit-check.ts): money, oil, time. */
export type BaseDimension = 'usd' | 'bbl' | 'day' | 'rub';

/** A unit as a product of base dimensions, and how many base units one of it is. */
export interface UnitDimension {
  exponents: Readonly<Partial<Record<BaseDimension, number>>>;
  scale: number;
}

const DAYS_PER_YEAR = 365;
const dim = (exponents: UnitDimension['exponents'], scale: number): UnitDimension => ({ exponents, scale });

/**
 * Every unit in base dimensions. Percent, shares and tariff points are dimensionless; a year is 365 days and
 * a month 365/12. "Per 10 points" units are per tariff step: equations count steps as tariff / tariffStep.
 */
export const unitDimensions: Readonly<Record<string, UnitDimension>> = {
  'usd-per-bbl': dim({ usd: 1, bbl: -1 }, 1),
  mbd: dim({ bbl: 1, day: -1 }, 1e6),
  percent: dim({}, 0.01),
  share: dim({}, 1),
  'usd-per-bbl-per-10pt': dim({ usd: 1, bbl: -1 }, 1),
  'percent-per-10pt': dim({}, 0.01),
  // A price per flow: dollars a barrel for every barrel a day (in millions).
  'usd-per-bbl-per-mbd': dim({ usd: 1, bbl: -2, day: 1 }, 1e-6),
  'rub-per-usd': dim({ rub: 1, usd: -1 }, 1),
  'rub-per-bbl': dim({ rub: 1, bbl: -1 }, 1),
  'usd-m-per-day': dim({ usd: 1, day: -1 }, 1e6),
  'usd-bn-per-month': dim({ usd: 1, day: -1 }, (1e9 * 12) / DAYS_PER_YEAR),
  'usd-bn-per-year': dim({ usd: 1, day: -1 }, 1e9 / DAYS_PER_YEAR),
  'trn-rub': dim({ rub: 1 }, 1e12),
  'trn-rub-per-year': dim({ rub: 1, day: -1 }, 1e12 / DAYS_PER_YEAR),
  'trn-rub-per-usd-per-bbl': dim({ rub: 1, day: -1, usd: -1, bbl: 1 }, 1e12 / DAYS_PER_YEAR),
  months: dim({ day: 1 }, DAYS_PER_YEAR / 12),
  // Conversions: a day is 1/365 of a year, a month 1/12 of a year, so these are pure numbers.
  'days-per-year': dim({}, 1 / DAYS_PER_YEAR),
  'months-per-year': dim({}, 1 / 12),
};
