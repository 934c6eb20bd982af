// Draws a chart only while its canvas is near the screen: Chart.js loads when the first chart comes near, and a
// chart scrolled away keeps just the newest config until it comes back, so a slider move redraws what can be seen.
import type { ChartConfiguration } from 'chart.js';
import type { ChartController } from './chart-controller.ts';

type ControllerModule = typeof import('./chart-controller.ts');

/** How far beyond the screen a chart counts as near, so it is drawn before it scrolls into view. */
export const NEAR_SCREEN_MARGIN = '200px 0px';

let loadedModule: ControllerModule | null = null;
let loading: Promise<ControllerModule> | null = null;

/** Chart.js and the controller, fetched once (a failed fetch is tried again the next time a chart comes near). */
function loadChartJs(): Promise<ControllerModule> {
  loading ??= import('./chart-controller.ts').then(
    (module) => (loadedModule = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Fetches Chart.js now; once it is here, a chart that comes near is drawn in the same task. */
export async function preloadChartJs(): Promise<void> {
  await loadChartJs();
}

/**
 * The window where the page's two columns put the first chart on the first screen (app/styles.css, `.layout`).
 * Narrower, the results sit below the sliders, well off a phone's first screen.
 */
export const FIRST_CHART_ON_SCREEN_MEDIA = '(min-width: 960px)';

/**
 * Starts fetching Chart.js at once where the first chart will be on the first screen, so the fetch runs while
 * the page mounts instead of after its first chart comes into view; a phone still waits for a scroll.
 * Returns whether it started.
 */
export function preloadChartJsWhereChartsShow(win: Pick<Window, 'matchMedia'> = window): boolean {
  if (!win.matchMedia?.(FIRST_CHART_ON_SCREEN_MEDIA).matches) return false;
  // A failed fetch is logged, and tried again when a chart comes near.
  loadChartJs().catch((error: unknown) => console.error(error));
  return true;
}

/** Calls `onChange` whenever `element` comes near the screen or leaves it; returns how to stop. */
export type NearScreenObserver = (element: Element, onChange: (near: boolean) => void) => () => void;

/** IntersectionObserver with the margin above; without one (jsdom, very old browsers) everything counts as near. */
export const observeNearScreen: NearScreenObserver = (element, onChange) => {
  if (typeof IntersectionObserver === 'undefined') {
    onChange(true);
    return () => {};
  }
  const observer = new IntersectionObserver(
    (entries) => {
      const latest = entries.at(-1);
      if (latest) onChange(latest.isIntersecting);
    },
    { rootMargin: NEAR_SCREEN_MARGIN },
  );
  observer.observe(element);
  return () => observer.disconnect();
};

export interface OnScreenChartOptions {
  /** Where the controller comes from (tests pass their own); by default the lazily loaded Chart.js. */
  load?: () => Promise<ControllerModule>;
  observe?: NearScreenObserver;
}

export class OnScreenChart {
  readonly #canvas: HTMLCanvasElement;
  readonly #load: () => Promise<ControllerModule>;
  readonly #stopObserving: () => void;
  #config: ChartConfiguration;
  #controller: ChartController | null = null;
  #near = false;
  /** The config changed while the chart was away, so it is redrawn when it comes back. */
  #stale = false;
  #requested = false;
  #destroyed = false;

  constructor(canvas: HTMLCanvasElement, config: ChartConfiguration, options: OnScreenChartOptions = {}) {
    this.#canvas = canvas;
    this.#config = config;
    this.#load = options.load ?? loadChartJs;
    this.#stopObserving = (options.observe ?? observeNearScreen)(canvas, (near) => this.#setNear(near));
  }

  /** The controller once the chart has been drawn for the first time (null before), for tests. */
  get controller(): ChartController | null {
    return this.#controller;
  }

  update(config: ChartConfiguration): void {
    this.#config = config;
    if (this.#controller && this.#near) this.#controller.update(config);
    else this.#stale = true;
  }

  destroy(): void {
    this.#destroyed = true;
    this.#stopObserving();
    this.#controller?.destroy();
    this.#controller = null;
  }

  #setNear(near: boolean): void {
    this.#near = near;
    if (!near || this.#destroyed) return;
    if (!this.#controller) this.#create();
    else if (this.#stale) {
      this.#stale = false;
      this.#controller.update(this.#config);
    }
  }

  #create(): void {
    const ready = this.#load === loadChartJs ? loadedModule : null;
    if (ready) return this.#build(ready);
    if (this.#requested) return;
    this.#requested = true;
    this.#load().then(
      (module) => {
        if (!this.#destroyed && !this.#controller) this.#build(module);
      },
      (error: unknown) => {
        // The chart stays empty (its table still works); the next time it comes near, the fetch is tried again.
        this.#requested = false;
        console.error(error);
      },
    );
  }

  #build(module: ControllerModule): void {
    this.#stale = false;
    this.#controller = new module.ChartController(this.#canvas, this.#config);
  }
}
