// Component tests run in jsdom, which has no canvas: a canvas mock lets Chart.js draw into nothing.
import 'vitest-canvas-mock';
// Unmounts whatever a test rendered after each test (vitest globals are off, so it must be imported).
import '@testing-library/svelte/vitest';

// jsdom has no ResizeObserver; Chart.js needs one for responsive charts.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// The page loads Traditional Chinese and the classroom tools' strings on demand; tests have them at once.
import { ensureLanguage } from '../../src/i18n/translate.ts';
import '../../src/i18n/register-classroom-messages.ts';
import '../../src/i18n/register-details-messages.ts';

await ensureLanguage('zh-Hant');

// findBy… and waitFor give up after 1 s by default; parts of the page load on demand (a dynamic import),
// which a loaded two-core runner can take longer than that to resolve. The limit is for hangs, not speed.
import { configure } from '@testing-library/svelte';
configure({ asyncUtilTimeout: 10_000 });

// The page loads Chart.js when the first chart comes near the screen; tests have it at once, so a chart is
// drawn in the same task as its component mounts (tests/charts/on-screen-chart.svelte.test.ts covers the lazy path).
import { preloadChartJs } from '../../src/charts/on-screen-chart.ts';
await preloadChartJs();

// The notes of the Assumptions panel's sliders load with the panel; tests have them at once, so the panel's
// sliders are there as it mounts (tests/app/controls/assumptions-notes.svelte.test.ts covers the lazy path).
import { loadParameterNotes } from '../../src/app/parameter-notes.svelte.ts';
await loadParameterNotes();
