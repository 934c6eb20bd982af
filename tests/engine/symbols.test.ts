// Tests the naming rules: link keys to symbols, the base_ prefix, and the key and symbol patterns.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BASELINE_PREFIX, KEY_PATTERN, SYMBOL_PATTERN, baselineTarget, keyToSymbol } from '../../src/engine/symbols.ts';

describe('keyToSymbol', () => {
  it('turns kebab-case keys into camelCase symbols', () => {
    expect(keyToSymbol('drop')).toBe('drop');
    expect(keyToSymbol('urals-discount')).toBe('uralsDiscount');
    expect(keyToSymbol('india-delivered-discount')).toBe('indiaDeliveredDiscount');
    expect(keyToSymbol('tariff-2-step')).toBe('tariff2Step');
  });

  it('gives a valid symbol for every valid key', () => {
    const segment = fc.stringMatching(/^[a-z0-9]{1,6}$/);
    const key = fc
      .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/), fc.array(segment, { maxLength: 4 }))
      .map(([head, rest]) => [head, ...rest].join('-'));
    fc.assert(
      fc.property(key, (k) => {
        expect(KEY_PATTERN.test(k)).toBe(true);
        expect(SYMBOL_PATTERN.test(keyToSymbol(k))).toBe(true);
      }),
    );
  });
});

describe('baselineTarget', () => {
  it('strips the base_ prefix', () => {
    expect(BASELINE_PREFIX).toBe('base_');
    expect(baselineTarget('base_totalIncome')).toBe('totalIncome');
  });

  it('returns null for a symbol without the prefix', () => {
    expect(baselineTarget('totalIncome')).toBeNull();
    expect(baselineTarget('basePrice')).toBeNull();
  });
});

describe('patterns', () => {
  it('accept kebab-case keys only', () => {
    for (const good of ['drop', 'tariff-india', 'v2', 'a-1-b']) expect(KEY_PATTERN.test(good)).toBe(true);
    for (const bad of ['Drop', 'tariffIndia', 'tariff_india', '-drop', 'drop-', 'a--b', '2drop', '__proto__', '']) {
      expect(KEY_PATTERN.test(bad)).toBe(false);
    }
  });

  it('accept symbols starting lower-case, with letters and digits only', () => {
    for (const good of ['x', 'totalIncome', 'nwf2']) expect(SYMBOL_PATTERN.test(good)).toBe(true);
    for (const bad of ['Total', 'base_x', 'a-b', '2x', '']) expect(SYMBOL_PATTERN.test(bad)).toBe(false);
  });
});
