// The record of 2025 month by month (Jan–Nov): observed drivers and published outcomes, each value with its source rows.
// Rows are IDs of shared/data/ADDENDUM-2025-26.md (M…, N…) and BASELINE-2025.md (P…, V…, B…, R1, T…, K…).
// A month without a published figure holds null: nothing here is filled in, interpolated or fitted.
// Row M63 (Brent Feb–Jun) is marked unverified in the data file, so it is never used.
import type { LocalText } from '../../src/engine/types.ts';

/** One published figure. */
export interface Reading {
  value: number;
  /** Source row IDs the value is read from (see month-sources.ts and sources.ts). */
  source: readonly string[];
  /** Whose figure, and on what basis where that matters ("Kpler", "IEA first print"). English. */
  basis: string;
  /** True where the data file derives the figure by arithmetic from other figures (marked ≈ there). */
  derived?: boolean;
}

/** A quantity for a month: the reading the model uses, and any other readings that disagree with it. */
export interface Observed {
  used: Reading;
  others?: readonly Reading[];
}

export interface MonthRecord {
  /** YYYY-MM. */
  month: string;
  /** Days in the month: the backtest turns a daily income into the month's income with it. */
  days: number;
  /** Brent, an EIA monthly average unless `basis` says otherwise. */
  brentUsdPerBbl: Observed | null;
  /** The Economy Ministry's tax price: 0.78 × Urals FOB + 0.22 × ESPO FOB (X17). Not a port price. */
  uralsTaxUsdPerBbl: Observed | null;
  /** A Urals (or Russian crude) price at Russian ports, where one is published. */
  uralsPortUsdPerBbl: Observed | null;
  /** The Bank of Russia's monthly average; spot quotes on single days are not used. */
  rubPerUsd: Observed | null;
  /** India's imports of Russian crude (arrivals in the month). */
  indiaMbd: Observed | null;
  /** China's imports of Russian crude, pipeline and seaborne (customs). */
  chinaMbd: Observed | null;
  /** Russia's crude exports (IEA). */
  crudeExportsMbd: Observed | null;
  /** Russia's refined product exports (IEA). */
  productsMbd: Observed | null;
  /** The IEA's estimate of Russia's oil export revenue, crude and products. */
  ieaRevenueUsdBn: Observed | null;
  /** The Finance Ministry's federal oil and gas budget revenue (includes the quarterly profit tax, NDD). */
  minfinOilGasRubBn: Observed | null;
}

const read = (value: number, source: readonly string[], basis: string, derived = false): Reading =>
  derived ? { value, source, basis, derived } : { value, source, basis };
const obs = (used: Reading, ...others: Reading[]): Observed => (others.length > 0 ? { used, others } : { used });

const EMPTY = {
  brentUsdPerBbl: null,
  uralsTaxUsdPerBbl: null,
  uralsPortUsdPerBbl: null,
  rubPerUsd: null,
  indiaMbd: null,
  chinaMbd: null,
  crudeExportsMbd: null,
  productsMbd: null,
  ieaRevenueUsdBn: null,
  minfinOilGasRubBn: null,
} as const satisfies Omit<MonthRecord, 'month' | 'days'>;

/** The IEA's revenue figure is its first print throughout: the only print found for most months. */
export const IEA_PRINT_USED = 'first print';

