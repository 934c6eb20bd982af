// Tests the Simulator state class: set snaps and ignores bad input, apply, reset, pin/unpin, load and the link query.
import { beforeAll, describe, expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { loadMonthStarts } from '../../src/link/month-starts.ts';

const fresh = () => new Simulator(model);

// The page loads the months' record before a month is read or picked (tests/app/simulator-month-link.svelte.test.ts).
beforeAll(() => loadMonthStarts());

describe('Simulator.set', () => {
  it('starts at the defaults with the baseline results', () => {
    const simulator = fresh();
    expect(simulator.scenario).toEqual(model.defaults);
    expect(simulator.results.totalMonth).toBeCloseTo(model.baseline.totalMonth!, 9);
    expect(simulator.results.changeVsBaselinePct).toBeCloseTo(0, 9);
    expect(simulator.lastChanged).toBeNull();
    expect(simulator.notice).toBeNull();
  });

  it('sets a value and derives new results, sweep and query', () => {
    const simulator = fresh();
    const total = simulator.results.totalMonth!;
    simulator.set('drop', 10);
    expect(simulator.scenario.drop).toBe(10);
    expect(simulator.lastChanged).toBe('drop');
    expect(simulator.results.totalMonth!).toBeLessThan(total);
    expect(simulator.results.changeVsBaselinePct!).toBeLessThan(0);
    // The sweep runs over the drop itself, so only the other settings move it.
    expect(simulator.sweep).toEqual(simulator.baselineSweep);
    expect(simulator.query).toBe('v=1&m=2&drop=10');
    simulator.set('tariff-india', 100);
    expect(simulator.sweep).not.toEqual(simulator.baselineSweep);
  });

  it('snaps to the step and clamps to the range', () => {
    const simulator = fresh();
    simulator.set('drop', 3.6);
    expect(simulator.scenario.drop).toBe(4);
    simulator.set('india', 1.234);
    expect(simulator.scenario.india).toBe(1.23);
    simulator.set('drop', 99);
    expect(simulator.scenario.drop).toBe(40);
    simulator.set('drop', -99);
    expect(simulator.scenario.drop).toBe(-20);
    simulator.set('urals-discount', 12.3);
    expect(simulator.scenario['urals-discount']).toBe(12.5);
  });

  it('ignores unknown keys and values that are not finite numbers', () => {
    const simulator = fresh();
    simulator.set('drop', 5);
    for (const value of [Number.NaN, Infinity, -Infinity]) simulator.set('drop', value);
    simulator.set('zzz', 1);
    simulator.set('__proto__', 1);
    expect(simulator.scenario).toEqual({ ...model.defaults, drop: 5 });
    expect(simulator.lastChanged).toBe('drop');
    expect(Object.keys(simulator.scenario).sort()).toEqual(Object.keys(model.defaults).sort());
  });
});

describe('Simulator.reset and apply', () => {
  it('reset restores every default and clears the last change', () => {
    const simulator = fresh();
    simulator.set('drop', 20);
    simulator.set('tariff-china', 100);
    simulator.reset();
    expect(simulator.scenario).toEqual(model.defaults);
    expect(simulator.lastChanged).toBeNull();
    expect(simulator.query).toBe('v=1&m=2');
  });

  it('apply puts a preset on top of the defaults, snapped, ignoring unknown keys', () => {
    const simulator = fresh();
    simulator.set('china', 3);
    simulator.apply({ drop: 10, india: 99, 'tariff-china': 52, zzz: 4 });
    expect(simulator.scenario).toEqual({ ...model.defaults, drop: 10, india: 2.5, 'tariff-china': 50 });
    expect(simulator.lastChanged).toBeNull();
  });

  it('applies every declared preset exactly: its values sit on the slider grid', () => {
    const simulator = fresh();
    for (const preset of model.declaration.presets) {
      simulator.apply(preset.values);
      expect(simulator.scenario, preset.id).toEqual({ ...model.defaults, ...preset.values });
    }
  });

  it('apply of an empty preset is the defaults', () => {
    const simulator = fresh();
    simulator.set('drop', 7);
    simulator.apply({});
    expect(simulator.scenario).toEqual(model.defaults);
  });
});

describe('Simulator.pin', () => {
  it('pins a copy of the current scenario and compares against it', () => {
    const simulator = fresh();
    expect(simulator.pinnedResults).toBeNull();
    expect(simulator.pinnedSweep).toBeNull();
    simulator.set('drop', 10);
    simulator.pin();
    simulator.set('drop', 20);
    expect(simulator.pinned).toEqual({ ...model.defaults, drop: 10 });
    expect(simulator.pinnedResults!.totalMonth!).toBeGreaterThan(simulator.results.totalMonth!);
    expect(simulator.pinnedSweep).not.toBeNull();
    expect(simulator.query).toBe('v=1&m=2&drop=20&a=1&a.drop=10');
  });

  it('pinning the defaults is written as a=1 alone', () => {
    const simulator = fresh();
    simulator.pin();
    expect(simulator.query).toBe('v=1&m=2&a=1');
  });

  it('unpin removes the comparison', () => {
    const simulator = fresh();
    simulator.pin();
    simulator.unpin();
    expect(simulator.pinned).toBeNull();
    expect(simulator.pinnedResults).toBeNull();
    expect(simulator.query).toBe('v=1&m=2');
  });
});

describe('Simulator.query', () => {
  it('is v=1&m=2 at the defaults and carries the view settings', () => {
    const simulator = fresh();
    expect(simulator.query).toBe('v=1&m=2');
    simulator.lang = 'zh-Hant';
    simulator.panel = 'assumptions';
    expect(simulator.query).toBe('v=1&m=2&lang=zh-Hant&panel=assumptions');
  });

  it('round-trips through the link decoder', () => {
    const simulator = fresh();
    simulator.set('drop', 12);
    simulator.set('india', 0.75);
    simulator.pin();
    simulator.set('tariff-india', 100);
    simulator.lang = 'zh-Hant';
    const copy = fresh();
    copy.load(decodeLink(model, simulator.query), { announce: true });
    expect(copy.scenario).toEqual(simulator.scenario);
    expect(copy.pinned).toEqual(simulator.pinned);
    expect(copy.lang).toBe('zh-Hant');
    expect(copy.notice).toBeNull();
    expect(copy.query).toBe(simulator.query);
  });
});

describe('Simulator.load', () => {
  it('replaces the whole state and clears the last change', () => {
    const simulator = fresh();
    simulator.set('drop', 5);
    simulator.pin();
    simulator.load(decodeLink(model, '?drop=15&panel=assumptions'), { announce: false });
    expect(simulator.scenario).toEqual({ ...model.defaults, drop: 15 });
    expect(simulator.pinned).toBeNull();
    expect(simulator.panel).toBe('assumptions');
    expect(simulator.lastChanged).toBeNull();
  });

  it('records what a damaged link got wrong only when asked to announce', () => {
    const simulator = fresh();
    simulator.load(decodeLink(model, '?india=99&zzz=1'), { announce: false });
    expect(simulator.notice).toBeNull();
    simulator.load(decodeLink(model, '?india=99&zzz=1&m=0'), { announce: true });
    expect(simulator.notice).toEqual({
      adjusted: [{ key: 'india', given: '99', used: 2.5, reason: 'above-max' }],
      adjustedMore: 0,
      ignored: ['zzz'],
      ignoredMore: 0,
      retired: [],
      unsupportedLanguage: null,
      fromNewer: null,
      olderModelVersion: 0,
      remixProblem: null,
    });
    simulator.dismissNotice();
    expect(simulator.notice).toBeNull();
  });

  it('keeps its own copy of the decoded scenario', () => {
    const simulator = fresh();
    const decoded = decodeLink(model, '?drop=5');
    simulator.load(decoded, { announce: false });
    simulator.set('drop', 6);
    expect(decoded.scenario.drop).toBe(5);
  });
});

describe('Simulator.setFrom', () => {
  it('moves to the month’s drivers, keeps the values the user changed, and writes from= in the query', () => {
    const simulator = fresh();
    simulator.set('drop', 10);
    simulator.setFrom('2025-11');
    expect(simulator.from).toBe('2025-11');
    expect(simulator.scenario.drop).toBe(10);
    // November's Brent (M54) and India's imports (Kpler, V23) replace the mid-2025 defaults.
    expect(simulator.scenario.brent).toBe(63);
    expect(simulator.scenario.india).toBe(1.84);
    expect(simulator.query).toBe('v=1&m=2&drop=10&from=2025-11');
    simulator.reset();
    expect(simulator.scenario.drop).toBe(0);
    expect(simulator.scenario.brent).toBe(63);
    simulator.setFrom(null);
    expect(simulator.scenario).toEqual(model.defaults);
    expect(simulator.query).toBe('v=1&m=2');
  });

  it('is read from a link and cleared by a link without it', () => {
    const simulator = fresh();
    simulator.load(decodeLink(model, 'from=2025-08&india=1'), { announce: true });
    expect(simulator.from).toBe('2025-08');
    expect(simulator.scenario.india).toBe(1);
    expect(simulator.notice).toBeNull();
    simulator.load(decodeLink(model, 'drop=5'), { announce: false });
    expect(simulator.from).toBeNull();
    expect(simulator.scenario).toEqual({ ...model.defaults, drop: 5 });
  });
});
