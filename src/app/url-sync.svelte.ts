// The only place that writes browser history: the address bar follows the sliders (debounced replaceState),
// and deliberate changes (a preset, a reset) get their own history entry so Back undoes them.
import { Address } from '../link/address.ts';
import type { Simulator } from './simulator.svelte.ts';

const REPLACE_DELAY_MS = 300;

export interface UrlSync {
  /** Runs a deliberate change and records it as a new history entry. */
  deliberate(change: () => void): void;
  /** Settles once the opening link is in place (at once, unless it carries an edited model to load). */
  ready: Promise<void>;
  stop(): void;
}

/** The scenario's part of the address: the query, or the fragment when the page is opened from disk. */
function readAddress(win: Window): string {
  return Address.current(win.location).query;
}

export function startUrlSync(simulator: Simulator, win: Window = window): UrlSync {
  /** The address last read or written: a popstate that lands on it again is not a new scenario. */
  let current = readAddress(win);
  let stopped = false;
  let stopEffect = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: string | null = null;

  const write = (query: string, push: boolean) => {
    const shown = Address.current(win.location);
    const target = shown.withQuery(query).toString();
    if (target === shown.toString()) return;
    if (push) win.history.pushState(null, '', target);
    else win.history.replaceState(null, '', target);
    current = readAddress(win);
  };
  const flush = () => {
    clearTimeout(timer);
    if (pending !== null) write(pending, false);
    pending = null;
  };

  // The address follows the page only once the opening link is in place, so it is never overwritten first.
  // It is rewritten at once, so keys the page ignored leave the address bar before anyone copies it.
  const follow = () => {
    if (stopped) return;
    write(simulator.query, false);
    stopEffect = $effect.root(() => {
      $effect(() => {
        const query = simulator.query;
        pending = query;
        clearTimeout(timer);
        timer = setTimeout(flush, REPLACE_DELAY_MS);
      });
    });
  };
  const loading = simulator.openLink(Address.current(win.location), { announce: true });
  if (loading) void loading.then(follow);
  else follow();
  const ready = loading ?? Promise.resolve();

  const onPopState = () => {
    const address = readAddress(win);
    // Following an in-page link (#results, #source-P3) fires popstate too; it is not a step between scenarios.
    if (address === current || (win.location.protocol === 'file:' && !win.location.hash.includes('='))) return;
    current = address;
    clearTimeout(timer);
    pending = null;
    void simulator.openLink(Address.current(win.location), { announce: true });
  };
  win.addEventListener('popstate', onPopState);

  return {
    ready,
    deliberate(change) {
      flush();
      change();
      pending = null;
      write(simulator.query, true);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      stopEffect();
      win.removeEventListener('popstate', onPopState);
    },
  };
}
