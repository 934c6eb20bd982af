// Tests reading a record by a key from a link: a name every object inherits is not a value the record holds.
import { describe, expect, it } from 'vitest';
import { ownValue } from '../../src/engine/own-value.ts';

describe('ownValue', () => {
  it('returns what the record holds, including 0 and a key called "constructor"', () => {
    expect(ownValue({ drop: 0 }, 'drop')).toBe(0);
    expect(ownValue({ constructor: 4 }, 'constructor')).toBe(4);
  });

  it('returns undefined, not an inherited function, for names of Object.prototype', () => {
    for (const key of Object.getOwnPropertyNames(Object.prototype)) expect(ownValue({}, key)).toBeUndefined();
  });
});
