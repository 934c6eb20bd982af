// Naming rules shared by the checker, the compiler and the link format.

/** `urals-discount` → `uralsDiscount`: the symbol a parameter has inside equations. */
export function keyToSymbol(key: string): string {
  return key.replace(/-([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** Prefix that makes an equation read the baseline's value of a symbol: `base_totalUsdMPerDay`. */
export const BASELINE_PREFIX = 'base_';

export function baselineTarget(symbol: string): string | null {
  return symbol.startsWith(BASELINE_PREFIX) ? symbol.slice(BASELINE_PREFIX.length) : null;
}

export const KEY_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const SYMBOL_PATTERN = /^[a-z][A-Za-z0-9]*$/;
