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

  it('writes the true minus sign (U+2212) on linear ticks and tooltip values, and leaves labels alone', () => {
    registerChartJs();
    const scale = { chart: { options: { locale: 'en-US' } }, options: { ticks: {} } };
    const ticks = [{ value: -20 }, { value: 0 }, { value: 40 }];
    const tick = Chart.defaults.scales.linear.ticks.callback as (
      this: unknown,
      value: number,
      index: number,
      all: unknown[],
    ) => string;
    expect(tick.call(scale, -20, 0, ticks)).toBe('−20');
    expect(tick.call(scale, 40, 2, ticks)).toBe('40');
    const label = Chart.defaults.plugins.tooltip.callbacks.label as (this: unknown, item: unknown) => string;
    expect(label.call({ options: {} }, { dataset: { label: 'Mid-2025 baseline' }, formattedValue: '-1.5' })).toBe(
      'Mid-2025 baseline: −1.5',
    );
    const chinese = {
      chart: { options: { locale: 'zh-Hant-TW' } },
      dataset: { label: '本情境' },
      formattedValue: '-1.5',
    };
    expect(label.call({ options: {} }, chinese)).toBe('本情境：−1.5');
  });
});
