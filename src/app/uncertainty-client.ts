// The page's client for the Monte Carlo band: runs it in a Web Worker, or on the main thread when workers fail.
import type { BandRoles, MonteCarloResult } from '../analysis/monte-carlo.ts';
import { DEFAULT_DRAWS } from '../analysis/scenario-seed.ts';
import type { MonteCarloReply, MonteCarloRequest } from '../analysis/monte-carlo.worker.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { modelOutputs, model as pageModel } from './model.ts';

export interface UncertaintyClient {
  /**
   * The band of `scenario`. Only the latest request resolves with a result: a newer request makes
   * every earlier one resolve to null at once, and an earlier one that has not started yet is never
   * run, so dragging a slider never queues stale work (at most one run is in progress and one waits).
   * Never rejects: a failure resolves to null and the first one is logged. `model` is the one the
   * page shows (an edited model from a remix link); the client's own model when left out.
   */
  request(scenario: Scenario, seed: number, draws?: number, model?: CompiledModel): Promise<MonteCarloResult | null>;
  /** Stops the worker; pending and later requests resolve to null. */
  dispose(): void;
}

export interface UncertaintyClientOptions {
  /** The standard model (the page's by default): the worker compiles its own copy; any other model is sent along. */
  model?: CompiledModel;
  /** What the band reads of the model: the page's bundle outputs by default. */
  roles?: BandRoles;
  /** Makes the worker, or returns null for the main thread; tests pass a fake or `() => null`. */
  createWorker?: () => Worker | null;
}

interface Job {
  model: CompiledModel;
  request: MonteCarloRequest;
  resolve: (result: MonteCarloResult | null) => void;
  settled: boolean;
}

function createModuleWorker(): Worker | null {
  // The offline edition (vite build --mode offline) is one file opened from disk, where no worker can start.
  if (typeof Worker === 'undefined' || import.meta.env.MODE === 'offline') return null;
  // Written out in full so Vite finds it and bundles the worker as its own chunk.
  return new Worker(new URL('../analysis/monte-carlo.worker.ts', import.meta.url), { type: 'module' });
}

export function createUncertaintyClient({
  model = pageModel,
  roles = modelOutputs,
  createWorker = createModuleWorker,
}: UncertaintyClientOptions = {}): UncertaintyClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const modelIds = new WeakMap<CompiledModel, number>();
  let running: Job | null = null;
  let waiting: Job | null = null;
  let disposed = false;
  let logged = false;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const logOnce = (message: string, detail?: unknown) => {
    if (logged) return;
    logged = true;
    console.warn(`Uncertainty band: ${message}`, detail ?? '');
  };

  const settle = (job: Job | null, result: MonteCarloResult | null) => {
    if (!job || job.settled) return;
    job.settled = true;
    job.resolve(result);
  };

  const finish = (job: Job, result: MonteCarloResult | null) => {
    if (running === job) running = null;
    settle(job, result);
    pump();
  };

  const runHere = (job: Job) => {
    const timer = setTimeout(async () => {
      timers.delete(timer);
      if (job.settled) return finish(job, null);
      let result: MonteCarloResult | null = null;
      try {
        // Loaded only when there is no worker: the page itself does not carry the Monte Carlo code.
        const { runMonteCarlo } = await import('../analysis/monte-carlo.ts');
        if (job.settled) return finish(job, null);
        const { scenario, draws, seed } = job.request;
        result = runMonteCarlo(job.model, job.request.roles, scenario, { draws, seed });
      } catch (error) {
        logOnce('the calculation failed', error);
      }
      finish(job, result);
    }, 0);
    timers.add(timer);
  };

  // From the first failure on, everything runs on the main thread, starting with the job in progress.
  const abandonWorker = (reason: string, detail?: unknown) => {
    if (!worker) return;
    logOnce(`${reason}; calculating on the page instead`, detail);
    worker.terminate();
    worker = null;
    if (running) runHere(running);
  };

  try {
    worker = createWorker();
  } catch (error) {
    logOnce('no worker; calculating on the page instead', error);
  }
  worker?.addEventListener('message', (event: MessageEvent<MonteCarloReply>) => {
    const reply = event.data;
    if (!running || reply?.id !== running.request.id) return;
    if ('error' in reply) logOnce('the calculation failed', reply.error);
    finish(running, 'result' in reply ? reply.result : null);
  });
  worker?.addEventListener('error', (event) => {
    event.preventDefault?.();
    abandonWorker('the worker failed', (event as ErrorEvent).message);
  });
  worker?.addEventListener('messageerror', () => abandonWorker('a worker message could not be read'));

  function pump(): void {
    if (disposed || running || !waiting) return;
    const job = waiting;
    waiting = null;
    running = job;
    if (!worker) return runHere(job);
    try {
      worker.postMessage(job.request);
    } catch (error) {
      abandonWorker('the worker would not take the request', error);
    }
  }

  return {
    request(scenario, seed, draws = DEFAULT_DRAWS, jobModel = model) {
      return new Promise((resolve) => {
        const id = nextId++;
        // A copy: the page's scenario is a live proxy that a worker cannot receive and that keeps changing.
        const request: MonteCarloRequest = { id, scenario: { ...scenario }, draws, seed, roles };
        if (jobModel !== model) {
          if (!modelIds.has(jobModel)) modelIds.set(jobModel, id);
          request.edited = { modelId: modelIds.get(jobModel)!, declaration: jobModel.declaration };
        }
        const job: Job = { model: jobModel, request, resolve, settled: false };
        if (disposed) return settle(job, null);
        // Superseded: the one in progress resolves now (its reply will be ignored); the waiting one never runs.
        settle(running, null);
        settle(waiting, null);
        waiting = job;
        pump();
      });
    },
    dispose() {
      disposed = true;
      worker?.terminate();
      worker = null;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      settle(running, null);
      settle(waiting, null);
      running = waiting = null;
    },
  };
}
