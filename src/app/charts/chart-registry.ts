// Every chart the page draws, declared once: its id (the embed's `chart=` value), where it appears, how it is built, whether it embeds, and its downloads.
import type { MonteCarloResult } from '../../analysis/monte-carlo.ts';
import type { Translate } from '../../i18n/translate.ts';
import type { EmbedChartId } from '../../link/view-params.ts';
import type { Simulator } from '../simulator.svelte.ts';
import type { ExportMessageKey } from '../../i18n/en/export.ts';
import {
  type ChartState,
  type PageChart,
  calculusChart,
  chartStateOf,
  dropSweepChart,
  incomeByBuyerChart,
} from './chart-configs.ts';

/** What any chart is built from: the page's state, the uncertainty band once computed (never in an embed), the translator. */
export interface ChartInputs {
  simulator: Simulator;
  band: MonteCarloResult | null;
  t: Translate;
}

export type ChartBuilder = (inputs: ChartInputs) => PageChart;

/** The files a chart's download menu offers: its picture and the data behind it. */
export type ChartFile = 'png' | 'svg' | 'csv';
const PICTURE_AND_DATA: readonly ChartFile[] = ['png', 'svg', 'csv'];

/** The part of the page a chart belongs to; the sections outside the first screen load their charts' code with them. */
export type ChartSection = 'results' | 'why' | 'timeline';

interface ChartEntryBase<Id extends string> {
  id: Id;
  section: ChartSection;
  /** What the page offers to download under the chart; none for the "why" charts, whose data is in the report. */
  downloads: readonly ChartFile[];
  /** Offered by the embed snippet, under this label, and shown by the embedded view (`embed=1&chart=<id>`). */
  embed: { label: ExportMessageKey } | null;
}

/** A chart on the first screen is built at once; the others import their builder with their section. */
export type ChartEntry<Id extends string = ChartId> = ChartEntryBase<Id> &
  ({ build: ChartBuilder } | { load: () => Promise<ChartBuilder> });

const resultsState = ({ simulator, band, t }: ChartInputs) => chartStateOf(simulator, band, t);
const whyState = ({ simulator, t }: ChartInputs) => ({
  model: simulator.model,
  scenario: simulator.scenario,
  lang: simulator.lang,
  t,
});

/** A chart of the results column: on the first screen, embeddable, with its picture and data to download. */
const resultsChart = <Id extends 'income-by-buyer' | 'drop-sweep' | 'calculus'>(
  id: Id,
  build: (state: ChartState) => PageChart,
) => ({
  id,
  section: 'results' as const,
  build: (inputs: ChartInputs) => build(resultsState(inputs)),
  downloads: PICTURE_AND_DATA,
  embed: { label: `snippet.chart.${id}` as const },
});

/**
 * A "why it changed" chart's builder, loaded with that section's code. These charts and the timeline speak with
 * the details strings, so their builders bring them too: the embedded view then needs to know nothing about it.
 */
const whyBuilder = (name: 'waterfallChart' | 'tornadoChart') => async (): Promise<ChartBuilder> => {
  const [charts] = await Promise.all([import('./why-charts.ts'), import('../../i18n/register-details-messages.ts')]);
  return (inputs) => charts[name](whyState(inputs));
};

export const CHART_REGISTRY = [
  resultsChart('income-by-buyer', incomeByBuyerChart),
  resultsChart('drop-sweep', dropSweepChart),
  resultsChart('calculus', calculusChart),
  {
    id: 'waterfall',
    section: 'why',
    load: whyBuilder('waterfallChart'),
    downloads: [],
    embed: { label: 'snippet.chart.waterfall' },
  },
  {
    id: 'tornado',
    section: 'why',
    load: whyBuilder('tornadoChart'),
    downloads: [],
    embed: null,
  },
  {
    id: 'timeline',
    section: 'timeline',
    load: async () => {
      const [{ timelineChart }, { timelineReport }] = await Promise.all([
        import('./timeline-page-chart.ts'),
        import('../../analysis/backtest-report.ts'),
        import('../../i18n/register-details-messages.ts'),
      ]);
      return ({ simulator, band, t }) => {
        const { model, from, scenario, lang } = simulator;
        const forward = from
          ? { from, scenario, band: band ? { p10: band.p10, p90: band.p90, draws: band.draws, seed: band.seed } : null }
          : null;
        return timelineChart(timelineReport(model, forward), lang, t);
      };
    },
    downloads: PICTURE_AND_DATA,
    embed: { label: 'snippet.chart.timeline' },
  },
] as const satisfies readonly ChartEntry<string>[];

export type ChartId = (typeof CHART_REGISTRY)[number]['id'];

/** The embeddable charts, in the registry's order: the snippet's choices and the embedded view's charts. */
export const EMBEDDABLE_CHARTS = CHART_REGISTRY.filter(
  (entry): entry is Extract<(typeof CHART_REGISTRY)[number], { embed: object }> => entry.embed !== null,
);

// The link format (src/link, shared with the CLI, which never loads the app) owns the `chart=` vocabulary, since
// old links must keep opening the same chart; these two lines make the compiler reject any drift between the two.
type EmbeddableId = (typeof EMBEDDABLE_CHARTS)[number]['id'];
const sameIds: [EmbeddableId, EmbedChartId] extends [EmbedChartId, EmbeddableId] ? true : never = true;
void sameIds;

const BY_ID: ReadonlyMap<string, ChartEntry> = new Map(CHART_REGISTRY.map((entry) => [entry.id, entry]));

/** The registered chart with this id; a programming error, not a reader's, when there is none. */
export function chartEntry(id: ChartId): ChartEntry {
  const entry = BY_ID.get(id);
  if (!entry) throw new Error(`No chart "${id}" in the chart registry`);
  return entry;
}

/** The chart's builder: at once for the first screen's charts, after its code has loaded for the others. */
export async function chartBuilder(entry: ChartEntry): Promise<ChartBuilder> {
  return 'build' in entry ? entry.build : entry.load();
}

/** The builder when it needs no loading (the first screen's charts), else null. */
export function immediateBuilder(entry: ChartEntry): ChartBuilder | null {
  return 'build' in entry ? entry.build : null;
}

/** The downloads registered for a chart id (a chart the registry does not know offers none). */
export function chartDownloads(id: string): readonly ChartFile[] {
  return BY_ID.get(id)?.downloads ?? [];
}
