// Tests tree-shaken Chart.js registration, and that only the registration and controller import Chart.js at run time.
import { readFileSync, readdirSync } from 'node:fs';
import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { registerChartJs } from '../../src/charts/register-chart-js.ts';

describe('registerChartJs', () => {
  it('registers the controllers, elements, scales and plugins the charts use, once', () => {
    registerChartJs();
    registerChartJs();
    for (const id of ['bar', 'line']) expect(Chart.registry.getController(id)).toBeDefined();
    for (const id of ['bar', 'line', 'point']) expect(Chart.registry.getElement(id)).toBeDefined();
    for (const id of ['linear', 'category']) expect(Chart.registry.getScale(id)).toBeDefined();
    for (const id of ['legend', 'tooltip']) expect(Chart.registry.getPlugin(id)).toBeDefined();
    expect(() => Chart.registry.getController('doughnut')).toThrow();
  });

  it('keeps the config builders free of run-time Chart.js imports and of chart.js/auto', () => {
    const dir = new URL('../../src/charts/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      expect(source, file).not.toMatch(/['"]chart\.js\/auto['"]/);
      const runtime = /^import (?!type )[^;]*from 'chart\.js'/m.test(source);
      expect(runtime, file).toBe(['register-chart-js.ts', 'chart-controller.ts'].includes(file));
    }
  });
});
