// Builds the timeline chart for the page from the timeline report, in the active language (pure): title, takeaway, config and table.
import type { ChartConfiguration } from 'chart.js';
import { policyEvents } from '../../../models/crude-leverage/months.ts';
import type { TimelineReport } from '../../analysis/backtest-report.ts';
import { timelineConfig } from '../../charts/timeline-chart.ts';
import { formatNumber, formatUsdBn, usdBnScale } from '../../i18n/format.ts';
import { joinList, labelled } from '../../i18n/typography.ts';
import { local, localeTag, type Translate } from '../../i18n/translate.ts';
import type { Language } from '../../link/view-params.ts';
import type { PageChart } from './chart-configs.ts';

export const monthText = (month: string, lang: Language, style: 'short' | 'long') =>
  new Intl.DateTimeFormat(localeTag(lang), { year: 'numeric', month: style, timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
const dayText = (date: string, lang: Language) =>
  new Intl.DateTimeFormat(localeTag(lang), { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );

export function timelineChart(report: TimelineReport, lang: Language, t: Translate): PageChart {
  // Chinese amounts are read in 億 (units of USD 0.1bn), never 十億, so the axis counts 億 there.
  const scale = usdBnScale(lang);
  const scaled = (value: number | null) => (value === null ? null : value * scale);
  const events = policyEvents.map((event) => ({
    date: event.date,
    label: labelled(dayText(event.date, lang), local(event.label, lang), lang),
  }));
  const withPublished = report.months.filter((row) => row.published !== null);
  const first = withPublished[0];
  const last = withPublished[withPublished.length - 1];
  const worst = report.months.find((row) => row.month === report.worstMonth);
  const money = (value: number | null) => (value === null ? '—' : formatUsdBn(value, lang, 2));
  const summary =
    first && last && worst && report.meanAbsErrorPct !== null
      ? t('timeline.summary', {
          from: money(first.published),
          fromMonth: monthText(first.month, lang, 'long'),
          to: money(last.published),
          toMonth: monthText(last.month, lang, 'long'),
          mae: formatNumber(report.meanAbsErrorPct, lang, 1),
          count: report.comparedMonths,
          worst: monthText(worst.month, lang, 'long'),
          error: formatNumber(worst.errorPct ?? Number.NaN, lang, 1, true),
        })
      : t('timeline.noComparison');
  const forward = report.forward;
  const recorded = new Set(report.months.map((row) => row.month));
  const beyond = (forward?.months ?? []).filter((row) => !recorded.has(row.month));
  const axis = [
    ...report.months,
    ...beyond.map((row) => ({ month: row.month, days: row.days, model: null, published: row.published })),
  ];
  const forwardSummary = forward?.months[0]
    ? t('timeline.forwardSummary', {
        month: monthText(forward.from, lang, 'long'),
        first: monthText(forward.months[0].month, lang, 'long'),
        scenario: money(forward.months[0].scenario),
        baseline: money(forward.months[0].baseline),
        band:
          forward.months[0].low !== null && forward.months[0].high !== null
            ? t('timeline.bandText', { low: money(forward.months[0].low), high: money(forward.months[0].high) })
            : t('timeline.bandPending'),
      })
    : t('timeline.noForward');
  const config = timelineConfig({
    months: axis.map((row) => ({ ...row, model: scaled(row.model), published: scaled(row.published) })),
    events,
    monthLabels: axis.map((row) => monthText(row.month, lang, 'short')),
    labels: { model: t('timeline.model'), published: t('timeline.published'), yAxis: t('timeline.yAxis') },
    forward: forward
      ? {
          months: forward.months.map((row) => ({
            month: row.month,
            scenario: row.scenario * scale,
            low: scaled(row.low),
            high: scaled(row.high),
            baseline: row.baseline * scale,
          })),
          labels: { scenario: t('timeline.scenario'), band: t('timeline.band'), baseline: t('timeline.baseline') },
        }
      : null,
    locale: localeTag(lang),
  });
  const forwardByMonth = new Map((forward?.months ?? []).map((row) => [row.month, row]));
  const forwardColumns = forward ? [t('timeline.scenario'), t('timeline.band'), t('timeline.baseline')] : [];
  return {
    id: 'timeline',
    title: t('timeline.title'),
    summary: `${summary} ${forwardSummary}`,
    config: config as unknown as ChartConfiguration,
    table: () => ({
      columns: [
        t('backtest.month'),
        t('timeline.model'),
        t('timeline.published'),
        ...forwardColumns,
        t('timeline.events'),
      ],
      rows: axis.map((row) => {
        const continued = forwardByMonth.get(row.month);
        const band =
          continued && continued.low !== null && continued.high !== null
            ? t('timeline.bandText', { low: money(continued.low), high: money(continued.high) })
            : '—';
        const forwardCells = forward
          ? [money(continued?.scenario ?? null), band, money(continued?.baseline ?? null)]
          : [];
        const eventText = joinList(
          events.filter((event) => event.date.startsWith(row.month)).map((event) => event.label),
          lang,
        );
        return [
          monthText(row.month, lang, 'long'),
          money(row.model),
          money(row.published),
          ...forwardCells,
          eventText || '—',
        ];
      }),
    }),
  };
}