export const months: readonly MonthRecord[] = [
  {
    ...EMPTY,
    month: '2025-01',
    days: 31,
    brentUsdPerBbl: obs(read(79, ['M1'], 'EIA monthly average')),
    uralsTaxUsdPerBbl: obs(read(67.66, ['M2'], 'MinEc tax price')),
    indiaMbd: obs(read(1.67, ['M5'], 'Kpler'), read(1.49, ['M5'], 'Vortexa')),
    minfinOilGasRubBn: obs(read(789.1, ['M6'], 'Minfin')),
  },
  {
    ...EMPTY,
    month: '2025-02',
    days: 28,
    indiaMbd: obs(read(1.4, ['M7'], 'Kpler'), read(1.41, ['M7'], 'Vortexa')),
    minfinOilGasRubBn: obs(read(771.3, ['M8'], 'Minfin')),
  },
  {
    ...EMPTY,
    month: '2025-03',
    days: 31,
    uralsTaxUsdPerBbl: obs(read(58.99, ['M9'], 'MinEc tax price')),
    rubPerUsd: obs(read(86.0987, ['M9'], 'Bank of Russia average')),
    chinaMbd: obs(read(2.09, ['M10'], 'customs, 8.85 Mt converted at 7.33 bbl/t', true)),
    minfinOilGasRubBn: obs(read(1100, ['M13'], 'Minfin (1.1 trn, rounded)')),
  },
  {
    ...EMPTY,
    month: '2025-04',
    days: 30,
    uralsPortUsdPerBbl: obs(read(55.64, ['M14'], 'IEA average Russian crude export price')),
    ieaRevenueUsdBn: obs(read(13.2, ['M14'], 'IEA first print (May OMR)')),
  },
  {
    ...EMPTY,
    month: '2025-05',
    days: 31,
    uralsTaxUsdPerBbl: obs(read(52.08, ['M17'], 'MinEc tax price')),
    uralsPortUsdPerBbl: obs(read(50, ['M18'], 'Kpler Urals FOB, approximate')),
    rubPerUsd: obs(read(80.4603, ['M17'], 'Bank of Russia average')),
    indiaMbd: obs(
      read(1.85, ['M20'], 'Kpler, later copy'),
      read(1.96, ['M20'], 'Kpler, earlier copy; also Vortexa'),
      read(1.8, ['M20'], 'Reuters'),
    ),
    minfinOilGasRubBn: obs(read(520, ['M22'], 'Reuters estimate before the release')),
  },
  {
    ...EMPTY,
    month: '2025-06',
    days: 30,
    uralsTaxUsdPerBbl: obs(read(59.84, ['M23', 'P8'], 'MinEc tax price')),
    rubPerUsd: obs(read(78.7, ['M23', 'B15'], 'Bank of Russia average')),
    indiaMbd: obs(read(2.13, ['M26'], 'Kpler, provisional')),
    chinaMbd: obs(read(2.03, ['M27'], 'customs')),
    crudeExportsMbd: obs(read(4.68, ['M24'], 'IEA (garbled copy, read as crude)')),
    productsMbd: obs(read(2.55, ['M24'], 'IEA (garbled copy, read as products)')),
    ieaRevenueUsdBn: obs(read(13.4, ['M25'], 'IEA: July first print minus the stated −$0.9bn m/m', true)),
    minfinOilGasRubBn: obs(read(494.8, ['M28', 'B8'], 'Minfin')),
  },
  {
    ...EMPTY,
    month: '2025-07',
    days: 31,
    brentUsdPerBbl: obs(read(71, ['P1', 'M29'], 'EIA monthly average')),
    uralsTaxUsdPerBbl: obs(read(60.4, ['P9', 'M29'], 'Minfin release, basis unclear')),
    uralsPortUsdPerBbl: obs(read(58.99, ['P6'], 'Windward/Vortexa Urals average')),
    indiaMbd: obs(
      read(1.6, ['V16'], 'Kpler (the model default)'),
      read(1.5, ['V15'], 'Reuters'),
      read(1.4, ['M32'], 'Kpler via Daily8'),
    ),
    chinaMbd: obs(read(2.06, ['V12', 'M33'], 'customs, 8.71 Mt converted', true)),
    crudeExportsMbd: obs(read(4.6, ['V1', 'M30'], 'IEA')),
    productsMbd: obs(read(2.75, ['V4'], 'IEA total 7.37 minus crude 4.6', true)),
    ieaRevenueUsdBn: obs(
      read(14.3, ['R1', 'M31'], 'IEA first print (Aug OMR)'),
      read(14.43, ['M31'], 'IEA revised (Sep OMR: Aug 13.51 + 0.92)', true),
    ),
    minfinOilGasRubBn: obs(read(787.3, ['M34', 'B8'], 'Minfin, includes the quarterly NDD')),
  },
  {
    ...EMPTY,
    month: '2025-08',
    days: 31,
    brentUsdPerBbl: obs(read(68, ['P2', 'M35'], 'EIA monthly average')),
    uralsTaxUsdPerBbl: obs(read(57.55, ['M35'], 'MinEc tax price')),
    uralsPortUsdPerBbl: obs(read(56, ['P5', 'M37'], 'IEA Urals average')),
    indiaMbd: obs(read(1.715, ['V17', 'M38'], 'Kpler'), read(1.62, ['V18', 'M38'], 'Reuters')),
    crudeExportsMbd: obs(read(4.57, ['M36'], 'IEA total 7.3 less products', true)),
    productsMbd: obs(read(2.73, ['M36', 'V4'], 'IEA total 7.3 minus crude 4.57', true)),
    ieaRevenueUsdBn: obs(
      read(13.51, ['M37'], 'IEA first print (Sep OMR)'),
      read(13.58, ['M37'], 'IEA revised (Oct OMR)'),
    ),
    minfinOilGasRubBn: obs(read(505, ['M39'], 'Minfin')),
  },
  {
    ...EMPTY,
    month: '2025-09',
    days: 30,
    brentUsdPerBbl: obs(
      read(68, ['M40'], 'EIA monthly average'),
      read(67.58, ['M40'], 'ICE front-month average (OPEC)', true),
    ),
    uralsTaxUsdPerBbl: obs(read(56.82, ['M41'], 'MinEc tax price')),
    indiaMbd: obs(read(1.6, ['V19', 'M45'], 'Kpler'), read(1.44, ['V21', 'M45'], 'Kpler/OilX via Reuters')),
    crudeExportsMbd: obs(read(5.1, ['M43'], 'IEA')),
    productsMbd: obs(read(2.3, ['M43'], 'IEA total 7.4 minus crude 5.1', true)),
    ieaRevenueUsdBn: obs(read(13.35, ['M44'], 'IEA first print (Oct OMR)')),
    minfinOilGasRubBn: obs(
      read(579, ['M46'], 'Minfin, Jan–Oct less Jan–Aug less October', true),
      read(592, ['M46'], 'Reuters estimate before the release'),
    ),
  },
  {
    ...EMPTY,
    month: '2025-10',
    days: 31,
    brentUsdPerBbl: obs(
      read(63.95, ['M47'], 'ICE front-month average (OPEC), not the EIA Dated average'),
      read(65.2, ['M47'], 'OPEC basket, not Brent'),
    ),
    uralsTaxUsdPerBbl: obs(read(53.68, ['M48'], 'MinEc tax price')),
    indiaMbd: obs(
      read(1.62, ['V20', 'M52'], 'Kpler'),
      read(1.48, ['V21', 'M52'], 'Kpler/OilX via Reuters'),
      read(1.65, ['V22', 'M52'], 'Reuters'),
    ),
    crudeExportsMbd: obs(read(5, ['M50'], 'IEA')),
    productsMbd: obs(read(2.3, ['M50'], 'IEA')),
    minfinOilGasRubBn: obs(
      read(888.6, ['M53', 'B8'], 'Minfin, includes the quarterly NDD'),
      read(950, ['M53'], 'Reuters estimate before the release'),
    ),
  },
  {
    ...EMPTY,
    month: '2025-11',
    days: 30,
    brentUsdPerBbl: obs(read(63, ['M54'], 'Dated Brent late in the month, not a monthly average')),
    uralsTaxUsdPerBbl: obs(read(44.87, ['M55', 'P12'], 'MinEc tax price')),
    uralsPortUsdPerBbl: obs(read(43.52, ['M55', 'P13'], 'IEA Urals average')),
    indiaMbd: obs(read(1.84, ['V23', 'M59'], 'Kpler'), read(1.87, ['V22', 'M59'], 'Reuters, provisional')),
    crudeExportsMbd: obs(read(4.71, ['M57'], 'IEA: October 5.0 less 0.29', true)),
    productsMbd: obs(read(2.17, ['M57'], 'IEA: October 2.3 less 0.13', true)),
    ieaRevenueUsdBn: obs(read(11, ['M58'], 'IEA first print (Dec OMR)')),
    minfinOilGasRubBn: obs(read(520, ['M60'], 'Reuters estimate before the release')),
  },
];

