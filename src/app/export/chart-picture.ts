// Draws a chart picture for download: the chart's config re-rendered by Chart.js at 2× with no animation, framed by its words.
import { Chart, type ChartConfiguration } from 'chart.js';
import { registerChartJs } from '../../charts/register-chart-js.ts';
import {
  PICTURE_SCALE,
  type PictureLayout,
  type PictureText,
  cssFont,
  layoutPicture,
} from '../../export/picture-layout.ts';

/** Used when the chart is not on screen (or has no size there), in CSS pixels. */
const FALLBACK_SIZE = { width: 800, height: 450 };

/** The chart's size on the page, so the picture looks like what the reader saw. */
export function onScreenSize(chartId: string, doc: Document = document): { width: number; height: number } {
  const canvas = doc.getElementById(`${chartId}-title`)?.closest('figure')?.querySelector('canvas');
  const width = canvas?.clientWidth ?? 0;
  const height = canvas?.clientHeight ?? 0;
  if (width < 200 || height < 150) return FALLBACK_SIZE;
  return { width: Math.min(width, 1200), height: Math.min(height, 900) };
}

/**
 * The chart alone on a detached canvas at PICTURE_SCALE, drawn once without animation. The config is
 * copied first: Chart.js writes into the objects it is given, and the page's own chart keeps using them.
 */
export function renderChart(
  config: ChartConfiguration,
  size: { width: number; height: number },
  doc: Document = document,
): HTMLCanvasElement {
  registerChartJs();
  const canvas = doc.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const data = {
    ...config.data,
    labels: config.data.labels ? [...config.data.labels] : undefined,
    datasets: config.data.datasets.map((dataset) => ({ ...dataset, data: [...dataset.data] })),
  };
  const options = {
    ...config.options,
    responsive: false,
    maintainAspectRatio: false,
    animation: false as const,
    devicePixelRatio: PICTURE_SCALE,
  };
  const chart = new Chart(canvas, { ...config, data, options } as ChartConfiguration);
  // Destroying the chart would blank its canvas, so the drawing is copied out first.
  const copy = doc.createElement('canvas');
  copy.width = canvas.width;
  copy.height = canvas.height;
  copy.getContext('2d')!.drawImage(canvas, 0, 0);
  chart.destroy();
  return copy;
}

/** Measures text with a canvas, as the picture will draw it. */
export function canvasMeasure(doc: Document = document): (text: string, font: string) => number {
  const context = doc.createElement('canvas').getContext('2d')!;
  return (text, font) => {
    context.font = font;
    return context.measureText(text).width;
  };
}

/** The words laid out around a chart of `size`. */
export function pictureLayout(
  text: PictureText,
  size: { width: number; height: number },
  doc: Document = document,
): PictureLayout {
  return layoutPicture(text, size, canvasMeasure(doc));
}

/** The whole picture: white background, words, and the chart image, at PICTURE_SCALE. */
export function composePicture(
  layout: PictureLayout,
  chartImage: CanvasImageSource,
  doc: Document = document,
): HTMLCanvasElement {
  const canvas = doc.createElement('canvas');
  canvas.width = layout.width * PICTURE_SCALE;
  canvas.height = layout.height * PICTURE_SCALE;
  const context = canvas.getContext('2d')!;
  context.scale(PICTURE_SCALE, PICTURE_SCALE);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.width, layout.height);
  const { x, y, width, height } = layout.chart;
  context.drawImage(chartImage, x, y, width, height);
  context.textBaseline = 'alphabetic';
  for (const line of layout.lines) {
    context.font = cssFont(line);
    context.fillStyle = line.colour;
    context.fillText(line.text, line.x, line.y);
  }
  return canvas;
}

export function canvasBlob(canvas: HTMLCanvasElement, type = 'image/png'): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas could not be saved'))), type),
  );
}
