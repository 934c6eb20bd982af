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
