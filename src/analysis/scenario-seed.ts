// How many draws the band takes and which seed a scenario gets: small, so the page can ask for a band
// without loading the Monte Carlo code itself (that runs in the worker).
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { encodeLink } from '../link/link-format.ts';

export const DEFAULT_DRAWS = 2000;
export const MAX_DRAWS = 100_000;

/** FNV-1a, 32 bits, over the UTF-16 code units of `query`: a stable seed for a link. */
export function seedFor(query: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < query.length; i++) {
    hash ^= query.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The seed the page uses for `scenario`: the hash of its link query without the pinned scenario or
 * view settings, so the same link always gives the same band and pinning or switching language does not move it.
 */
export function seedForScenario(model: CompiledModel, scenario: Scenario): number {
  return seedFor(encodeLink(model, { scenario }));
}
