// Writes a chart picture as an SVG file: the chart as an embedded 2× PNG, every word as real, selectable SVG text.
import { PICTURE_FONT, type PictureLayout } from './picture-layout.ts';

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
}

export interface SvgOptions {
  /** The chart drawn at twice its size, as a data: URL. */
  chartPng: string;
  /** The picture's name, read by screen readers and shown as a tooltip. */
  title: string;
  /** The chart's takeaway in words. */
  description: string;
  lang: string;
}

export function pictureSvg(layout: PictureLayout, { chartPng, title, description, lang }: SvgOptions): string {
  const { width, height, chart } = layout;
  const text = layout.lines.map(
    (line) =>
      `  <text x="${line.x}" y="${line.y}" font-size="${line.size}"${line.bold ? ' font-weight="bold"' : ''} fill="${line.colour}">${escapeXml(line.text)}</text>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" xml:lang="${escapeXml(lang)}" font-family="${escapeXml(PICTURE_FONT)}">`,
    `  <title>${escapeXml(title)}</title>`,
    `  <desc>${escapeXml(description)}</desc>`,
    `  <rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `  <image x="${chart.x}" y="${chart.y}" width="${chart.width}" height="${chart.height}" href="${escapeXml(chartPng)}"/>`,
    ...text,
    '</svg>',
    '',
  ].join('\n');
}
