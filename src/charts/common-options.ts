// Options every chart on the page shares: the locale, no animation (charts redraw while dragging), sized by its box;
// and the punctuation of tooltip lines in the chart's language.
import type { TooltipItem } from 'chart.js';
import type { TableMark } from './chart-table.ts';

export function commonOptions(locale: string) {
  return { locale, animation: false, responsive: true, maintainAspectRatio: false } as const;
}

export const bottomLegend = { legend: { display: true, position: 'bottom' } } as const;

const isChinese = (locale: string) => locale.toLowerCase().startsWith('zh');

/** "Label: value", with the full-width colon in Chinese ("標籤：數值"). */
export function labelled(locale: string, label: string, value: string): string {
  if (!label) return value;
  return isChinese(locale) ? `${label}：${value}` : `${label}: ${value}`;
}

/** "Text (note)", with full-width parentheses and no space in Chinese ("文字（註）"). */
export function withNote(locale: string, text: string, note: string): string {
  return isChinese(locale) ? `${text}（${note}）` : `${text} (${note})`;
}

/** A line drawn without points: nothing to hover or hit, straight segments. */
export const NO_POINTS = { pointRadius: 0, pointHoverRadius: 0, pointHitRadius: 0, tension: 0 } as const;

/** A drawing aid (reference line, band outline): a line without points that stays out of the data table. */
export const DRAWING_AID = { ...NO_POINTS, inTable: false } as const;

/**
 * Options of a line chart with drawing aids (reference lines, markers): the nearest point along x, the
 * legend below, and tooltips only for the series in the data table, since an aid's tooltip would only
 * repeat what the legend says.
 */
export function lineWithAidsOptions(locale: string) {
  return {
    ...commonOptions(locale),
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    plugins: {
      legend: { display: true, position: 'bottom' },
      tooltip: { filter: (item: TooltipItem<'line'>) => (item.dataset as TableMark).inTable !== false },
    },
  } as const;
}
