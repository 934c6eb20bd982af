// Tests the compressed remix format: round trip, and refusal of damaged, oversized or malformed input.
import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import {
  MAX_ENCODED_LENGTH,
  decodeRemix,
  encodeRemix,
  isEmptyRemix,
  type Remix,
} from '../../src/remix/remix-format.ts';

const sample: Remix = {
  equations: { urals: 'max(0, brentNow - uralsDiscount - myCost)' },
  added: [{ key: 'my-cost', label: 'My cost', unit: 'usd-per-bbl', min: 0, max: 10, step: 0.5, default: 2 }],
};

describe('remix format', () => {
  it('round-trips a remix through its link form', () => {
    const decoded = decodeRemix(encodeRemix(sample));
    expect(decoded).toEqual({ ok: true, remix: sample });
  });

  it('uses only characters that survive a query string unescaped', () => {
    expect(encodeRemix(sample)).toMatch(/^[A-Za-z0-9+\-$]+$/);
  });

  it('knows an empty remix', () => {
    expect(isEmptyRemix({ equations: {}, added: [] })).toBe(true);
    expect(isEmptyRemix(sample)).toBe(false);
  });

  it('refuses damaged, oversized and malformed input with a message', () => {
    expect(decodeRemix('not-compressed-at-all')).toMatchObject({ ok: false });
    expect(decodeRemix('A'.repeat(MAX_ENCODED_LENGTH + 1))).toEqual({
      ok: false,
      message: 'the edited model in the link is too long',
    });
    expect(decodeRemix(LZString.compressToEncodedURIComponent('[1,2]'))).toMatchObject({ ok: false });
    expect(decodeRemix(LZString.compressToEncodedURIComponent('{"equations":{"urals":5},"added":[]}'))).toMatchObject({
      ok: false,
    });
    const badParameter = JSON.stringify({
      equations: {},
      added: [{ key: 'k', label: 'l', unit: 'mbd', min: 'x', max: 1, step: 1, default: 0 }],
    });
    expect(decodeRemix(LZString.compressToEncodedURIComponent(badParameter))).toMatchObject({ ok: false });
  });

  it('does not let __proto__ in the JSON reach the prototype', () => {
    const hostile = LZString.compressToEncodedURIComponent('{"equations":{"__proto__":"1"},"added":[]}');
    decodeRemix(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('urals');
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = decodeRemix(text);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
