// Test fixture: the chart state the page would build for a scenario, with no pinned scenario and no band.
import { sweepHeadline } from '../../../src/analysis/drop-sweep.ts';
import type { ChartState } from '../../../src/app/charts/chart-configs.ts';
import { model, modelOutputs } from '../../../src/app/model.ts';
import { translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';

export function chartStateFor(scenario: Record<string, number>, lang: Language = 'en'): ChartState {
  return {
    results: model.evaluate(scenario),
    baseline: model.baseline,
    pinned: null,
    sweep: sweepHeadline(model, modelOutputs, scenario),
    baselineSweep: sweepHeadline(model, modelOutputs, model.defaults),
    pinnedSweep: null,
    band: null,
    lang,
    t: translator(lang),
  };
}
