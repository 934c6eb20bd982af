// The Crude Leverage model the page runs: the code generated from its declaration at build time (no mathjs).
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { modelFromGeneratedCode } from '../engine/generated-model.ts';
import * as generated from '../generated/model.ts';

export type { ModelResults, OutputName } from '../generated/model.ts';

export const model = modelFromGeneratedCode(crudeLeverageModel, generated);
