// The strings of downloads, embedding and the offline edition, in English and Traditional Chinese (to be merged into the catalogues).
import type { Language } from '../../link/view-params.ts';

const en = {
  'download.menu': 'Download',
  'download.menuFor': 'Download: {title}',
  'download.png': 'Picture (PNG)',
  'download.svg': 'Print-quality picture (SVG)',
  'download.csv': 'Data behind the chart (CSV)',
  'download.json': 'Scenario report (JSON)',
  'download.monthlyCsv': 'Monthly income by buyer (CSV)',
  'download.saved': 'Saved {file}.',
  'download.failed': 'This browser could not make the file.',
  'download.scenario': 'Scenario: {summary}',
  'download.baseline': 'mid-2025 settings',
  'download.source': 'Source: Crude Leverage model; figures from IEA, EIA, Kpler, Reuters… see the link',
  'csv.category': 'Category',
  'csv.series': 'Bar',
  'csv.from': 'from',
  'csv.to': 'to',
  'csv.withUnit': '{label} ({unit}; {decimals} decimals)',
  'embed.sliders': 'Settings in this scenario',
  'embed.openFull': 'Open the full simulator',
  'embed.newWindow': '(opens in a new window)',
  'embed.iframeTitle': "Crude Leverage: Russia's oil export income in this scenario",
  'snippet.title': 'Embed this scenario',
  'snippet.intro':
    'Paste this code into a web page or a learning platform: it shows the headline, one chart and the sliders this scenario changes.',
  'snippet.chart': 'Chart to show',
  'snippet.chart.income-by-buyer': 'Monthly export income by buyer',
  'snippet.chart.drop-sweep': 'Export income as the oil price falls',
  'snippet.chart.calculus': 'Buyer’s calculus: discount saved vs tariff paid',
  'snippet.chart.waterfall': 'The change from mid-2025, part by part',
  'snippet.chart.timeline': 'Export revenue month by month: the model, the IEA and your scenario',
  'snippet.code': 'Embed code',
  'snippet.resize':
    'The iframe’s height fits this view on a screen 360 px wide or more. The script line after it is optional: where the page allows scripts, it makes the iframe exactly as tall as the view; without it, the fixed height still shows everything.',
  'snippet.copy': 'Copy embed code',
  'snippet.copied': 'Embed code copied.',
  'snippet.copyFailed': 'Could not copy: select the code and copy it by hand.',
} as const satisfies Record<string, string>;

export type ExportMessageKey = keyof typeof en;

const zhHant: Record<ExportMessageKey, string> = {
  'download.menu': '下載',
  'download.menuFor': '下載：{title}',
  'download.png': '圖片（PNG）',
  'download.svg': '印刷品質圖片（SVG）',
  'download.csv': '圖表背後的資料（CSV）',
  'download.json': '情境報告（JSON）',
  'download.monthlyCsv': '各買家每月收入（CSV）',
  'download.saved': '已儲存 {file}。',
  'download.failed': '這個瀏覽器無法產生檔案。',
  'download.scenario': '情境：{summary}',
  'download.baseline': '2025年中設定',
  'download.source': '資料來源：原油槓桿模型；資料取自IEA、EIA、Kpler、路透社等，詳見連結',
  'csv.category': '類別',
  'csv.series': '長條',
  'csv.from': '起點',
  'csv.to': '終點',
  'csv.withUnit': '{label}（{unit}，小數{decimals}位）',
  'embed.sliders': '本情境的設定',
  'embed.openFull': '開啟完整模擬器',
  'embed.newWindow': '（在新視窗開啟）',
  'embed.iframeTitle': '原油槓桿：本情境下俄羅斯的石油出口收入',
  'snippet.title': '嵌入這個情境',
  'snippet.intro': '把這段程式碼貼到網頁或學習平台：會顯示重點結論、一張圖表，以及本情境調整過的滑桿。',
  'snippet.chart': '要顯示的圖表',
  'snippet.chart.income-by-buyer': '各買家的每月出口收入',
  'snippet.chart.drop-sweep': '油價下跌時的出口收入',
  'snippet.chart.calculus': '買家的算盤：折扣節省與關稅成本',
  'snippet.chart.waterfall': '相對2025年中的變化，逐項拆解',
  'snippet.chart.timeline': '逐月出口收入：模型、IEA與你的情境',
  'snippet.code': '嵌入程式碼',
  'snippet.resize':
    '嵌入框的高度足以在寬360像素以上的螢幕顯示完整畫面。後面那行指令碼可有可無：網頁允許執行指令碼時，它會讓嵌入框的高度剛好符合畫面；沒有它，原本設定的高度也能顯示全部內容。',
  'snippet.copy': '複製嵌入程式碼',
  'snippet.copied': '已複製嵌入程式碼。',
  'snippet.copyFailed': '無法複製：請選取程式碼後自行複製。',
};

export const exportMessages: { en: Record<ExportMessageKey, string>; 'zh-Hant': Record<ExportMessageKey, string> } = {
  en,
  'zh-Hant': zhHant,
};

/** A message in `lang` (English when missing) with its {placeholders} filled. */
export function exportText(lang: Language, key: ExportMessageKey, values?: Record<string, string | number>): string {
  const template = exportMessages[lang]?.[key] ?? exportMessages.en[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
