// Hostile but well-formed edited models (issue 10), shared by the unit, property and browser tests.
import type { AddedParameter, Remix } from '../../src/remix/remix-format.ts';

export const added = (key: string, extra: Partial<AddedParameter> = {}): AddedParameter => ({
  key,
  label: key,
  unit: 'usd-per-bbl',
  min: 0,
  max: 10,
  step: 1,
  default: 3,
  ...extra,
});

/** Urals minus an added parameter's symbol: the edit reads the added parameter, so its value matters. */
const uralsMinus = (symbol: string) => `max(0, brentNow - uralsDiscount - ${symbol})`;

/** Kebab-case keys whose key or camelCase symbol is a property of every JavaScript object. */
export const PROTOTYPE_KEYS: readonly [key: string, symbol: string][] = [
  ['constructor', 'constructor'],
  ['to-string', 'toString'],
  ['value-of', 'valueOf'],
  ['has-own-property', 'hasOwnProperty'],
  ['is-prototype-of', 'isPrototypeOf'],
  ['property-is-enumerable', 'propertyIsEnumerable'],
  ['to-locale-string', 'toLocaleString'],
];

export const prototypeNamed = (key: string, symbol: string): Remix => ({
  equations: { urals: uralsMinus(symbol) },
  added: [added(key)],
});

/** A step of the smallest double: 10 / 5e-324 positions, and a step with 324 decimals. */
export const TINY_STEP: Remix = {
  equations: { urals: uralsMinus('tiny') },
  added: [added('tiny', { step: Number.MIN_VALUE, default: 0 })],
};

/** Finite at the defaults and at both ends of drop's range (−20, 40), infinite at drop = 10. */
export const INTERIOR_DIVISION: Remix = {
  equations: { urals: 'max(0, brentNow - uralsDiscount + 1 / (drop - 10))' },
  added: [],
};

/**
 * Infinite only where drop = 5 and rub = 90 at once: no check that moves one parameter at a time can see it
 * (at the defaults drop = 0 and rub = 80), so only evaluation can catch it.
 */
export const JOINT_DIVISION: Remix = {
  equations: { urals: 'max(0, brentNow - uralsDiscount + 1 / ((drop - 5) * (drop - 5) + (rub - 90) * (rub - 90)))' },
  added: [],
};
export const JOINT_DIVISION_AT = { drop: 5, rub: 90 } as const;

/** One more added parameter than a link carries. */
export const ELEVEN_ADDED: Remix = {
  equations: {},
  added: Array.from({ length: 11 }, (_, i) => added(`extra-${i + 1}`)),
};

/** Deterministic digits that compress poorly (a linear congruential generator), so the edit stays long in a link. */
function digits(seed: number, count: number): string[] {
  const numbers: string[] = [];
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    numbers.push(String(100000000 + (state % 900000000)));
  }
  return numbers;
}

/**
 * A valid edit whose link is longer than a QR code holds (2,331 bytes at medium error correction) and
 * shorter than the link's own limit: eight equations gain `+ 0 * min(…)` over 40 nine-digit numbers.
 */
export const LONG_VALID: Remix = {
  equations: Object.fromEntries(
    [
      ['turkeyIncome', 'turkey * urals'],
      ['euIncome', 'eu * urals'],
      ['otherIncome', 'other * urals'],
      ['productsIncome', 'products * productPrice'],
      ['indiaKept', 'india * (1 - indiaCutShare)'],
      ['chinaKept', 'china * (1 - chinaCutShare)'],
      ['brentNow', 'max(0, brent - drop)'],
      ['urals', 'max(0, brentNow - uralsDiscount)'],
    ].map(([name, expr], index) => [name, `${expr} + 0 * min(${digits(index + 1, 40).join(', ')})`]),
  ),
  added: [],
};

/** A tiny step the checks accept (100,000 positions) whose 25 decimals are more than formatting can write. */
export const TINY_STEP_ACCEPTED: Remix = {
  equations: { urals: uralsMinus('tiny') },
  added: [added('tiny', { min: 0, max: 1e-20, step: 1e-25, default: 0 })],
};
