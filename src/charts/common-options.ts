// Options every chart on the page shares: the locale, no animation (charts redraw while dragging), sized by its box;
// and the punctuation of tooltip lines in the chart's language.
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
