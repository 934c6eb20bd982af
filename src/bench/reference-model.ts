// The Crude Leverage equations written again as plain TypeScript: a cross-check of the declared model and the bench's speed yardstick.
// Parameter defaults and constant values are data and come from the declaration; every name and equation is written
// out by hand here, in the same operation order as models/crude-leverage/equations.ts, so a typo in either
// copy shows up as a mismatch in tests/bench/reference-model.test.ts.
import { constants } from '../../models/crude-leverage/constants.ts';
import { parameters } from '../../models/crude-leverage/parameters.ts';

/** Results like the engine's: every parameter (under its symbol) and constant, then every equation by name. */
export type ReferenceResults = ReturnType<typeof compute> & Readonly<Record<string, number>>;

/** The baseline values the equations read as `base_<name>`. */
export interface BaselineReads {
  indiaKept: number;
  chinaKept: number;
  chinaSea: number;
  seaborneUralsVolume: number;
  totalIncome: number;
  taxPrice: number;
  oilGasRevenue: number;
}

const DEFAULTS: Readonly<Record<string, number>> = Object.fromEntries(parameters.map((p) => [p.key, p.default]));
const CONSTANTS: Readonly<Record<string, number>> = Object.fromEntries(constants.map((c) => [c.name, c.value]));

function constant(name: string): number {
  const value = CONSTANTS[name];
  if (value === undefined) throw new Error(`reference model: the declaration has no constant "${name}"`);
  return value;
}

const taxUralsWeight = constant('taxUralsWeight');
const metRate = constant('metRate');
const metPriceFloor = constant('metPriceFloor');
const fiscalRulePrice = constant('fiscalRulePrice');
const budgetUralsOriginal = constant('budgetUralsOriginal');
const budgetUralsRevised = constant('budgetUralsRevised');
const oilGasRevenuePlan = constant('oilGasRevenuePlan');
const deficitPlan = constant('deficitPlan');
const nwfLiquid = constant('nwfLiquid');
const breakEvenLow = constant('breakEvenLow');
const breakEvenHigh = constant('breakEvenHigh');
const daysPerYear = constant('daysPerYear');
const monthsPerYear = constant('monthsPerYear');
const tariffStep = constant('tariffStep');
const shortfallFloor = constant('shortfallFloor');
const buyingFloor = constant('buyingFloor');

let defaultResults: ReferenceResults | null = null;

/** Results of the default scenario (every parameter at its default): what `base_<name>` refers to. */
export function referenceBaseline(): ReferenceResults {
  defaultResults ??= compute(DEFAULTS, null);
  return defaultResults;
}

/**
 * Evaluates every equation for `scenario` (parameter keys in kebab-case, as the engine takes them; a missing
 * or non-finite value takes its default). `baseline` supplies the `base_` values and defaults to the results
 * of the default scenario, as in the engine.
 */
export function referenceEvaluate(
  scenario: Readonly<Record<string, number>>,
  baseline?: BaselineReads,
): ReferenceResults {
  return compute(scenario, baseline ?? referenceBaseline());
}

