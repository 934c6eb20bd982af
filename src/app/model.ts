// The Crude Leverage model the page runs: the code generated from its declaration at build time (no mathjs).
import { modelFromGeneratedCode } from '../engine/generated-model.ts';
import * as generated from '../generated/model.ts';
// The declaration without the notes of the Assumptions panel's sliders, which load with it (parameter-notes.svelte.ts).
import { pageDeclaration } from '../generated/page-declaration.ts';

export type { ModelResults, OutputName } from '../generated/model.ts';

export const model = modelFromGeneratedCode(pageDeclaration, generated);

// The parts of the model's bundle the first screen needs; the rest loads with the sections that use it (model-bundle.ts).
export { plausibilityWarnings } from '../../models/crude-leverage/warnings.ts';
/** Which results the sweep, the band and the charts read as the headline and the band's prices. */
export { outputs as modelOutputs } from '../../models/crude-leverage/outputs.ts';
