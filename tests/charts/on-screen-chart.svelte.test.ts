// Tests OnScreenChart in jsdom: Chart.js is loaded and a chart drawn only near the screen; a chart away keeps the newest config.
import { Chart, type ChartConfiguration } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as controllerModule from '../../src/charts/chart-controller.ts';
import { incomeByBuyerConfig } from '../../src/charts/income-by-buyer-chart.ts';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  FIRST_CHART_ON_SCREEN_MEDIA,
  OnScreenChart,
  observeNearScreen,
  preloadChartJsWhereChartsShow,
} from '../../src/charts/on-screen-chart.ts';

const config = (india: number): ChartConfiguration =>
  incomeByBuyerConfig({
    categories: [
      { id: 'india', label: 'India', scenario: india, baseline: 74, pinned: 60 },
      { id: 'china', label: 'China', scenario: 112, baseline: 112, pinned: 100 },
    ],
    labels: { scenario: 'Scenario', baseline: 'Mid-2025', pinned: 'Scenario A', axis: '$M/day' },
    locale: 'en',
    showPinned: false,
  }) as ChartConfiguration;

/** A stand-in for IntersectionObserver that the test moves by hand. */
function fakeScreen() {
  let report: ((near: boolean) => void) | null = null;
  const stop = vi.fn();
  return {
    observe: (_element: Element, onChange: (near: boolean) => void) => {
      report = onChange;
      return stop;
    },
    scroll: (near: boolean) => report!(near),
    stop,
  };
}

/** A loader that resolves only when the test says so, counting its calls. */
function heldLoader() {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = vi.fn(async () => {
    await gate;
    return controllerModule;
  });
  return { load, release: async () => (release(), await gate, await Promise.resolve()) };
}

const charts: OnScreenChart[] = [];
function make(initial = config(70)) {
  const canvas = document.createElement('canvas');
  document.body.append(canvas);
  const screen = fakeScreen();
  const loader = heldLoader();
  const chart = new OnScreenChart(canvas, initial, { load: loader.load, observe: screen.observe });
  charts.push(chart);
  return { canvas, screen, loader, chart };
}
const indiaBar = (canvas: HTMLCanvasElement) => Chart.getChart(canvas)?.data.datasets[0]?.data[0];

afterEach(() => {
  for (const chart of charts.splice(0)) chart.destroy();
  document.body.replaceChildren();
});

describe('OnScreenChart', () => {
  it('loads nothing and draws nothing while the chart is away from the screen', () => {
    const { canvas, loader, chart } = make();
    chart.update(config(60));
    expect(loader.load).not.toHaveBeenCalled();
    expect(Chart.getChart(canvas)).toBeUndefined();
  });

  it('loads Chart.js when the chart comes near, then draws the newest config it was given', async () => {
    const { canvas, screen, loader, chart } = make();
    screen.scroll(true);
    expect(loader.load).toHaveBeenCalledTimes(1);
    chart.update(config(55));
    screen.scroll(true);
    expect(loader.load).toHaveBeenCalledTimes(1);
    await loader.release();
    expect(chart.controller).not.toBeNull();
    expect(indiaBar(canvas)).toBe(55);
  });

  it('skips redraws while scrolled away and catches up with the latest config on return', async () => {
    const { canvas, screen, loader, chart } = make();
    screen.scroll(true);
    await loader.release();
    const draw = vi.spyOn(chart.controller!, 'update');
    chart.update(config(50));
    expect(draw).toHaveBeenCalledTimes(1);
    expect(indiaBar(canvas)).toBe(50);

    screen.scroll(false);
    chart.update(config(40));
    chart.update(config(30));
    expect(draw).toHaveBeenCalledTimes(1);
    expect(indiaBar(canvas)).toBe(50);

    screen.scroll(true);
    expect(draw).toHaveBeenCalledTimes(2);
    expect(indiaBar(canvas)).toBe(30);
    // Back again with nothing new: no redraw.
    screen.scroll(false);
    screen.scroll(true);
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('builds no chart when destroyed before Chart.js arrives, and stops observing', async () => {
    const { canvas, screen, loader, chart } = make();
    screen.scroll(true);
    chart.destroy();
    await loader.release();
    expect(Chart.getChart(canvas)).toBeUndefined();
    expect(screen.stop).toHaveBeenCalled();
  });

  it('tries the fetch again the next time after it failed, and says why in the console', async () => {
    const canvas = document.createElement('canvas');
    document.body.append(canvas);
    const screen = fakeScreen();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(controllerModule);
    const chart = new OnScreenChart(canvas, config(70), { load, observe: screen.observe });
    charts.push(chart);
    screen.scroll(true);
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(new Error('offline')));
    expect(Chart.getChart(canvas)).toBeUndefined();
    screen.scroll(false);
    screen.scroll(true);
    await vi.waitFor(() => expect(indiaBar(canvas)).toBe(70));
    expect(load).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('counts everything as near where there is no IntersectionObserver (jsdom), so nothing is left undrawn', () => {
    expect('IntersectionObserver' in globalThis).toBe(false);
    const seen: boolean[] = [];
    observeNearScreen(document.body, (near) => seen.push(near))();
    expect(seen).toEqual([true]);
  });
});

describe('preloadChartJsWhereChartsShow', () => {
  const windowWhere = (matches: boolean) => {
    const asked: string[] = [];
    const win = {
      matchMedia: (query: string) => {
        asked.push(query);
        return { matches } as MediaQueryList;
      },
    };
    return { win, asked };
  };

  it('starts Chart.js at once on a window wide enough for two columns, and not on a phone', () => {
    const wide = windowWhere(true);
    expect(preloadChartJsWhereChartsShow(wide.win)).toBe(true);
    expect(wide.asked).toEqual([FIRST_CHART_ON_SCREEN_MEDIA]);
    const phone = windowWhere(false);
    expect(preloadChartJsWhereChartsShow(phone.win)).toBe(false);
  });

  it('asks the same width at which the stylesheet puts the results beside the sliders', () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../src/app/styles.css'), 'utf8');
    expect(css).toContain(`@media ${FIRST_CHART_ON_SCREEN_MEDIA} {\n  .layout {\n    grid-template-columns`);
  });
});
