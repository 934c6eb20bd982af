// The parts of the model's bundle that "why it changed" and the downloads need: the declaration, its groups and outputs.
// Apart from model-bundle.ts so that opening those sections does not also load the exercises and checks.
import { crudeLeverageModel } from '../../models/crude-leverage/declaration.ts';
import { decompositionGroups } from '../../models/crude-leverage/decomposition.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';
import type { ReportBundle } from '../report/scenario-report.ts';

export const reportParts: ReportBundle = { model: crudeLeverageModel, groups: decompositionGroups, outputs };
