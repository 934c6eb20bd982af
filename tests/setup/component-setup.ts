// Component tests run in jsdom, which has no canvas: a canvas mock lets Chart.js draw into nothing.
import 'vitest-canvas-mock';
