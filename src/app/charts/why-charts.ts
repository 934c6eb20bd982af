// The "why it changed" charts: the change from mid-2025 split into parts (waterfall) and each assumption's swing (tornado).
import type { ChartConfiguration } from 'chart.js';
import { decompose } from '../../analysis/decomposition.ts';
import { OTHER_SETTINGS_GROUP, groupsForModel } from '../../analysis/groups-for-model.ts';
import { tornado } from '../../analysis/tornado.ts';
import { tornadoConfig, tornadoHeightPx, tornadoTable } from '../../charts/tornado-chart.ts';
import { waterfallConfig, waterfallTable } from '../../charts/waterfall-chart.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import { headlineOf } from '../../engine/output-types.ts';
import type { Results, Scenario } from '../../engine/types.ts';
import { formatUsdBn, formatWithUnit, shownUsdBn } from '../../i18n/format.ts';
import { local, localeTag, type Translate } from '../../i18n/translate.ts';
import { stepDecimals } from '../../link/sanitize-value.ts';
import type { Language } from '../../link/view-params.ts';
import { reportParts } from '../model-report-parts.ts';
import { baselineResults, modelResults } from '../model-results.ts';
import type { PageChart } from './chart-configs.ts';

export interface WhyState {
  model: CompiledModel;
  scenario: Scenario;
  lang: Language;
  t: Translate;
}

// The bundle's headline: the change split and the swings measured are in the figure the page leads with.
const headline = (results: Results) => headlineOf(reportParts.outputs, results);

export function waterfallChart({ model, scenario, lang, t }: WhyState): PageChart {
  const { parts, total, finite } = decompose(model, scenario, groupsForModel(reportParts, model), {
    measure: headline,
  });
  const labelOf = (id: string) => {
    const group = reportParts.groups.find((g) => g.id === id);
    return group ? local(group.label, lang) : id === OTHER_SETTINGS_GROUP ? t('why.otherSettings') : id;
  };
  const baselineTotal = headline(baselineResults(model));
  // Plotted in the unit the language reads (億美元 in Chinese), as the axis title says.
  const shown = shownUsdBn(lang);
  const input = {
    baselineTotal: shown(baselineTotal),
    parts: finite
      ? parts.map((part) => ({ id: part.id, label: labelOf(part.id), value: shown(part.usdBnPerMonth) }))
      : [],
    total: shown(baselineTotal + total),
    labels: {
      baseline: t('series.baseline'),
      scenario: t('series.scenario'),
      axis: t('chart.byBuyer.axis'),
      increase: t('why.increase'),
      decrease: t('why.decrease'),
    },
    locale: localeTag(lang),
  };
  const biggest = [...parts].sort((a, b) => Math.abs(b.usdBnPerMonth) - Math.abs(a.usdBnPerMonth))[0];
  // An edit that divides by zero here leaves nothing to split: say so rather than draw NaN bars.
  const summary = !finite
    ? t('why.waterfallNotFinite')
    : !biggest || Math.abs(total) < 0.005
      ? t('why.waterfallNoChange')
      : t('why.waterfallSummary', {
          total: formatUsdBn(total, lang, 2, true),
          part: labelOf(biggest.id),
          value: formatUsdBn(biggest.usdBnPerMonth, lang, 2, true),
        });
  return {
    id: 'waterfall',
    title: t('why.waterfallTitle'),
    summary,
    config: waterfallConfig(input) as ChartConfiguration,
    table: () => waterfallTable(input, { item: t('why.part'), change: t('why.change'), level: t('why.level') }),
  };
}

export function tornadoChart({ model, scenario, lang, t }: WhyState): PageChart {
  const units = new Map(model.declaration.units.map((unit) => [unit.id, unit]));
  const shown = shownUsdBn(lang);
  // Assumptions that cannot move income (the rouble, the budget's sensitivity) would only be empty rows.
  const rows = tornado(model, scenario, { measure: headline })
    .filter((row) => row.swing > 1e-9)
    .map((row) => {
      const parameter = model.parameterByKey.get(row.key)!;
      const show = (value: number) =>
        formatWithUnit(value, units.get(parameter.unit), lang, stepDecimals(parameter.step));
      return {
        label: local(parameter.label, lang),
        low: shown(row.lowUsdBnPerMonth),
        high: shown(row.highUsdBnPerMonth),
        lowValueText: show(row.lowValue),
        highValueText: show(row.highValue),
        swing: row.swing,
      };
    });
  const center = shown(headline(modelResults(model, scenario)));
  const input = {
    rows,
    center,
    labels: { low: t('why.low'), high: t('why.high'), axis: t('chart.byBuyer.axis') },
    locale: localeTag(lang),
  };
  const top = rows[0];
  return {
    id: 'tornado',
    title: t('why.tornadoTitle'),
    summary: top ? t('why.tornadoSummary', { label: top.label, swing: formatUsdBn(top.swing, lang, 2) }) : '',
    config: tornadoConfig(input) as ChartConfiguration,
    heightPx: tornadoHeightPx(rows.length),
    table: () =>
      tornadoTable(input, {
        parameter: t('why.parameter'),
        lowValue: t('why.lowValue'),
        lowIncome: t('why.lowIncome'),
        highValue: t('why.highValue'),
        highIncome: t('why.highIncome'),
      }),
  };
}
