// Lays out a downloadable chart picture (title, scenario, chart, source, link) in CSS pixels, for both PNG and SVG.

/** The page's own system font stack, so the picture looks like the page in either language. */
export const PICTURE_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans TC', 'PingFang TC', 'Microsoft JhengHei', sans-serif";
/** Pixels of the picture per CSS pixel: twice screen resolution. */
export const PICTURE_SCALE = 2;
const PADDING = 24;
const GAP = 12;

/** Width of `text` drawn in `font` (a CSS font shorthand); the browser's canvas measureText, or a stand-in in tests. */
export type Measure = (text: string, font: string) => number;

export interface TextStyle {
  size: number;
  bold: boolean;
  colour: string;
}

export interface PictureLine extends TextStyle {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
}

export interface PictureText {
  title: string;
  scenario: string;
  source: string;
  link: string;
}

export interface PictureLayout {
  width: number;
  height: number;
  chart: { x: number; y: number; width: number; height: number };
  lines: PictureLine[];
}

const STYLES = {
  title: { size: 20, bold: true, colour: '#111111' },
  scenario: { size: 14, bold: false, colour: '#333333' },
  source: { size: 12, bold: false, colour: '#444444' },
  link: { size: 12, bold: false, colour: '#0b4f9c' },
} satisfies Record<keyof PictureText, TextStyle>;

export function cssFont({ size, bold }: Pick<TextStyle, 'size' | 'bold'>): string {
  return `${bold ? 'bold ' : ''}${size}px ${PICTURE_FONT}`;
}

/**
 * Breaks text into lines no wider than `width`: at spaces where it can, and inside a word that is too
 * long on its own (a link, or Chinese, which has no spaces).
 */
export function wrapText(text: string, width: number, font: string, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    if (line !== '') lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, font) <= width) {
      line = candidate;
      continue;
    }
    push();
    for (const character of Array.from(word)) {
      if (line !== '' && measure(line + character, font) > width) push();
      line += character;
    }
  }
  push();
  return lines;
}

/** Title and scenario above the chart, source and link below it, each wrapped to the chart's width. */
export function layoutPicture(
  text: PictureText,
  chartSize: { width: number; height: number },
  measure: Measure,
): PictureLayout {
  const width = Math.round(chartSize.width) + 2 * PADDING;
  const lines: PictureLine[] = [];
  let y = PADDING;
  const block = (key: keyof PictureText) => {
    const style = STYLES[key];
    const lineHeight = Math.round(style.size * 1.35);
    for (const part of wrapText(text[key], chartSize.width, cssFont(style), measure)) {
      y += lineHeight;
      lines.push({ ...style, text: part, x: PADDING, y: y - Math.round(style.size * 0.3) });
    }
  };
  block('title');
  block('scenario');
  y += GAP;
  const chart = { x: PADDING, y, width: Math.round(chartSize.width), height: Math.round(chartSize.height) };
  y += chart.height + GAP;
  block('source');
  block('link');
  return { width, height: y + PADDING, chart, lines };
}
