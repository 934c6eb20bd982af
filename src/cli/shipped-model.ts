// The model the simulate command runs: the bundle as declared, around the code generated from it (npm run simulate generates it first).
import { crudeLeverageBundle } from '../../models/crude-leverage/index.ts';
import { modelFromGeneratedCode } from '../engine/generated-model.ts';
import * as generated from '../generated/model.ts';
import type { ShippedModel } from './run-simulate.ts';

/**
 * The declaration as written, every note in it: the page runs the same generated code around its first-load copy
 * (src/app/model.ts), which its own bundle and report parts carry, so both tell the shipped model from an edit.
 */
export const shipped: ShippedModel = {
  bundle: crudeLeverageBundle,
  model: modelFromGeneratedCode(crudeLeverageBundle.model, generated),
};
