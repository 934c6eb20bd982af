// Builds the plain-data report of one decoded scenario link, shared by the command line and the page's JSON download.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { ModelBundle } from '../engine/model-bundle.ts';
import { firstNonFiniteEquation } from '../engine/non-finite.ts';
import { ownValue } from '../engine/own-value.ts';
import type { Results, Scenario } from '../engine/types.ts';
import { LINK_FORMAT_VERSION, type DecodedLink } from '../link/link-format.ts';
import type { Adjustment } from '../link/sanitize-value.ts';
import { DAYS_PER_MONTH, usdBnPerMonth } from '../analysis/monthly-income.ts';
import { decompose, type GroupKeys } from '../analysis/decomposition.ts';
import { groupsForModel } from '../analysis/groups-for-model.ts';
import { type BuyerChoice, buyerChoice } from '../analysis/buyer-choice.ts';
import { DEFAULT_DRAWS, type MonteCarloResult, runMonteCarlo, seedForScenario } from '../analysis/monte-carlo.ts';

export { DAYS_PER_MONTH };

/** What the report needs of a model's bundle: the shipped declaration (to tell an edit), its groups and outputs. */
export type ReportBundle = Pick<ModelBundle, 'model' | 'groups' | 'outputs'>;

/** A budget change above this (in trillion roubles a year) counts as no extra shortfall; it absorbs rounding noise. */
const NO_SHORTFALL_RUB_TRN = -0.0005;

export interface PricesUsdPerBbl {
  brentBeforeDrop: number;
  /** Brent after the drop, before the world price answers the Russian barrels lost to the market. */
  brentBeforeResponse: number;
  /** Brent after the drop and the response: the price every buyer's price follows. */
  brent: number;
  urals: number;
  espo: number;
  products: number;
}

export interface BuyersUsdBnPerMonth {
  india: number;
  china: number;
  turkey: number;
  eu: number;
  /** Other buyers, including the rerouted barrels and crude diverted by refinery outages, so that the buyers add up to crude. */
  other: number;
}

export interface MonthUsdBn {
  days: number;
  total: number;
  crude: number;
  products: number;
  /** Income from rerouted barrels; already counted in `buyers.other`. */
  rerouted: number;
  buyers: BuyersUsdBnPerMonth;
}

export interface VolumesMbd {
  india: number;
  china: number;
  rerouted: number;
  lost: number;
  crude: number;
  products: number;
  total: number;
}

/** Keep buying or stop, each with its parts (src/analysis/buyer-choice.ts). */
export type BuyerCalculus = BuyerChoice;

/** Why income changed (src/analysis/decomposition.ts): group id → USD bn a month, summing exactly to `total` = change. */
export interface DecompositionReport {
  method: 'shapley';
  /** False when the edited model gives no finite income somewhere in the split: parts and total are then null in JSON. */
  finite: boolean;
  parts: Record<string, number>;
  total: number;
}

/** month.total with every parameter that has a spread drawn from it (src/analysis/monte-carlo.ts). */
export type UncertaintyBand = MonteCarloResult & { method: 'monte-carlo' };
/** `draws` for the band: DEFAULT_DRAWS when left out; 0 leaves the band out (null). */
export interface ReportOptions {
  /** Monte Carlo draws for the band; 0 leaves the band out. */
  draws?: number;
  /** Decomposition groups; by default the bundle's, with a catch-all for an edit (see groupsForModel). */
  groups?: readonly GroupKeys[];
  /** Why an edited model in the link was not used, if it was not. */
  editProblem?: string | null;
}