/** A dated policy event, for the record's readers (the timeline's markers). */
export interface PolicyEvent {
  /** YYYY-MM-DD. */
  date: string;
  source: readonly string[];
  label: LocalText;
}

export const policyEvents: readonly PolicyEvent[] = [
  {
    date: '2025-01-10',
    source: ['N16'],
    label: {
      en: 'US sanctions on Gazprom Neft, Surgutneftegas and ~180 tankers',
      'zh-Hant': '美國制裁俄羅斯天然氣工業石油公司、蘇爾古特石油天然氣公司與約180艘油輪',
    },
  },
  {
    date: '2025-08-27',
    source: ['T1'],
    label: { en: '25% US secondary tariff on India', 'zh-Hant': '美國對印度加徵25%二級關稅' },
  },
  {
    date: '2025-09-03',
    source: ['K2'],
    label: { en: 'EU crude price cap cut to $47.60', 'zh-Hant': '歐盟原油價格上限降至47.60美元' },
  },
  {
    date: '2025-10-22',
    source: ['K6'],
    label: { en: 'US sanctions on Rosneft and Lukoil', 'zh-Hant': '美國制裁俄羅斯石油公司與盧克石油' },
  },
  {
    date: '2025-11-21',
    source: ['K6'],
    label: {
      en: 'Wind-down deadline for Rosneft and Lukoil deals',
      'zh-Hant': '與俄羅斯石油公司、盧克石油交易的結束期限',
    },
  },
];

/** The secondary tariff on India: 25% from 27 Aug 2025 (T1); none before. No tariff on China (T8). */
export const TARIFF_INDIA_FROM = { date: '2025-08-27', pct: 25, source: ['T1', 'T2'] } as const;
