// Tests escaping text for the terminal: no control or format character survives, and JSON stays the same value.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonForTerminal, quoteForTerminal } from '../../src/cli/terminal-text.ts';

/** C0 controls, DEL, C1 controls (U+009B is a one-character CSI) and the bidirectional and zero-width format marks. */
const CONTROL = /[\p{Cc}\p{Cf}]/u;
/** Text rich in those: the first 12,288 code points (C0, C1, the U+200x and U+206x marks) and two format characters past the BMP. */
const textArb = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x2fff }), fc.constantFrom(0xe0001, 0x1d173)), { maxLength: 30 })
  .map((codes) => String.fromCodePoint(...codes));

describe('quoteForTerminal', () => {
  it('writes escape sequences, quotes and backslashes as escapes', () => {
    expect(quoteForTerminal('--x\u001b[2J\u009b31m"\\\u202e')).toBe('"--x\\u001b[2J\\u009b31m\\"\\\\\\u202e"');
  });

  it('cuts a long flag to 120 characters', () => {
    expect(quoteForTerminal('-'.repeat(500))).toBe(`"${'-'.repeat(120)}…"`);
  });

  it('never lets a control or format character through', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(quoteForTerminal(text)).not.toMatch(CONTROL);
      }),
    );
  });
});

describe('escapeJsonForTerminal', () => {
  it('keeps the JSON value and its line breaks, and leaves no control character but the line breaks', () => {
    fc.assert(
      fc.property(fc.array(textArb), (keys) => {
        const json = JSON.stringify({ ignored: keys }, null, 2);
        const escaped = escapeJsonForTerminal(json);
        expect(JSON.parse(escaped)).toEqual({ ignored: keys });
        expect(escaped.replace(/\n/g, '')).not.toMatch(CONTROL);
      }),
    );
  });
});
