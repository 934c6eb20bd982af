// Times the model in node: the generated model, the interpreted engine and the hand-written reference per evaluation, the drop sweep and the band.
import { performance } from 'node:perf_hooks';
import { sweepHeadline } from '../analysis/drop-sweep.ts';
import { runMonteCarlo } from '../analysis/monte-carlo.ts';
import { DEFAULT_DRAWS, seedForScenario } from '../analysis/scenario-seed.ts';
import { model } from '../app/model.ts';
import { compileModel } from '../engine/compile-model.ts';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { referenceEvaluate } from './reference-model.ts';
import { median } from '../analysis/percentile.ts';

export interface EngineTiming {
  /** The generated model the page runs: median over the timed batches, microseconds per evaluation. */
  engineUsPerEval: number;
  /** The interpreted mathjs engine (what a remixed model runs), same measure. */
  interpretedUsPerEval: number;
  referenceUsPerEval: number;
  /** generated ÷ reference. */
  ratio: number;
  /** Median time of one 61-point sweep of the drop at the defaults, milliseconds. */
  sweepMs: number;
  sweepPoints: number;
  /** Median time of one uncertainty band (DEFAULT_DRAWS seeded draws) at the defaults, milliseconds. */
  monteCarloMs: number;
  monteCarloDraws: number;
  batches: number;
  evalsPerBatch: number;
}

export interface EngineTimingOptions {
  batches?: number;
  evalsPerBatch?: number;
  warmupBatches?: number;
  sweepRuns?: number;
}

type Evaluate = (scenario: Record<string, number>) => Readonly<Record<string, number>>;

/** Times `batches` batches of `evalsPerBatch` evaluations, the drop stepping across its slider each time. */
function timeEvaluations(
  evaluate: Evaluate,
  defaults: Record<string, number>,
  batches: number,
  perBatch: number,
  warmup: number,
): number {
  const scenario = { ...defaults };
  // Summing a result keeps the optimiser from discarding the work.
  let sink = 0;
  const perEvalUs: number[] = [];
  for (let batch = 0; batch < warmup + batches; batch++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) {
      scenario.drop = -20 + (i % 61);
      sink += evaluate(scenario).totalMonth!;
    }
    const elapsedMs = performance.now() - start;
    if (batch >= warmup) perEvalUs.push((elapsedMs * 1000) / perBatch);
  }
  if (!Number.isFinite(sink)) throw new Error('bench: an evaluation gave a non-finite total');
  return median(perEvalUs);
}

export function timeEngine(options: EngineTimingOptions = {}): EngineTiming {
  const { batches = 20, evalsPerBatch = 2000, warmupBatches = 5, sweepRuns = 200 } = options;
  const defaults = { ...model.defaults };
  const engineUsPerEval = timeEvaluations((s) => model.evaluate(s), defaults, batches, evalsPerBatch, warmupBatches);
  const interpreted = compileModel(crudeLeverageModel);
  const interpretedUsPerEval = timeEvaluations(
    (s) => interpreted.evaluate(s),
    defaults,
    batches,
    evalsPerBatch,
    warmupBatches,
  );
  const referenceUsPerEval = timeEvaluations(referenceEvaluate, defaults, batches, evalsPerBatch, warmupBatches);

  const sweepTimes: number[] = [];
  let sweepPoints = 0;
  for (let run = 0; run < sweepRuns + 20; run++) {
    const start = performance.now();
    sweepPoints = sweepHeadline(model, crudeLeverageBundle.outputs, defaults).length;
    if (run >= 20) sweepTimes.push(performance.now() - start);
  }
  // The band: the same work the worker does for one scenario.
  const seed = seedForScenario(model, defaults);
  const bandTimes: number[] = [];
  for (let run = 0; run < 12; run++) {
    const start = performance.now();
    runMonteCarlo(model, crudeLeverageBundle.outputs, defaults, { draws: DEFAULT_DRAWS, seed });
    if (run >= 2) bandTimes.push(performance.now() - start);
  }
  return {
    engineUsPerEval,
    interpretedUsPerEval,
    monteCarloMs: median(bandTimes),
    monteCarloDraws: DEFAULT_DRAWS,
    referenceUsPerEval,
    ratio: engineUsPerEval / referenceUsPerEval,
    sweepMs: median(sweepTimes),
    sweepPoints,
    batches,
    evalsPerBatch,
  };
}
