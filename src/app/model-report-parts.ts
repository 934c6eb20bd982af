// The parts of the model's bundle that "why it changed" and the downloads need: the declaration, its groups and outputs.
// Apart from model-bundle.ts so that opening those sections does not also load the exercises and checks.
import { decompositionGroups } from '../../models/crude-leverage/decomposition.ts';
import { outputs } from '../../models/crude-leverage/outputs.ts';
import type { ReportBundle } from '../report/scenario-report.ts';
import { model } from './model.ts';

// The page's own declaration (model.ts), so a report of the shipped model is not taken for an edit.
export const reportParts: ReportBundle = { model: model.declaration, groups: decompositionGroups, outputs };
