// A link naming a month opens to the month's exact values although the months' record is not on the first load, and shows no other scenario meanwhile.
import { describe, expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { linkNamesMonth, monthStartFor, monthStartsLoaded } from '../../src/link/month-starts.ts';

// The tests run in order in one module: the record is not loaded until the first month link asks for it.
describe('a month link before the months’ record has loaded', () => {
  it('is told apart from a link without a month', () => {
    expect(linkNamesMonth('v=1&m=2&from=2025-11&drop=10')).toBe(true);
    expect(linkNamesMonth('?drop=10&india=1')).toBe(false);
    expect(linkNamesMonth('#v=1&from=2025-08')).toBe(true);
  });

  it('opens a plain link at once, without the record', () => {
    const simulator = new Simulator(model);
    expect(simulator.openLink('drop=10', { announce: true })).toBeUndefined();
    expect(simulator.scenario).toEqual({ ...model.defaults, drop: 10 });
    expect(monthStartsLoaded()).toBe(false);
  });

  it('refuses to read a month it does not have, rather than start from mid-2025', () => {
    expect(() => monthStartFor(model, '2025-11')).toThrow(/not loaded yet/);
    expect(() => decodeLink(model, 'from=2025-11')).toThrow(/not loaded yet/);
  });

  it('keeps the page’s scenario until the record is here, then opens the month’s values exactly', async () => {
    const simulator = new Simulator(model);
    simulator.set('drop', 5);
    const opening = simulator.openLink('v=1&m=2&from=2025-11&drop=10', { announce: true });
    expect(opening).toBeInstanceOf(Promise);
    // Nothing of the link is applied before its month can be: no flash of mid-2025 values under from=.
    expect(simulator.from).toBeNull();
    expect(simulator.scenario).toEqual({ ...model.defaults, drop: 5 });
    await opening;
    expect(monthStartsLoaded()).toBe(true);
    expect(simulator.from).toBe('2025-11');
    expect(simulator.notice).toBeNull();
    // November 2025 worked by hand in tests/link/link-format-from.test.ts: Brent 63 (M54), India 1.84 (V23).
    expect(simulator.scenario.brent).toBe(63);
    expect(simulator.scenario.india).toBe(1.84);
    expect(simulator.scenario.drop).toBe(10);
    // The same values as a decoding with the record in place, and the same link back.
    expect(simulator.scenario).toEqual(decodeLink(model, 'v=1&m=2&from=2025-11&drop=10').scenario);
    expect(simulator.query).toBe('v=1&m=2&drop=10&from=2025-11');
  });
});
