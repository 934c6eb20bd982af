// The only place that writes browser history: the address bar follows the sliders (debounced replaceState),
// and deliberate changes (a preset, a reset) get their own history entry so Back undoes them.
import { decodeLink } from '../link/link-format.ts';
import type { Simulator } from './simulator.svelte.ts';

const REPLACE_DELAY_MS = 300;

export interface UrlSync {
  /** Runs a deliberate change and records it as a new history entry. */
  deliberate(change: () => void): void;
  stop(): void;
}

/** Where the scenario lives in the address: the query, or the fragment when the page is opened from disk. */
function readAddress(win: Window): string {
  return win.location.protocol === 'file:' ? win.location.hash : win.location.search;
}

function addressFor(win: Window, query: string): string {
  return win.location.protocol === 'file:' ? `${win.location.pathname}#${query}` : `${win.location.pathname}?${query}`;
}

export function startUrlSync(simulator: Simulator, win: Window = window): UrlSync {
  simulator.load(decodeLink(simulator.model, readAddress(win)), { announce: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | null = null;

  const write = (query: string, push: boolean) => {
    const target = addressFor(win, query);
    if (push) win.history.pushState(null, '', target);
    else if (target !== `${win.location.pathname}${win.location.protocol === 'file:' ? win.location.hash : win.location.search}`) {
      win.history.replaceState(null, '', target);
    }
  };
  const flush = () => {
    clearTimeout(timer);
    if (pending !== null) write(pending, false);
    pending = null;
  };

  const stopEffect = $effect.root(() => {
    $effect(() => {
      const query = simulator.query;
      pending = query;
      clearTimeout(timer);
      timer = setTimeout(flush, REPLACE_DELAY_MS);
    });
  });

  const onPopState = () => {
    clearTimeout(timer);
    pending = null;
    simulator.load(decodeLink(simulator.model, readAddress(win)), { announce: true });
  };
  win.addEventListener('popstate', onPopState);

  return {
    deliberate(change) {
      flush();
      change();
      pending = null;
      write(simulator.query, true);
    },
    stop() {
      clearTimeout(timer);
      stopEffect();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
