// The months' record on demand (src/link/month-starts.ts): a month read before it is asked for is refused, one that could not be fetched reads as unknown, and a later fetch puts it right.
import { describe, expect, it, vi } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { loadMonthStarts, monthStartFor, monthStartsLoaded } from '../../src/link/month-starts.ts';

const model = compileModel(crudeLeverageModel);
const LINK = 'v=1&m=2&from=2025-11&drop=10';

// In order, in one module: nothing here imports src/analysis/month-start.ts until the last test fetches it.
describe('the months’ record on demand', () => {
  it('refuses a month before the record was asked for, rather than open mid-2025 quietly', () => {
    expect(() => decodeLink(model, LINK)).toThrow(/not loaded yet/);
    // A link without a month needs no record.
    expect(decodeLink(model, 'drop=10').scenario).toEqual({ ...model.defaults, drop: 10 });
  });

  it('reads the month as unknown when the fetch failed (offline): mid-2025, the other values, and the month reported', async () => {
    await expect(loadMonthStarts(() => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    expect(monthStartsLoaded()).toBe(false);
    expect(monthStartFor(model, '2025-11')).toBeNull();
    const decoded = decodeLink(model, LINK);
    expect(decoded.view.from).toBeUndefined();
    expect(decoded.scenario).toEqual({ ...model.defaults, drop: 10 });
    expect(decoded.ignored).toEqual(['from']);
  });

  it('fetches again when asked again, and then reads the month', async () => {
    const load = vi.fn(() => import('../../src/analysis/month-start.ts'));
    await loadMonthStarts(load);
    await loadMonthStarts(load);
    expect(load).toHaveBeenCalledTimes(1);
    expect(monthStartsLoaded()).toBe(true);
    const decoded = decodeLink(model, LINK);
    expect(decoded.view.from).toBe('2025-11');
    expect(decoded.ignored).toEqual([]);
    // November 2025 by hand (tests/link/link-format-from.test.ts): Brent 63 (M54).
    expect(decoded.scenario.brent).toBe(63);
  });
});
