// The scenario report of a link exactly as src/cli/simulate.ts builds it, for tests and tools that start from a link.
import type { CompiledModel } from '../engine/compile-model.ts';
// Provides link decoding with the months' record (src/link/month-starts.ts): the links read here may name a month.
import '../analysis/month-start.ts';
import { decodeLink } from '../link/link-format.ts';
import { modelForLink } from '../remix/model-for-link.ts';
import { type ReportBundle, buildScenarioReport, type ScenarioReport } from '../report/scenario-report.ts';

/**
 * The report of `link` (a query, a fragment or a whole URL) under the model the link asks for: an edited
 * model (x=) is applied to `standardModel` (the bundle's model, compiled) first, as the command does. `draws` as
 * in ReportOptions.
 */
export function reportForLink(
  bundle: ReportBundle,
  standardModel: CompiledModel,
  link: string,
  draws?: number,
): ScenarioReport {
  const { model, remixProblem } = modelForLink(standardModel, link);
  return buildScenarioReport(bundle, model, decodeLink(model, link), {
    ...(draws === undefined ? {} : { draws }),
    editProblem: remixProblem,
  });
}
