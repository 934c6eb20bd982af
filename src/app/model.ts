// The compiled Crude Leverage model the page runs: compiled once when the app loads.
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { compileModel } from '../engine/compile-model.ts';

export const model = compileModel(crudeLeverageModel);
