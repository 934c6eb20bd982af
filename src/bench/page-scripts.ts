// Code the bench runs inside the page, kept as plain JavaScript text: tsx would wrap compiled functions in
// helpers (`__name`) that do not exist in the page, so functions cannot be handed to page.evaluate.

/** Marks the chart layer sets after each draw (src/charts/chart-controller.ts, update()). */
export const DRAWN_MARK = 'chart-drawn';

/** Charts on the page; each input redraws all of them. */
export const CHART_COUNT = 3;

/** After a cold load: when the charts were first drawn, and which scripts and stylesheets were fetched. */
export const COLD_LOAD_SCRIPT = `(() => {
  const marks = performance.getEntriesByName(${JSON.stringify(DRAWN_MARK)}, 'mark').map((m) => m.startTime);
  const navigation = performance.getEntriesByType('navigation')[0];
  const resources = performance.getEntriesByType('resource')
    .filter((r) => r.initiatorType === 'script' || r.initiatorType === 'link' || /\\.(m?js|css)(\\?|$)/.test(r.name))
    .map((r) => new URL(r.name).pathname);
  return {
    firstDrawnMs: marks[0] ?? null,
    allDrawnMs: marks.length >= ${CHART_COUNT} ? marks[${CHART_COUNT - 1}] : null,
    domContentLoadedMs: navigation ? navigation.domContentLoadedEventEnd : null,
    resources,
  };
})()`;

export const MARKS_PRESENT_SCRIPT = `performance.getEntriesByName(${JSON.stringify(DRAWN_MARK)}, 'mark').length >= ${CHART_COUNT}`;

/**
 * Moves the given range inputs in turn, `count` times in all. Before each move it waits for a frame (so the
 * previous change is painted, as between two real slider events), then sets a value that differs from the
 * current one, dispatches 'input', and waits for one new mark per chart. The latency is from just before the
 * dispatch to the last of those marks' timestamps, so the polling interval does not add to it.
 */
export function inputToDrawnScript(inputIds: readonly string[], count: number, timeoutMs: number): string {
  return `(async () => {
  const ids = ${JSON.stringify(inputIds)};
  const inputs = ids.map((id) => {
    const input = document.getElementById(id);
    if (!input) throw new Error('no input #' + id + ' on the page');
    return input;
  });
  const markCount = () => performance.getEntriesByName(${JSON.stringify(DRAWN_MARK)}, 'mark').length;
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
    const before = markCount();
    const start = performance.now();
    input.value = next.toFixed(decimals);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (markCount() < before + ${CHART_COUNT}) {
      if (performance.now() - start > ${timeoutMs}) {
        throw new Error('input ' + i + ' on #' + input.id + ': the charts were not redrawn within ${timeoutMs} ms');
      }
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const drawn = performance.getEntriesByName(${JSON.stringify(DRAWN_MARK)}, 'mark').slice(before, before + ${CHART_COUNT});
    samples.push({ id: input.id, ms: Math.max(...drawn.map((m) => m.startTime)) - start });
  }
  return samples;
})()`;
}
