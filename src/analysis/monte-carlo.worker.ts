// Web Worker entry: compiles the model once and answers Monte Carlo requests off the page's main thread.
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { type CompiledModel, compileModel } from '../engine/compile-model.ts';
import type { ModelDeclaration, Scenario } from '../engine/types.ts';
import { type MonteCarloResult, runMonteCarlo } from './monte-carlo.ts';

export interface MonteCarloRequest {
  id: number;
  scenario: Scenario;
  draws: number;
  seed: number;
  /** An edited model (a remix link): its id, the same for the same declaration, and the declaration. Absent for the standard model. */
  edited?: { modelId: number; declaration: ModelDeclaration };
}

export type MonteCarloReply = { id: number; result: MonteCarloResult } | { id: number; error: string };

let standard: CompiledModel | null = null;
// Only the latest edited model is kept: the page shows one model at a time.
let edited: { modelId: number; model: CompiledModel } | null = null;

function modelFor(request: MonteCarloRequest): CompiledModel {
  if (!request.edited) return (standard ??= compileModel(crudeLeverageModel));
  if (edited?.modelId !== request.edited.modelId) {
    edited = { modelId: request.edited.modelId, model: compileModel(request.edited.declaration) };
  }
  return edited.model;
}

/** Runs one request; never throws, so every request gets exactly one reply. */
export function answer(request: MonteCarloRequest): MonteCarloReply {
  const id = typeof request?.id === 'number' ? request.id : -1;
  try {
    return {
      id,
      result: runMonteCarlo(modelFor(request), request.scenario, { draws: request.draws, seed: request.seed }),
    };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

// Guarded so node tests can import `answer` without a worker scope.
if (typeof addEventListener === 'function') {
  addEventListener('message', (event: MessageEvent<MonteCarloRequest>) => {
    postMessage(answer(event.data));
  });
}
