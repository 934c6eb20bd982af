// Code the bench runs inside the page, kept as plain JavaScript text: tsx would wrap compiled functions in
// helpers (`__name`) that do not exist in the page, so functions cannot be handed to page.evaluate.
import { NEAR_SCREEN_MARGIN } from '../charts/on-screen-chart.ts';

/**
 * The mark the chart layer sets after each draw, with the Chart.js instance id as its detail
 * (src/charts/chart-controller.ts, update()).
 */
export const DRAWN_MARK = 'chart-drawn';

/** NEAR_SCREEN_MARGIN's vertical part, in CSS pixels. */
const NEAR_SCREEN_MARGIN_PX = Number.parseFloat(NEAR_SCREEN_MARGIN);

const MARKS = `performance.getEntriesByName(${JSON.stringify(DRAWN_MARK)}, 'mark')`;

/**
 * The canvases the page draws: those near the screen (src/charts/on-screen-chart.ts draws a chart only within
 * NEAR_SCREEN_MARGIN of the viewport; one further down is drawn when it is scrolled to).
 */
const NEAR_CANVASES = `[...document.querySelectorAll('canvas')].filter((canvas) => {
    const box = canvas.getBoundingClientRect();
    const margin = ${NEAR_SCREEN_MARGIN_PX};
    return box.width > 0 && box.bottom > -margin && box.top < innerHeight + margin;
  })`;

/** True once every canvas near the screen has a chart that has drawn at least once. */
export const ALL_CHARTS_DRAWN_SCRIPT = `(() => {
  const near = ${NEAR_CANVASES}.length;
  return near > 0 && new Set(${MARKS}.map((m) => m.detail)).size >= near;
})()`;

/** After a cold load: the chart counts, and when the first and the last chart first drew (from navigation start). */
export const COLD_LOAD_SCRIPT = `(() => {
  const firstByChart = new Map();
  for (const mark of ${MARKS}) if (!firstByChart.has(mark.detail)) firstByChart.set(mark.detail, mark.startTime);
  const firsts = [...firstByChart.values()];
  const navigation = performance.getEntriesByType('navigation')[0];
  return {
    charts: document.querySelectorAll('canvas').length,
    nearCharts: ${NEAR_CANVASES}.length,
    firstDrawnMs: firsts.length > 0 ? Math.min(...firsts) : null,
    allDrawnMs: firsts.length > 0 ? Math.max(...firsts) : null,
    domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : null,
  };
})()`;

/**
 * Moves the given range inputs in turn, `count` times in all. Before each move it waits for a frame (so the
 * previous change is painted, as between two real slider events), then sets a value that differs from the
 * current one, dispatches 'input', and waits until every chart that drew during the load (those near the screen:
 * a chart further down skips redraws until it is scrolled to) has drawn again.
 * The latency runs from just before the dispatch to the latest of those charts' first new marks, so the
 * polling interval does not add to it, and a chart drawn twice (a late worker result) counts once. An input
 * after which some chart did not redraw within `timeoutMs` is counted as incomplete, timed to its last mark.
 */
export function inputToDrawnScript(inputIds: readonly string[], count: number, timeoutMs: number): string {
  return `(async () => {
  const inputs = ${JSON.stringify(inputIds)}.map((id) => {
    const input = document.getElementById(id);
    if (!input) throw new Error('no input #' + id + ' on the page');
    return input;
  });
  const charts = new Set(${MARKS}.map((m) => m.detail));
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const samples = [];
  for (let i = 0; i < ${count}; i++) {
    const input = inputs[i % inputs.length];
    const min = Number(input.min), max = Number(input.max), step = Number(input.step);
    const positions = Math.round((max - min) / step) + 1;
    const index = Math.round((Number(input.value) - min) / step);
    // 13 steps on, wrapping: never the same value, and the walk covers the whole slider.
    const next = min + ((index + 13) % positions) * step;
    const decimals = (String(step).split('.')[1] || '').length;
    await afterPaint();
    const seen = ${MARKS}.length;
    const start = performance.now();
    input.value = next.toFixed(decimals);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const firstNew = new Map();
    for (;;) {
      const marks = ${MARKS};
      for (const mark of marks.slice(seen)) if (!firstNew.has(mark.detail)) firstNew.set(mark.detail, mark.startTime);
      const complete = [...charts].every((chart) => firstNew.has(chart));
      if (complete || performance.now() - start > ${timeoutMs}) {
        const times = [...firstNew.values()];
        samples.push({ id: input.id, ms: times.length > 0 ? Math.max(...times) - start : Number.NaN, complete, charts: charts.size });
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return samples;
})()`;
}
