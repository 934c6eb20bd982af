// Tests that every page chart plots money in the unit its language reads: USD bn in English, 億美元 (×10) in Chinese.
import type { ChartConfiguration } from 'chart.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { calculusChart, dropSweepChart, incomeByBuyerChart } from '../../../src/app/charts/chart-configs.ts';
import { tornadoChart, waterfallChart } from '../../../src/app/charts/why-charts.ts';
import { model } from '../../../src/app/model.ts';
import { chartTable } from '../../../src/charts/chart-table.ts';
import '../../../src/i18n/register-details-messages.ts';
import { ensureLanguage, translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';
import { chartStateFor } from './chart-state.ts';

beforeAll(() => ensureLanguage('zh-Hant'));

const scenario = { ...model.defaults, drop: 10, 'tariff-china': 25 };

function charts(lang: Language) {
  const state = chartStateFor(scenario, lang);
  const why = { model, scenario, lang, t: translator(lang) };
  return {
    'income-by-buyer': incomeByBuyerChart(state),
    'drop-sweep': dropSweepChart(state),
    calculus: calculusChart(state),
    waterfall: waterfallChart(why),
    tornado: tornadoChart(why),
  };
}

/** Every number a chart plots: bars, floating bars' ends and points' y (the money axis). */
function plotted(config: ChartConfiguration): number[] {
  return config.data.datasets.flatMap((dataset) =>
    (dataset.data as unknown[]).flatMap((value) => {
      if (typeof value === 'number') return [value];
      if (Array.isArray(value)) return value as number[];
      if (value && typeof value === 'object' && 'y' in value) return [(value as { y: number }).y];
      return [];
    }),
  );
}

/** The title of the money axis: y, or x for a horizontal chart. */
const moneyAxisTitle = (config: ChartConfiguration) => {
  const axis = config.options?.indexAxis === 'y' ? 'x' : 'y';
  return (config.options?.scales?.[axis] as { title?: { text?: string } }).title?.text;
};

describe('page charts in Chinese', () => {
  const english = charts('en');
  // Built once the Chinese catalogue has loaded (beforeAll), as the page does.
  let chinese: ReturnType<typeof charts>;
  beforeAll(() => {
    chinese = charts('zh-Hant');
  });

  it.each(Object.keys(english) as (keyof typeof english)[])('%s plots ten times the English numbers, in 億', (id) => {
    const en = plotted(english[id].config);
    const zh = plotted(chinese[id].config);
    expect(zh).toHaveLength(en.length);
    expect(en.some((value) => value > 0.5)).toBe(true);
    // Drop-sweep reference lines span the axis range, which is padded to round steps in each unit: skip them.
    zh.forEach((value, i) => {
      if (id !== 'drop-sweep' || i < en.length - 6) expect(value).toBeCloseTo(en[i]! * 10, 9);
    });
    expect(moneyAxisTitle(chinese[id].config)).toMatch(/億美元\/(月|年)/);
    expect(JSON.stringify(chinese[id].config.options)).not.toContain('十億');
    expect(chinese[id].summary).not.toContain('十億');
  });

  it('writes the by-buyer table in 億 under an axis that says so', () => {
    const table = chartTable(chinese['income-by-buyer'].config);
    const englishTable = chartTable(english['income-by-buyer'].config);
    // India's row: the same income, ten times the number (to the table's rounding).
    const india = (t: typeof table) => Number(t.rows[0]![1]!.replace(/,/g, ''));
    expect(india(table)).toBeCloseTo(india(englishTable) * 10, 0);
    expect(chinese['income-by-buyer'].summary).toMatch(/億美元/);
  });

  it('keeps the summaries and the plotted numbers the same amount', () => {
    // The headline total in 億: the sweep's current point is the scenario's income.
    const total = model.evaluate(scenario).totalMonth! * 10;
    expect(chinese['drop-sweep'].summary).toContain(`${total.toFixed(0)}億美元`);
  });
});
