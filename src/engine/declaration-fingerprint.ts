// A short hash of everything generated model code bakes in, so a page never runs code generated from another declaration.
import type { ModelDeclaration } from './types.ts';

/**
 * FNV-1a (32-bit) over the model's id and version, each parameter's key and default, each constant's name
 * and value, and each equation's name and expression: the inputs of the generated code and nothing else.
 */
export function declarationFingerprint(declaration: ModelDeclaration): string {
  const text = JSON.stringify([
    declaration.id,
    declaration.version,
    declaration.parameters.map((p) => [p.key, p.default]),
    declaration.constants.map((c) => [c.name, c.value]),
    declaration.equations.map((e) => [e.name, e.expr]),
  ]);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
