// The few number functions generated model code calls, each giving exactly what the engine's mathjs instance gives.

// mathjs's default comparison tolerances (config.relTol and config.absTol): its max and min treat two
// numbers this close as equal and keep the first, so the generated code must do the same to agree bit for bit.
const REL_TOL = 1e-12;
const ABS_TOL = 1e-15;

/** mathjs's `nearlyEqual` for plain numbers. */
function nearlyEqual(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

/**
 * One step of mathjs `max(...)` on numbers, which folds its arguments left to right: NaN wins, and a value
 * replaces the running maximum only if clearly larger. So `max(a, b, c)` is `mathMax(mathMax(a, b), c)`.
 */
export function mathMax(running: number, value: number): number {
  if (Number.isNaN(value)) return value;
  return value > running && !nearlyEqual(value, running) ? value : running;
}

/** One step of mathjs `min(...)` on numbers, the mirror of mathMax. */
export function mathMin(running: number, value: number): number {
  if (Number.isNaN(value)) return value;
  return value < running && !nearlyEqual(value, running) ? value : running;
}

/** mathjs `pow` in its number build: Math.pow, except x^±Infinity that should vanish is a real 0. */
export function mathPow(x: number, y: number): number {
  if ((x * x < 1 && y === Infinity) || (x * x > 1 && y === -Infinity)) return 0;
  return Math.pow(x, y);
}

/** A scenario's value for a parameter, or its default when the value is missing or not a finite number. */
export function givenOr(given: unknown, fallback: number): number {
  return typeof given === 'number' && Number.isFinite(given) ? given : fallback;
}
