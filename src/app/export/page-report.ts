// The report of the scenario on screen: what `npm run simulate` prints for the page's own link, without loading the remix reader.
import { decodeLink } from '../../link/link-format.ts';
import { buildScenarioReport, type ScenarioReport } from '../../report/scenario-report.ts';
import { reportParts } from '../model-report-parts.ts';
import type { Simulator } from '../simulator.svelte.ts';

/**
 * The page already holds the model its link asks for (an edit that was refused left the standard model
 * and no `x=` in the link), so reading its own query under it gives the command's report for that query.
 * `draws` as in ReportOptions (the Monte Carlo band; 0 leaves it out).
 */
export function pageReport(simulator: Simulator, draws?: number): ScenarioReport {
  return buildScenarioReport(
    reportParts,
    simulator.model,
    decodeLink(simulator.model, simulator.query),
    draws === undefined ? {} : { draws },
  );
}
