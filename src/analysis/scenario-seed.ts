// How many draws the band takes and which seed a scenario gets: small, so the page can ask for a band
// without loading the Monte Carlo code itself (that runs in the worker).
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { formatForLink } from '../link/sanitize-value.ts';

export const DEFAULT_DRAWS = 2000;
export const MAX_DRAWS = 100_000;

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`: a stable seed. */
export function seedFor(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * What a scenario's band is seeded from: the model version, then every parameter's value (at its step's
 * precision) in declaration order. Not the link's text, so a change to how links are written never moves a
 * band; a new model version does, since its draws may differ anyway. Pinned values and view settings are not in it.
 */
export function seedText(model: CompiledModel, scenario: Scenario): string {
  const { version, parameters } = model.declaration;
  const values = parameters.map((p) => `${p.key}=${formatForLink(p, scenario[p.key] ?? p.default)}`);
  return [`model ${version}`, ...values].join('\n');
}

/** The seed the page, the report and the CLI use for `scenario`: the same values always give the same band. */
export function seedForScenario(model: CompiledModel, scenario: Scenario): number {
  return seedFor(seedText(model, scenario));
}
