// Wraps generated model code (src/generated/) as a CompiledModel, after making sure it was generated from this declaration.
import { declarationFingerprint } from './declaration-fingerprint.ts';
import type { CompiledModel, ModelDeclaration, Results, Scenario } from './types.ts';

/** What a generated module exports (see generate-model-code.ts). */
export interface GeneratedModelCode<R extends Results> {
  readonly fingerprint: string;
  readonly baseline: R;
  evaluate(scenario: Partial<Scenario>): R;
}

/**
 * The model that runs `code`, with `declaration` for everything else (labels, ranges, presets). Throws when
 * the code was generated from another declaration: a stale file must never answer for an edited one.
 */
export function modelFromGeneratedCode<R extends Results>(
  declaration: ModelDeclaration,
  code: GeneratedModelCode<R>,
): CompiledModel<R> {
  if (code.fingerprint !== declarationFingerprint(declaration)) {
    throw new Error(
      `The generated model code is out of date for "${declaration.id}" version ${declaration.version}: run \`npm run generate\``,
    );
  }
  return {
    declaration,
    defaults: Object.freeze(Object.fromEntries(declaration.parameters.map((p) => [p.key, p.default]))),
    baseline: code.baseline,
    parameterByKey: new Map(declaration.parameters.map((p) => [p.key, p])),
    evaluate: code.evaluate,
  };
}