export interface ScenarioReport {
  /** `edited`: the link carried an edited model and the report is about it. */
  /**
   * `notFinite`: the first equation an edited model leaves without a finite value in this scenario (a division
   * by zero at these values), or null; its numbers, and those computed from it, are then null in JSON.
   */
  model: { id: string; version: number; edited: boolean; editProblem: string | null; notFinite: string | null };
  linkFormat: number;
  scenario: Record<string, number>;
  adjusted: Adjustment[];
  ignored: string[];
  /** Keys of parameters an older model had and this one retired: read and otherwise without effect. */
  retired: string[];
  prices: PricesUsdPerBbl;
  volumes: VolumesMbd;
  month: MonthUsdBn;
  baseline: { month: MonthUsdBn; prices: PricesUsdPerBbl };
  change: { usdBnPerMonth: number; percent: number };
  decomposition: DecompositionReport;
  band: UncertaintyBand | null;
  budget: {
    /** Oil and gas budget revenue from the tax rules, a year at this scenario's prices. */
    oilGasRevenueRubTrnPerYear: number;
    changeRubTrnPerYear: number;
    changePctOfOilGasPlan: number;
    /** The revenue's parts; the damper is paid out, so revenue = extraction + profit − damper + gas and other. */
    partsRubTrnPerYear: { extractionTax: number; profitTax: number; damper: number; gasAndOther: number };
    taxPriceUsdPerBbl: number;
    rubPerUsd: number;
    /** Oil taxes above (+) or below (−) what the $60 base price would bring: to or from the National Wealth Fund. */
    nwfFlowRubTrnPerYear: number;
    deficitAfterRubTrnPerYear: number;
    /** The deficit the fiscal rule does not draw from the Fund: borrowed or cut. */
    deficitNotFromFundRubTrnPerYear: number;
    /** Null when the scenario adds no shortfall for the fund to cover. */
    nwfMonthsOfShortfall: number | null;
    nwfMonthsOfDeficit: number;
    taxPriceMinusFiscalRuleUsd: number;
    taxPriceMinusBudgetAssumptionUsd: number;
    fiscalRulePriceUsd: number;
    budgetUralsRevisedUsd: number;
    breakEvenRangeUsd: [number, number];
  };
  calculus: { india: BuyerCalculus; china: BuyerCalculus };
  pinned: { scenario: Record<string, number>; month: MonthUsdBn } | null;
  units: Record<string, string>;
}

export const REPORT_UNITS: Readonly<Record<string, string>> = {
  scenario: 'each parameter in its declared unit',
  prices: 'USD per barrel',
  volumes: 'million barrels a day actually exported',
  month: 'USD bn per month of 365/12 days',
  change: 'USD bn per month; percent of the baseline total',
  decomposition: 'USD bn per month, split by parameter group (Shapley values); the parts add up to the change',
  band: 'USD bn per month (10th, 50th, 90th percentiles of month.total); prob* are shares of draws, 0 to 1',
  budget: 'RUB trn per year, percent, months or USD per barrel, as each name says',
  calculus:
    'USD bn per year, except russianCrudeMbd (million barrels a day), penaltyTariffPct (percent) and brentRiseUsdPerBbl (USD per barrel)',
};

/** Reads an equation, parameter or constant; a missing name means the model and this report disagree. */
function read(results: Results, name: string): number {
  const value = results[name];
  if (value === undefined) throw new Error(`The model has no result named "${name}"`);
  return value;
}

function monthOf(results: Results): MonthUsdBn {
  const bn = (name: string) => usdBnPerMonth(read(results, name));
  const rerouted = bn('reroutedIncome');
  return {
    days: DAYS_PER_MONTH,
    total: bn('totalIncome'),
    crude: bn('crudeIncome'),
    products: bn('productsIncome'),
    rerouted,
    buyers: {
      india: bn('indiaIncome'),
      china: bn('chinaIncome'),
      turkey: bn('turkeyIncome'),
      eu: bn('euIncome'),
      other: usdBnPerMonth(
        read(results, 'otherIncome') + read(results, 'reroutedIncome') + read(results, 'outageCrudeIncome'),
      ),
    },
  };
}

function pricesOf(results: Results): PricesUsdPerBbl {
  return {
    brentBeforeDrop: read(results, 'brent'),
    brentBeforeResponse: read(results, 'brentBeforeResponse'),
    brent: read(results, 'brentNow'),
    urals: read(results, 'urals'),
    espo: read(results, 'espo'),
    products: read(results, 'productPrice'),
  };
}

function calculusOf(results: Results, buyer: 'india' | 'china'): BuyerCalculus {
  return buyerChoice(results, buyer, (name) => read(results, name));
}

/** Every parameter key, in declaration order, with the value the scenario uses. */
function scenarioValues(model: CompiledModel, scenario: Scenario): Record<string, number> {
  return Object.fromEntries(model.declaration.parameters.map((p) => [p.key, ownValue(scenario, p.key) ?? p.default]));
}

