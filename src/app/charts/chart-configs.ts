// Builds the page's three chart configurations from the simulator's state, in the active language (pure).
import type { ChartConfiguration } from 'chart.js';
import type { SweepPoint } from '../../analysis/drop-sweep.ts';
import { INCOME_CATEGORIES, monthlyIncomeByCategory } from '../../analysis/monthly-income.ts';
import { type BuyerChoice, CALCULUS_BUYERS, type CalculusBuyerId, buyerChoice } from '../../analysis/buyer-choice.ts';
import { type ModelResults, modelOutputs } from '../model.ts';
import { calculusConfig } from '../../charts/calculus-chart.ts';
import type { ChartTableData } from '../../charts/chart-table.ts';
import type { MonteCarloResult } from '../../analysis/monte-carlo.ts';
import { type XY, dropSweepConfig } from '../../charts/drop-sweep-chart.ts';
import { headlineOf, resultOf } from '../../engine/output-types.ts';
import { keyToSymbol } from '../../engine/symbols.ts';
import { incomeByBuyerConfig } from '../../charts/income-by-buyer-chart.ts';
import { formatUsd, formatUsdBn, shownUsdBn } from '../../i18n/format.ts';
import { localeTag, type Translate } from '../../i18n/translate.ts';
import type { Language } from '../../link/view-params.ts';

export interface ChartState {
  results: ModelResults;
  baseline: ModelResults;
  pinned: ModelResults | null;
  sweep: readonly SweepPoint[];
  baselineSweep: readonly SweepPoint[];
  pinnedSweep: readonly SweepPoint[] | null;
  /** The uncertainty band at the current settings, once it has been computed. */
  band: MonteCarloResult | null;
  lang: Language;
  t: Translate;
}

/** What a chart is drawn from, read off the page's state: its current, baseline and pinned results and sweeps. */
export type ChartSource = Pick<
  ChartState,
  'results' | 'baseline' | 'sweep' | 'baselineSweep' | 'pinnedSweep' | 'lang'
> & { pinnedResults: ModelResults | null };

/** The chart state of a simulator (or anything shaped like one), with the band when it has been computed. */
export function chartStateOf(source: ChartSource, band: MonteCarloResult | null, t: Translate): ChartState {
  const { results, baseline, pinnedResults, sweep, baselineSweep, pinnedSweep, lang } = source;
  return { results, baseline, pinned: pinnedResults, sweep, baselineSweep, pinnedSweep, band, lang, t };
}

export interface PageChart {
  id: string;
  title: string;
  /** The text alternative: the chart's takeaway in one or two sentences. */
  summary: string;
  config: ChartConfiguration;
  /** The data table behind the chart, when the generic one (chartTable) does not fit it. */
  table?: () => ChartTableData;
  /** A fixed drawing height in CSS pixels, for a chart whose rows need it; else the page's usual height. */
  heightPx?: number;
}

const series = (t: Translate) => ({
  scenario: t('series.scenario'),
  baseline: t('series.baseline'),
  pinned: t('series.pinned'),
});

// Charts plot money in the unit the language reads (億美元 in Chinese), so the axis, its ticks, the tooltips,
// the table and the CSV all agree with the axis title and the sentences.
const shownSweep = (points: readonly SweepPoint[], shown: (usdBn: number) => number): XY[] =>
  points.map((point) => ({ x: point.valueUsdPerBbl, y: shown(point.usdBnPerMonth) }));

// Why the headline through its role here, though this is the page's own chart of its own model: the sweep
// it draws and the band around its marker record that role, so the marker, the summary and the line agree.
const headline = (results: ModelResults) => headlineOf(modelOutputs, results);
/** Where a scenario stands on the sweep's axis: the value of the swept parameter. */
const sweptValue = (results: ModelResults) => resultOf(results, keyToSymbol(modelOutputs.sweptPrice));

export function incomeByBuyerChart(state: ChartState): PageChart {
  const { t, lang } = state;
  const shown = shownUsdBn(lang);
  const scenario = monthlyIncomeByCategory(state.results);
  const baseline = monthlyIncomeByCategory(state.baseline);
  const pinned = state.pinned ? monthlyIncomeByCategory(state.pinned) : null;
  const categories = INCOME_CATEGORIES.map(({ id }) => ({
    id,
    label: t(`buyer.${id}`),
    scenario: scenario[id],
    baseline: baseline[id],
    ...(pinned ? { pinned: pinned[id] } : {}),
  }));
  const plotted = categories.map((c) => ({
    ...c,
    scenario: shown(c.scenario),
    baseline: shown(c.baseline),
    ...(c.pinned !== undefined ? { pinned: shown(c.pinned) } : {}),
  }));
  const largest = categories.reduce((best, c) =>
    Math.abs(c.scenario - c.baseline) > Math.abs(best.scenario - best.baseline) ? c : best,
  );
  const total = formatUsdBn(headline(state.results), lang);
  const summary =
    Math.abs(largest.scenario - largest.baseline) < 0.005
      ? t('chart.byBuyer.noChange', { total })
      : t('chart.byBuyer.summary', {
          buyer: largest.label,
          delta: formatUsdBn(largest.scenario - largest.baseline, lang, 2, true),
          total,
          baseline: formatUsdBn(headline(state.baseline), lang),
        });
  return {
    id: 'income-by-buyer',
    title: t('chart.byBuyer.title'),
    summary,
    config: incomeByBuyerConfig({
      categories: plotted,
      labels: { ...series(t), axis: t('chart.byBuyer.axis') },
      locale: localeTag(lang),
      showPinned: pinned !== null,
    }) as ChartConfiguration,
  };
}

