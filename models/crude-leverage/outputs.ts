// Which results of the model the generic readers take as its headline and its change (the equations give unit and label).
import type { ModelOutputs } from '../../src/engine/output-types.ts';

export const outputs: ModelOutputs = {
  headline: 'totalMonth',
  headlineChangePct: 'changeVsBaselinePct',
};
