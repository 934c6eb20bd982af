// Writes src/generated/model.ts from the model declaration: run by `npm run generate`, the npm scripts that need it and the Vite plugin.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crudeLeverageBundle } from '../../models/crude-leverage/index.ts';
import { assertSoundBundle } from '../engine/check-bundle.ts';
import { generateModelCode } from '../engine/generate-model-code.ts';
import type { ModelBundle } from '../engine/model-bundle.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATED_MODEL_PATH = resolve(PROJECT_ROOT, 'src/generated/model.ts');
export const MODELS_DIR = resolve(PROJECT_ROOT, 'models');

/**
 * Generates the model's code and writes it when it differs from what is there (an unchanged file is not
 * touched, so a dev server does not reload). Throws ModelDeclarationError for a broken declaration, then
 * ModelBundleError for a bundle naming what the model lacks, and writes nothing for either.
 * Returns whether the file changed.
 */
export function writeGeneratedModel(
  bundle: ModelBundle = crudeLeverageBundle,
  path: string = GENERATED_MODEL_PATH,
): boolean {
  const declaration = bundle.model;
  const code = generateModelCode(declaration, {
    engineImport: '../engine',
    sourceName: `models/${declaration.id}`,
  });
  // Checked here, once, rather than by every reader: a runner would otherwise read a misnamed output as NaN.
  assertSoundBundle(bundle);
  if (existsSync(path) && readFileSync(path, 'utf8') === code) return false;
  mkdirSync(dirname(path), { recursive: true });
  // Written beside and renamed: test projects starting together may generate at once, and none reads half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, path);
  return true;
}

// `tsx src/build/generate-model.ts`: the message of a broken declaration or bundle, and exit code 1.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    // On stderr and only when written: `npm run simulate` pipes its stdout (a CSV) after this step.
    if (writeGeneratedModel()) console.error(`wrote ${GENERATED_MODEL_PATH.slice(PROJECT_ROOT.length + 1)}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
