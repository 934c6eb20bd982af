// Maps one month's observed drivers to the model's parameters: the single place that decides what a month "is" as a scenario.
//
// The rules, in order (every parameter not named here stays at its default):
// - Urals at the port: the tax price (a 0.78 Urals / 0.22 ESPO basket, row X17) less 0.22 × the ESPO premium
//   over Urals at the model's defaults (urals-discount − espo-discount = $6), so $1.32 below the tax price.
//   Where no tax price is published, a port price (IEA, Kpler) is used as it is. No price: the month is not run.
// - Brent: the month's reading (whatever its basis; months.ts says which); the Urals discount is Brent less
//   the port Urals price. With no Brent reading, Brent is port Urals plus the default discount, so ESPO and
//   products keep their default spreads to Urals.
// - India and China: the readings used, else the defaults. Türkiye and the EU: the defaults (no monthly data).
// - Other buyers: the IEA's crude exports less India, China, Türkiye and the EU (at least 0), so the crude
//   total matches the IEA; with no IEA figure, the default. Products: the IEA figure, else the default.
// - Rerouting: off (reroute-share 0) when the IEA total is known, since every barrel exported is then in it;
//   otherwise a purchase below the default would count as "dropped" and be sold again on top of the total.
// - Secondary tariff on India: 25% weighted by the days it was in force (from 27 Aug); none on China.
// - Rouble: the monthly average where published (it moves the budget, not dollar income).
// - No oil-price drop: the observed Brent is the price.
//
// When the model gains new levers, extend this function, not the record:
// - a sanctions discount: leave it at 0 here, since the observed Urals price already carries the sanctions;
// - a crack spread: set it from a monthly crack reading once months.ts has one;
// - a world-price response: leave it off, since the observed Brent already includes any response.
import { TARIFF_INDIA_FROM, type MonthRecord, type Observed } from '../../models/crude-leverage/months.ts';
import type { Scenario } from '../engine/types.ts';

/** ESPO's weight in the tax price basket (X17). */
export const TAX_BASKET_ESPO_WEIGHT = 0.22;

export interface MonthScenario {
  /** Parameter values for the month; keys left out take their defaults. */
  scenario: Partial<Scenario>;
  /** Port Urals price the scenario is built on, $/bbl, and where it came from. */
  uralsPortUsdPerBbl: number;
  uralsFrom: 'tax-price' | 'port-price';
  /** Parameter keys set from the month's record; every other key is at its default. */
  fromRecord: readonly string[];
  /** Source rows of the readings the scenario uses, without repeats. */
  sources: readonly string[];
}

/** The port Urals price implied by a tax price, holding ESPO's premium over Urals at the defaults. */
export function uralsPortFromTaxPrice(taxUsdPerBbl: number, defaults: Scenario): number {
  const espoPremiumOverUrals = (defaults['urals-discount'] ?? 0) - (defaults['espo-discount'] ?? 0);
  return taxUsdPerBbl - TAX_BASKET_ESPO_WEIGHT * espoPremiumOverUrals;
}

/** Share of the month's days on or after an ISO date, 0 to 1. */
export function shareOfMonthFrom(month: string, days: number, fromDate: string): number {
  const first = `${month}-01`;
  const last = `${month}-${String(days).padStart(2, '0')}`;
  if (fromDate <= first) return 1;
  if (fromDate > last) return 0;
  return (days - Number(fromDate.slice(8)) + 1) / days;
}

/** The month as a scenario, or null when no Urals price was published for it. */
export function scenarioForMonth(record: MonthRecord, defaults: Scenario): MonthScenario | null {
  const sources: string[] = [];
  /** The value the model uses, noting its rows. */
  const use = (observed: Observed | null): number | undefined => {
    if (observed) sources.push(...observed.used.source);
    return observed?.used.value;
  };
  const uralsFrom = record.uralsTaxUsdPerBbl ? 'tax-price' : record.uralsPortUsdPerBbl ? 'port-price' : null;
  if (uralsFrom === null) return null;
  const uralsPort =
    uralsFrom === 'tax-price'
      ? uralsPortFromTaxPrice(use(record.uralsTaxUsdPerBbl)!, defaults)
      : use(record.uralsPortUsdPerBbl)!;

  const scenario: Record<string, number> = { drop: 0 };
  const set = (key: string, value: number | undefined) => {
    if (value !== undefined) scenario[key] = value;
  };
  const brent = use(record.brentUsdPerBbl);
  if (brent !== undefined) {
    set('brent', brent);
    set('urals-discount', brent - uralsPort);
  } else {
    set('brent', uralsPort + (defaults['urals-discount'] ?? 0));
  }
  const india = use(record.indiaMbd);
  const china = use(record.chinaMbd);
  set('india', india);
  set('china', china);
  const crude = use(record.crudeExportsMbd);
  if (crude !== undefined) {
    const named = ['turkey', 'eu'].reduce((sum, key) => sum + (defaults[key] ?? 0), 0);
    set('other', Math.max(0, crude - (india ?? defaults.india ?? 0) - (china ?? defaults.china ?? 0) - named));
    set('reroute-share', 0);
  }
  set('products', use(record.productsMbd));
  const tariffShare = shareOfMonthFrom(record.month, record.days, TARIFF_INDIA_FROM.date);
  set('tariff-india', TARIFF_INDIA_FROM.pct * tariffShare);
  if (tariffShare > 0) sources.push(...TARIFF_INDIA_FROM.source);
  set('tariff-china', 0);
  set('rub', use(record.rubPerUsd));

  return {
    scenario,
    uralsPortUsdPerBbl: uralsPort,
    uralsFrom,
    fromRecord: Object.keys(scenario).filter((key) => key !== 'drop'),
    sources: sources.filter((id, index) => sources.indexOf(id) === index),
  };
}