/**
 * The drops at which the tax price of Urals (the price the fiscal rule and the budget's assumption are
 * stated in) reaches the fiscal rule's price and the budget's assumption, for the scenario's other
 * settings. Every crude price moves $1 for each $1 of drop (the discounts are in dollars and the
 * world-price response does not depend on the drop), so the gap to each price is the current drop plus
 * the current tax price minus that price.
 */
export function fiscalReferenceDrops(results: ModelResults): { fiscalRule: number; budget: number } {
  // The band's roles: these lines mark the prices whose shares the band reports.
  const { band } = modelOutputs;
  const read = (name: string) => resultOf(results, name);
  const atDrop = (price: number) => sweptValue(results) + read(band.price) - price;
  return { fiscalRule: atDrop(read(band.fiscalRule)), budget: atDrop(read(band.budget)) };
}

export function dropSweepChart(state: ChartState): PageChart {
  const { t, lang, results } = state;
  const shown = shownUsdBn(lang);
  const fiscal = fiscalReferenceDrops(results);
  const priceOf = (name: string) => formatUsd(resultOf(results, name), lang, 0);
  const references = [
    { id: 'ten-lower', label: t('series.tenLower'), drop: 10 },
    {
      id: 'fiscal-rule',
      label: t('series.fiscalRule', { price: priceOf(modelOutputs.band.fiscalRule) }),
      drop: fiscal.fiscalRule,
    },
    {
      id: 'budget',
      label: t('series.budgetAssumption', { price: priceOf(modelOutputs.band.budget) }),
      drop: fiscal.budget,
    },
  ];
  const first = state.sweep[0];
  const last = state.sweep[state.sweep.length - 1];
  const dropText = formatUsd(sweptValue(results), lang, 0);
  return {
    id: 'drop-sweep',
    title: t('chart.sweep.title'),
    summary: t('chart.sweep.summary', {
      high: formatUsdBn(first?.usdBnPerMonth ?? Number.NaN, lang),
      low: formatUsdBn(last?.usdBnPerMonth ?? Number.NaN, lang),
      drop: dropText,
      total: formatUsdBn(headline(results), lang),
      // The sweep's ends: a negative drop is a rise.
      rise: formatUsd(-(first?.valueUsdPerBbl ?? Number.NaN), lang, 0),
      fall: formatUsd(last?.valueUsdPerBbl ?? Number.NaN, lang, 0),
    }),
    config: dropSweepConfig({
      scenario: shownSweep(state.sweep, shown),
      baseline: shownSweep(state.baselineSweep, shown),
      ...(state.pinnedSweep ? { pinned: shownSweep(state.pinnedSweep, shown) } : {}),
      currentDrop: sweptValue(results),
      currentTotal: shown(headline(results)),
      ...(state.band
        ? { band: { low: shown(state.band.p10), high: shown(state.band.p90), label: t('series.band') } }
        : {}),
      references,
      baselineTotal: shown(headline(state.baseline)),
      labels: {
        ...series(t),
        current: t('series.current'),
        xAxis: t('chart.sweep.xAxis'),
        yAxis: t('chart.sweep.yAxis'),
        baselineLevel: t('series.baselineLevel'),
      },
      locale: localeTag(lang),
    }) as unknown as ChartConfiguration,
  };
}

export function calculusChart(state: ChartState): PageChart {
  const { t, lang, results } = state;
  const choices = CALCULUS_BUYERS.map((id) => buyerChoice(results, id));
  const [india, china] = choices as [BuyerChoice, BuyerChoice];
  const money = (value: number) => formatUsdBn(value, lang, 2);
  // Plotted in the unit the language reads (億美元 in Chinese), as the axis title says.
  const shown = shownUsdBn(lang);
  return {
    id: 'calculus',
    title: t('chart.calculus.title'),
    summary: t('chart.calculus.summary', {
      indiaKeep: money(india.keepBuying.costUsdBnPerYear),
      indiaStop: money(india.stop.costUsdBnPerYear),
      chinaKeep: money(china.keepBuying.costUsdBnPerYear),
      chinaStop: money(china.stop.costUsdBnPerYear),
    }),
    config: calculusConfig({
      buyers: choices.map((choice) => ({
        id: choice.buyer,
        lostSales: shown(choice.keepBuying.parts.lostSalesUsdBnPerYear),
        tariffBorne: shown(choice.keepBuying.parts.tariffBorneUsdBnPerYear),
        worldPriceBill: shown(choice.stop.parts.worldPriceBillUsdBnPerYear),
        lostDiscount: shown(choice.stop.parts.lostDiscountUsdBnPerYear),
      })),
      labels: {
        line: (id, line) => t(`chart.calculus.${line}`, { buyer: t(`buyer.${id as CalculusBuyerId}`) }),
        lostSales: t('calculus.lostSales'),
        tariffBorne: t('calculus.tariffBorne'),
        worldPriceBill: t('calculus.worldPriceBill'),
        lostDiscount: t('calculus.lostDiscount'),
        axis: t('chart.calculus.axis'),
      },
      locale: localeTag(lang),
    }) as unknown as ChartConfiguration,
  };
}
