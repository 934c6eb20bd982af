// Web Worker entry: answers Monte Carlo requests off the page's main thread, with the generated model (no mathjs).
import type { CompiledModel, ModelDeclaration, Scenario } from '../engine/types.ts';
import { baseline, evaluate, parameterRanges } from '../generated/model.ts';
import { type BandRoles, type MonteCarloModel, type MonteCarloResult, runMonteCarlo } from './monte-carlo.ts';

export interface MonteCarloRequest {
  id: number;
  scenario: Scenario;
  draws: number;
  seed: number;
  /** What the band reads (the bundle's outputs), sent along so the worker names nothing of the model. */
  roles: BandRoles;
  /** An edited model (a remix link): its id, the same for the same declaration, and the declaration. Absent for the standard model. */
  edited?: { modelId: number; declaration: ModelDeclaration };
}

export type MonteCarloReply = { id: number; result: MonteCarloResult } | { id: number; error: string };

// The generated model with only the parameter ranges the band draws from: the declaration's texts stay out of the worker.
const standard: MonteCarloModel = { declaration: { parameters: parameterRanges }, baseline, evaluate };
// Only the latest edited model is kept: the page shows one model at a time.
let edited: { modelId: number; model: CompiledModel } | null = null;

async function modelFor(request: MonteCarloRequest): Promise<MonteCarloModel> {
  if (!request.edited) return standard;
  if (edited?.modelId !== request.edited.modelId) {
    // Only an edited model (a remix link) needs mathjs: it loads into the worker then, as its own chunk.
    const { compileModel } = await import('../engine/compile-model.ts');
    edited = { modelId: request.edited.modelId, model: compileModel(request.edited.declaration) };
  }
  return edited.model;
}

/** Runs one request; never rejects, so every request gets exactly one reply. */
export async function answer(request: MonteCarloRequest): Promise<MonteCarloReply> {
  const id = typeof request?.id === 'number' ? request.id : -1;
  try {
    const model = await modelFor(request);
    const { roles, scenario, draws, seed } = request;
    return { id, result: runMonteCarlo(model, roles, scenario, { draws, seed }) };
  } catch (error) {
    return { id, error: error instanceof Error ? error.message : String(error) };
  }
}

// Guarded so node tests can import `answer` without a worker scope.
if (typeof addEventListener === 'function') {
  addEventListener('message', (event: MessageEvent<MonteCarloRequest>) => {
    void answer(event.data).then((reply) => postMessage(reply));
  });
}