function decompositionOf(model: CompiledModel, scenario: Scenario, groups: readonly GroupKeys[]): DecompositionReport {
  const { parts, total, method, finite } = decompose(model, scenario, groups, {
    measure: (r) => usdBnPerMonth(read(r, 'totalIncome')),
  });
  return { method, finite, parts: Object.fromEntries(parts.map((part) => [part.id, part.usdBnPerMonth])), total };
}

/**
 * The report of `decoded` under `model` (the bundle's own or an edit of it): full precision, plain JSON-ready
 * data, no DOM and no Node.
 */
export function buildScenarioReport(
  bundle: ReportBundle,
  model: CompiledModel,
  decoded: DecodedLink,
  options: ReportOptions = {},
): ScenarioReport {
  const { draws = DEFAULT_DRAWS, editProblem = null } = options;
  const groups = options.groups ?? groupsForModel(bundle, model);
  const results = model.evaluate(decoded.scenario);
  const month = monthOf(results);
  const baselineMonth = monthOf(model.baseline);
  const budgetChange = read(results, 'budgetChange');
  return {
    model: {
      id: model.declaration.id,
      version: model.declaration.version,
      edited: model.declaration !== bundle.model,
      editProblem,
      notFinite: firstNonFiniteEquation(model, results),
    },
    linkFormat: LINK_FORMAT_VERSION,
    scenario: scenarioValues(model, decoded.scenario),
    adjusted: decoded.adjusted.map(({ key, given, used, reason }) => ({ key, given, used, reason })),
    ignored: [...decoded.ignored],
    retired: [...decoded.retired],
    prices: pricesOf(results),
    volumes: {
      india: read(results, 'indiaKept'),
      china: read(results, 'chinaKept'),
      rerouted: read(results, 'reroutedVolume'),
      lost: read(results, 'lostVolume'),
      crude: read(results, 'crudeVolume'),
      products: read(results, 'productsExported'),
      total: read(results, 'exportVolume'),
    },
    month,
    baseline: { month: baselineMonth, prices: pricesOf(model.baseline) },
    change: {
      usdBnPerMonth: month.total - baselineMonth.total,
      percent: read(results, bundle.outputs.headlineChangePct),
    },
    decomposition: decompositionOf(model, decoded.scenario, groups),
    // Seeded from the scenario's link, as the page seeds it, so both show the same band.
    band:
      draws === 0
        ? null
        : {
            ...runMonteCarlo(model, bundle.outputs, decoded.scenario, {
              draws,
              seed: seedForScenario(model, decoded.scenario),
            }),
            method: 'monte-carlo',
          },
    budget: {
      oilGasRevenueRubTrnPerYear: read(results, 'oilGasRevenue'),
      changeRubTrnPerYear: budgetChange,
      changePctOfOilGasPlan: read(results, 'budgetChangePct'),
      partsRubTrnPerYear: {
        extractionTax: read(results, 'metRevenue'),
        profitTax: read(results, 'nddRevenue'),
        damper: read(results, 'damperPayout'),
        gasAndOther: read(results, 'gasOther'),
      },
      taxPriceUsdPerBbl: read(results, 'taxPrice'),
      rubPerUsd: read(results, 'rubNow'),
      nwfFlowRubTrnPerYear: read(results, 'nwfFlow'),
      deficitAfterRubTrnPerYear: read(results, 'deficitAfter'),
      deficitNotFromFundRubTrnPerYear: read(results, 'deficitNotFromFund'),
      nwfMonthsOfShortfall: budgetChange >= NO_SHORTFALL_RUB_TRN ? null : read(results, 'nwfMonthsOfShortfall'),
      nwfMonthsOfDeficit: read(results, 'nwfMonthsOfDeficit'),
      taxPriceMinusFiscalRuleUsd: read(results, 'uralsVsFiscalRule'),
      taxPriceMinusBudgetAssumptionUsd: read(results, 'uralsVsBudget'),
      fiscalRulePriceUsd: read(results, 'fiscalRulePrice'),
      budgetUralsRevisedUsd: read(results, 'budgetUralsRevised'),
      breakEvenRangeUsd: [read(results, 'breakEvenLow'), read(results, 'breakEvenHigh')],
    },
    calculus: { india: calculusOf(results, 'india'), china: calculusOf(results, 'china') },
    pinned: decoded.pinned
      ? { scenario: scenarioValues(model, decoded.pinned), month: monthOf(model.evaluate(decoded.pinned)) }
      : null,
    units: { ...REPORT_UNITS },
  };
}
