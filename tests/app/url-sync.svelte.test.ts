// Tests the address-bar sync against a fake window: load, debounced replaceState, one pushState per deliberate change, popstate, file:.
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { model } from '../../src/app/model.ts';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import { startUrlSync, type UrlSync } from '../../src/app/url-sync.svelte.ts';

/** A window with just what url-sync touches; history calls move the fake address like a browser does. */
function fakeWindow(protocol: string, pathname: string, address: string) {
  const location = { protocol, pathname, search: '', hash: '' };
  const setAddress = (url: string) => {
    const hashAt = url.indexOf('#');
    const path = hashAt === -1 ? url : url.slice(0, hashAt);
    location.hash = hashAt === -1 ? '' : url.slice(hashAt);
    const queryAt = path.indexOf('?');
    location.search = queryAt === -1 ? '' : path.slice(queryAt);
    location.pathname = queryAt === -1 ? path : path.slice(0, queryAt);
  };
  setAddress(`${pathname}${address}`);
  const listeners = new Map<string, Set<() => void>>();
  const win = {
    location,
    history: {
      pushState: vi.fn((_state: unknown, _title: string, url: string) => setAddress(url)),
      replaceState: vi.fn((_state: unknown, _title: string, url: string) => setAddress(url)),
    },
    addEventListener: vi.fn((type: string, listener: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(listener);
    }),
    removeEventListener: vi.fn((type: string, listener: () => void) => listeners.get(type)?.delete(listener)),
  };
  /** The user presses Back or Forward to `url`. */
  const navigate = (url: string) => {
    setAddress(url);
    for (const listener of listeners.get('popstate') ?? []) listener();
  };
  return { win, location, navigate, listeners };
}

let sync: UrlSync | null = null;

function start(address: string, protocol = 'https:', pathname = '/sim/') {
  const fake = fakeWindow(protocol, pathname, address);
  const simulator = new Simulator(model);
  sync = startUrlSync(simulator, fake.win as unknown as Window);
  flushSync();
  vi.advanceTimersByTime(1000);
  return { simulator, ...fake };
}