function read(scenario: Readonly<Record<string, number>>, key: string): number {
  const value = scenario[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : DEFAULTS[key]!;
}

/** `baseline` null means this is the baseline itself, where base_x is x. */
function compute(s: Readonly<Record<string, number>>, baseline: BaselineReads | null) {
  const drop = read(s, 'drop');
  const india = read(s, 'india');
  const china = read(s, 'china');
  const tariffIndia = read(s, 'tariff-india');
  const tariffChina = read(s, 'tariff-china');
  const brent = read(s, 'brent');
  const uralsDiscount = read(s, 'urals-discount');
  const espoDiscount = read(s, 'espo-discount');
  const productsCrack = read(s, 'products-crack');
  const sanctionsDiscount = read(s, 'sanctions-discount');
  const chinaPipeline = read(s, 'china-pipeline');
  const chinaEspoShare = read(s, 'china-espo-share');
  const turkey = read(s, 'turkey');
  const eu = read(s, 'eu');
  const other = read(s, 'other');
  const products = read(s, 'products');
  const priceResponse = read(s, 'price-response');
  const replacementShare = read(s, 'replacement-share');
  const refineryOutage = read(s, 'refinery-outage');
  const outageLostShare = read(s, 'outage-lost-share');
  const indiaResponseDiscount = read(s, 'india-response-discount');
  const chinaResponseDiscount = read(s, 'china-response-discount');
  const indiaResponseCut = read(s, 'india-response-cut');
  const chinaResponseCut = read(s, 'china-response-cut');
  const marketRepricing = read(s, 'market-repricing');
  const rerouteShare = read(s, 'reroute-share');
  const rerouteDiscount = read(s, 'reroute-discount');
  const rub = read(s, 'rub');
  const rubPassThrough = read(s, 'rub-pass-through');
  const refining = read(s, 'refining');
  const metAddOn = read(s, 'met-add-on');
  const nddShare = read(s, 'ndd-share');
  const nddCost = read(s, 'ndd-cost');
  const damperShare = read(s, 'damper-share');
  const damperReference = read(s, 'damper-reference');
  const gasOther = read(s, 'gas-other');
  const indiaDeliveredDiscount = read(s, 'india-delivered-discount');
  const chinaDeliveredDiscount = read(s, 'china-delivered-discount');
  const indiaExportsUs = read(s, 'india-exports-us');
  const indiaExempt = read(s, 'india-exempt');
  const chinaExportsUs = read(s, 'china-exports-us');
  const chinaExempt = read(s, 'china-exempt');
  const tradeElasticity = read(s, 'trade-elasticity');
  const exporterTariffShare = read(s, 'exporter-tariff-share');
  const lostSaleMargin = read(s, 'lost-sale-margin');
  const indiaCrudeImports = read(s, 'india-crude-imports');
  const chinaCrudeImports = read(s, 'china-crude-imports');

  // Volumes first: what the buyers keep and drop depends on no price, and the world price depends on it
  const indiaCutShare = Math.min(1, (indiaResponseCut * tariffIndia) / (tariffStep * 100));
  const indiaKept = india * (1 - indiaCutShare);
  const chinaCutShare = Math.min(1, (chinaResponseCut * tariffChina) / (tariffStep * 100));
  const chinaKept = china * (1 - chinaCutShare);
  const chinaPipe = Math.min(chinaPipeline, chinaKept);
  const chinaSea = chinaKept - chinaPipe;
  const seaborneUralsVolume = indiaKept + (1 - chinaEspoShare / 100) * chinaSea + turkey + other;

  const base = baseline ?? { indiaKept, chinaKept, chinaSea, seaborneUralsVolume };
  const indiaDropped = Math.max(0, base.indiaKept - indiaKept);
  const chinaDropped = Math.max(0, base.chinaKept - chinaKept);
  const seaborneUralsDropped = indiaDropped + (1 - chinaEspoShare / 100) * Math.max(0, base.chinaSea - chinaSea);
  const uralsMarketWidening =
    (marketRepricing / 100) * rerouteDiscount * Math.min(1, seaborneUralsDropped / base.seaborneUralsVolume);
  const reroutedVolume = (rerouteShare / 100) * (indiaDropped + chinaDropped);
  const lostVolume = indiaDropped + chinaDropped - reroutedVolume;
  const productsExported = Math.max(0, products - refineryOutage);
  const outageCrudeVolume = (1 - outageLostShare / 100) * (products - productsExported);
  const outageLostVolume = (outageLostShare / 100) * (products - productsExported);

  // Prices: Brent after the drop, then its answer to the barrels lost to the world market
  const brentBeforeResponse = Math.max(0, brent - drop);
  const worldLostVolume = lostVolume + outageLostVolume;
  const brentResponse = priceResponse * (1 - replacementShare / 100) * worldLostVolume;
  const brentNow = brentBeforeResponse + brentResponse;
  const uralsPipeline = Math.max(0, brentNow - uralsDiscount);
  const urals = Math.max(0, brentNow - uralsDiscount - sanctionsDiscount - uralsMarketWidening);
  const espo = Math.max(0, brentNow - espoDiscount);
  const productPrice = Math.max(0, brentNow + productsCrack);
  const chinaSeaPrice = (chinaEspoShare / 100) * espo + (1 - chinaEspoShare / 100) * urals;

  // Incomes
  const indiaWidening = Math.min((indiaResponseDiscount * tariffIndia) / tariffStep, rerouteDiscount);
  const indiaIncome = indiaKept * Math.max(0, urals - indiaWidening);
  const chinaWidening = Math.min((chinaResponseDiscount * tariffChina) / tariffStep, rerouteDiscount);
  const chinaIncome =
    chinaPipe * Math.max(0, espo - chinaWidening) + chinaSea * Math.max(0, chinaSeaPrice - chinaWidening);
  const reroutedIncome =
    (rerouteShare / 100) *
    (indiaDropped * Math.max(0, urals - rerouteDiscount) +
      chinaDropped * Math.max(0, Math.min(espo, urals) - rerouteDiscount));
  const outageCrudeIncome = outageCrudeVolume * urals;
  const turkeyIncome = turkey * urals;
  const euIncome = eu * uralsPipeline;
  const otherIncome = other * urals;
  const productsIncome = productsExported * productPrice;

  // Totals
  const crudeIncome =
    indiaIncome + chinaIncome + turkeyIncome + euIncome + otherIncome + reroutedIncome + outageCrudeIncome;
  const totalIncome = crudeIncome + productsIncome;
  const crudeVolume = indiaKept + chinaKept + turkey + eu + other + reroutedVolume + outageCrudeVolume;
  const exportVolume = crudeVolume + productsExported;
  const totalMonth = (totalIncome * daysPerYear) / monthsPerYear / 1000;
  const baseTotalIncome = baseline ? baseline.totalIncome : totalIncome;
  const changeVsBaselinePct = (totalIncome / baseTotalIncome - 1) * 100;

  // Budget from the tax rules
  const taxPrice = taxUralsWeight * urals + (1 - taxUralsWeight) * espo;
  const baseTaxPrice = baseline ? baseline.taxPrice : taxPrice;
  const rubNow = rub / (1 - rubPassThrough + (rubPassThrough * taxPrice) / baseTaxPrice);
  const refiningRuns = Math.max(0, refining - (products - productsExported));
  const production = refiningRuns + crudeVolume;
  const metUsdPerBbl = metAddOn * metRate * Math.max(0, taxPrice - metPriceFloor);
  const nddUsdPerBbl = nddShare * Math.max(0, taxPrice - metUsdPerBbl - nddCost);
  const metRevenue = (metUsdPerBbl * rubNow * production * daysPerYear) / 1000000;
  const nddRevenue = (nddUsdPerBbl * rubNow * production * daysPerYear) / 1000000;
  const damperPayout =
    (damperShare * refiningRuns * Math.max(0, productPrice * rubNow - damperReference) * daysPerYear) / 1000000;
  const oilGasRevenue = metRevenue + nddRevenue - damperPayout + gasOther;
  const baseOilGasRevenue = baseline ? baseline.oilGasRevenue : oilGasRevenue;
  const budgetChange = oilGasRevenue - baseOilGasRevenue;
  const budgetChangePct = (budgetChange / oilGasRevenuePlan) * 100;

  // Fiscal rule
  const metAtRulePrice = metAddOn * metRate * Math.max(0, fiscalRulePrice - metPriceFloor);
  const nddAtRulePrice = nddShare * Math.max(0, fiscalRulePrice - metAtRulePrice - nddCost);
  const nwfFlow =
    ((metUsdPerBbl + nddUsdPerBbl - metAtRulePrice - nddAtRulePrice) * rubNow * production * daysPerYear) / 1000000;
  const nwfDraw = Math.max(0, -nwfFlow);
  const deficitAfter = deficitPlan - budgetChange;
  const deficitNotFromFund = Math.max(0, deficitAfter - nwfDraw);
  const nwfMonthsOfShortfall = (monthsPerYear * nwfLiquid) / Math.max(shortfallFloor, -budgetChange);
  const nwfMonthsOfDeficit = (monthsPerYear * nwfLiquid) / Math.max(shortfallFloor, deficitAfter);
  const uralsVsFiscalRule = taxPrice - fiscalRulePrice;
  const uralsVsBudget = taxPrice - budgetUralsRevised;

  // Buyer's calculus: keep buying
  const indiaPenaltyRate = (Math.min(1, indiaKept / buyingFloor) * tariffIndia) / 100;
  const indiaExportsCharged = indiaExportsUs * (1 - indiaExempt / 100);
  const indiaExportsKept = indiaExportsCharged * (1 + indiaPenaltyRate) ** tradeElasticity;
  const indiaLostSales = (lostSaleMargin / 100) * (indiaExportsCharged - indiaExportsKept);
  const indiaBorneShare =
    ((exporterTariffShare / 100) * indiaPenaltyRate) / (1 + (exporterTariffShare / 100) * indiaPenaltyRate);
  const indiaTariffBorne = indiaExportsKept * Math.min(lostSaleMargin / 100, indiaBorneShare);
  const indiaTariffCost = indiaLostSales + indiaTariffBorne;
  const indiaSaving = (indiaKept * (indiaDeliveredDiscount + indiaWidening) * daysPerYear) / 1000;
  const chinaPenaltyRate = (Math.min(1, chinaKept / buyingFloor) * tariffChina) / 100;
  const chinaExportsCharged = chinaExportsUs * (1 - chinaExempt / 100);
  const chinaExportsKept = chinaExportsCharged * (1 + chinaPenaltyRate) ** tradeElasticity;
  const chinaLostSales = (lostSaleMargin / 100) * (chinaExportsCharged - chinaExportsKept);
  const chinaBorneShare =
    ((exporterTariffShare / 100) * chinaPenaltyRate) / (1 + (exporterTariffShare / 100) * chinaPenaltyRate);
  const chinaTariffBorne = chinaExportsKept * Math.min(lostSaleMargin / 100, chinaBorneShare);
  const chinaTariffCost = chinaLostSales + chinaTariffBorne;
  const chinaSaving = (chinaKept * (chinaDeliveredDiscount + chinaWidening) * daysPerYear) / 1000;

  // Buyer's calculus: stop
  const indiaStopPriceRise = priceResponse * (1 - replacementShare / 100) * (1 - rerouteShare / 100) * indiaKept;
  const indiaStopBill = (Math.max(indiaCrudeImports, indiaKept) * indiaStopPriceRise * daysPerYear) / 1000;
  const indiaStopCost = indiaStopBill + indiaSaving;
  const indiaStopAdvantage = indiaTariffCost - indiaStopCost;
  const chinaStopPriceRise = priceResponse * (1 - replacementShare / 100) * (1 - rerouteShare / 100) * chinaKept;
  const chinaStopBill = (Math.max(chinaCrudeImports, chinaKept) * chinaStopPriceRise * daysPerYear) / 1000;
  const chinaStopCost = chinaStopBill + chinaSaving;
  const chinaStopAdvantage = chinaTariffCost - chinaStopCost;

  // One literal with every name spelled out: spreading the parameters and constants into it made V8 build
  // each result slowly (about 100 µs instead of under 1 µs), which would distort the bench's yardstick.
  return {
    drop,
    india,
    china,
    tariffIndia,
    tariffChina,
    brent,
    uralsDiscount,
    espoDiscount,
    productsCrack,
    sanctionsDiscount,
    chinaPipeline,
    chinaEspoShare,
    turkey,
    eu,
    other,
    products,
    priceResponse,
    replacementShare,
    refineryOutage,
    outageLostShare,
    indiaResponseDiscount,
    chinaResponseDiscount,
    indiaResponseCut,
    chinaResponseCut,
    marketRepricing,
    rerouteShare,
    rerouteDiscount,
    rub,
    rubPassThrough,
    refining,
    metAddOn,
    nddShare,
    nddCost,
    damperShare,
    damperReference,
    gasOther,
    indiaDeliveredDiscount,
    chinaDeliveredDiscount,
    indiaExportsUs,
    indiaExempt,
    chinaExportsUs,
    chinaExempt,
    tradeElasticity,
    exporterTariffShare,
    lostSaleMargin,
    indiaCrudeImports,
    chinaCrudeImports,
    taxUralsWeight,
    metRate,
    metPriceFloor,
    fiscalRulePrice,
    budgetUralsOriginal,
    budgetUralsRevised,
    oilGasRevenuePlan,
    deficitPlan,
    nwfLiquid,
    breakEvenLow,
    breakEvenHigh,
    daysPerYear,
    monthsPerYear,
    tariffStep,
    shortfallFloor,
    brentBeforeResponse,
    worldLostVolume,
    brentResponse,
    buyingFloor,
    brentNow,
    uralsPipeline,
    urals,
    espo,
    productPrice,
    chinaSeaPrice,
    indiaWidening,
    indiaCutShare,
    indiaKept,
    indiaIncome,
    indiaDropped,
    chinaWidening,
    chinaCutShare,
    chinaKept,
    chinaPipe,
    chinaSea,
    chinaIncome,
    chinaDropped,
    seaborneUralsVolume,
    seaborneUralsDropped,
    uralsMarketWidening,
    reroutedVolume,
    lostVolume,
    reroutedIncome,
    productsExported,
    outageCrudeVolume,
    outageLostVolume,
    outageCrudeIncome,
    turkeyIncome,
    euIncome,
    otherIncome,
    productsIncome,
    crudeIncome,
    totalIncome,
    crudeVolume,
    exportVolume,
    totalMonth,
    changeVsBaselinePct,
    taxPrice,
    rubNow,
    refiningRuns,
    production,
    metUsdPerBbl,
    nddUsdPerBbl,
    metRevenue,
    nddRevenue,
    damperPayout,
    oilGasRevenue,
    budgetChange,
    budgetChangePct,
    metAtRulePrice,
    nddAtRulePrice,
    nwfFlow,
    nwfDraw,
    deficitAfter,
    deficitNotFromFund,
    nwfMonthsOfShortfall,
    nwfMonthsOfDeficit,
    uralsVsFiscalRule,
    uralsVsBudget,
    indiaPenaltyRate,
    indiaExportsCharged,
    indiaExportsKept,
    indiaLostSales,
    indiaTariffBorne,
    indiaTariffCost,
    indiaSaving,
    chinaPenaltyRate,
    chinaExportsCharged,
    chinaExportsKept,
    chinaLostSales,
    chinaTariffBorne,
    chinaTariffCost,
    chinaSaving,
    indiaStopPriceRise,
    indiaStopBill,
    indiaStopCost,
    indiaStopAdvantage,
    chinaStopPriceRise,
    chinaStopBill,
    chinaStopCost,
    chinaStopAdvantage,
  };
}