/** A user's change: the effect sees it at once (as it would in the next microtask). */
function change(action: () => void) {
  action();
  flushSync();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(() => {
  sync?.stop();
  sync = null;
  vi.useRealTimers();
});

describe('startUrlSync', () => {
  it('loads the scenario from the query and tells the reader about a damaged link', () => {
    const { simulator } = start('?drop=10&india=99&zzz=1');
    expect(simulator.scenario.drop).toBe(10);
    expect(simulator.scenario.india).toBe(2.5);
    expect(simulator.notice?.ignored).toEqual(['zzz']);
  });

  it('takes ignored keys out of the address bar at once, before the debounce', () => {
    const fake = fakeWindow('https:', '/sim/', '?drop=10&zzz=1&lang=fr&p=junk');
    const simulator = new Simulator(model);
    sync = startUrlSync(simulator, fake.win as unknown as Window);
    // No timer has run: the address was rewritten as the page opened.
    expect(fake.location.search).toBe('?v=1&m=2&drop=10');
    expect(fake.win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(simulator.notice).toMatchObject({ ignored: ['zzz'], unsupportedLanguage: 'fr' });
  });

  it('leaves an address that already says the scenario alone', () => {
    const { win } = start('?v=1&m=2&drop=10');
    expect(win.history.replaceState).not.toHaveBeenCalled();
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it('writes the tidied link once for a hand-written address, without a history entry', () => {
    const { win, location } = start('?drop=10&india=99');
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/sim/?v=1&m=2&drop=10&india=2.5');
    expect(location.search).toBe('?v=1&m=2&drop=10&india=2.5');
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it('debounces replaceState: one call after many changes within 300 ms', () => {
    const { simulator, win } = start('');
    win.history.replaceState.mockClear();
    for (const drop of [1, 2, 3, 4, 5]) {
      change(() => simulator.set('drop', drop));
      vi.advanceTimersByTime(50);
    }
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(249); // 300 ms after the last change, less one
    expect(win.history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.history.replaceState).toHaveBeenLastCalledWith(null, '', '/sim/?v=1&m=2&drop=5');
    vi.advanceTimersByTime(5000);
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it('deliberate() pushes exactly one history entry for the change', () => {
    const { simulator, win, location } = start('?v=1&m=2&drop=10');
    sync!.deliberate(() => simulator.apply({ 'tariff-china': 100 }));
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.history.pushState).toHaveBeenCalledWith(null, '', '/sim/?v=1&m=2&tariff-china=100');
    expect(location.search).toBe('?v=1&m=2&tariff-china=100');
    expect(win.history.replaceState).not.toHaveBeenCalled();
  });

  it('deliberate() first settles a pending slider move, so Back returns to it', () => {
    const { simulator, win } = start('');
    win.history.replaceState.mockClear();
    change(() => simulator.set('drop', 7));
    sync!.deliberate(() => simulator.reset());
    expect(win.history.replaceState).toHaveBeenCalledTimes(1);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/sim/?v=1&m=2&drop=7');
    expect(win.history.pushState).toHaveBeenCalledTimes(1);
    expect(win.history.pushState).toHaveBeenCalledWith(null, '', '/sim/?v=1&m=2');
    expect(win.history.replaceState.mock.invocationCallOrder[0]!).toBeLessThan(
      win.history.pushState.mock.invocationCallOrder[0]!,
    );
  });

  it('reloads the scenario on popstate (Back) and cancels a pending write', () => {
    const { simulator, win, navigate } = start('?v=1&m=2&drop=10');
    change(() => simulator.set('drop', 30));
    navigate('/sim/?v=1&m=2&india=2');
    flushSync();
    vi.advanceTimersByTime(1000);
    expect(simulator.scenario).toEqual({ ...model.defaults, india: 2 });
    expect(win.history.replaceState).not.toHaveBeenCalled();
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  it('uses the fragment when the page is opened from disk (file:)', () => {
    const { simulator, win, location } = start('#drop=5', 'file:', '/home/me/index.html');
    expect(simulator.scenario.drop).toBe(5);
    expect(win.history.replaceState).toHaveBeenLastCalledWith(null, '', '/home/me/index.html#v=1&m=2&drop=5');
    change(() => simulator.set('drop', 6));
    vi.advanceTimersByTime(300);
    expect(location.hash).toBe('#v=1&m=2&drop=6');
    expect(location.search).toBe('');
    sync!.deliberate(() => simulator.reset());
    expect(win.history.pushState).toHaveBeenCalledWith(null, '', '/home/me/index.html#v=1&m=2');
  });

  it('deliberate() that changes nothing adds no history entry (Back must undo something)', () => {
    const { simulator, win } = start('?v=1&m=2');
    sync!.deliberate(() => simulator.reset());
    expect(win.history.pushState).not.toHaveBeenCalled();
  });

  // Clicking an in-page link (#results, #source-P3) fires popstate too: it must not be read as a scenario.
  it('keeps the scenario when an in-page link is followed on a page opened from disk', () => {
    const { simulator, navigate } = start('#v=1&m=2&drop=5', 'file:', '/home/me/index.html');
    navigate('/home/me/index.html#source-P3');
    expect(simulator.scenario.drop).toBe(5);
    expect(simulator.notice).toBeNull();
  });

  it('keeps a slider move still waiting to be written when an in-page link is followed', () => {
    const { simulator, win, navigate } = start('?v=1&m=2');
    change(() => simulator.set('drop', 30));
    navigate('/sim/?v=1&m=2#results');
    vi.advanceTimersByTime(300);
    expect(simulator.scenario.drop).toBe(30);
    expect(win.history.replaceState).toHaveBeenLastCalledWith(null, '', '/sim/?v=1&m=2&drop=30');
  });

  it('stop() removes the popstate listener and writes nothing more', () => {
    const { simulator, win, listeners } = start('');
    win.history.replaceState.mockClear();
    change(() => simulator.set('drop', 3));
    sync!.stop();
    sync = null;
    change(() => simulator.set('drop', 4));
    vi.advanceTimersByTime(1000);
    expect(win.history.replaceState).not.toHaveBeenCalled();
    expect(listeners.get('popstate')?.size ?? 0).toBe(0);
  });
});
