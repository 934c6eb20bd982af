// Writes src/generated/model.ts from the model declaration, the page's split of the declaration and the months a scenario may start from: run by `npm run generate`, the npm scripts that need it and the Vite plugin.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crudeLeverageBundle } from '../../models/crude-leverage/index.ts';
import { months } from '../../models/crude-leverage/months.ts';
import { startMonths } from '../analysis/month-start.ts';
import { assertSoundBundle } from '../engine/check-bundle.ts';
import { ModelDeclarationError } from '../engine/check-declaration.ts';
import { generateModelCode } from '../engine/generate-model-code.ts';
import type { ModelBundle } from '../engine/model-bundle.ts';
import { missingNotes, pageDeclarationCode, parameterNotesCode, splitParameterNotes } from './page-declaration.ts';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const GENERATED_MODEL_PATH = resolve(PROJECT_ROOT, 'src/generated/model.ts');
export const GENERATED_START_MONTHS_PATH = resolve(PROJECT_ROOT, 'src/generated/start-months.ts');
export const GENERATED_PAGE_DECLARATION_PATH = resolve(PROJECT_ROOT, 'src/generated/page-declaration.ts');
export const GENERATED_PARAMETER_NOTES_PATH = resolve(PROJECT_ROOT, 'src/generated/parameter-notes.ts');
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
  // The checker lets a copy without notes pass (the page's own); the declaration as written must have every one.
  const noNote = missingNotes(declaration);
  if (noNote.length > 0) throw new ModelDeclarationError(noNote);
  const code = generateModelCode(declaration, {
    engineImport: '../engine',
    sourceName: `models/${declaration.id}`,
  });
  // Checked here, once, rather than by every reader: a runner would otherwise read a misnamed output as NaN.
  assertSoundBundle(bundle);
  const wroteModel = writeIfChanged(path, code);
  // Only beside the page's own model: a test that generates another declaration into a folder of its own needs no more.
  if (path !== GENERATED_MODEL_PATH) return wroteModel;
  const split = splitParameterNotes(declaration);
  const wrote = [
    writeIfChanged(GENERATED_START_MONTHS_PATH, startMonthsCode()),
    writeIfChanged(GENERATED_PAGE_DECLARATION_PATH, pageDeclarationCode(split)),
    writeIfChanged(GENERATED_PARAMETER_NOTES_PATH, parameterNotesCode(split)),
  ];
  return wroteModel || wrote.some(Boolean);
}

/**
 * The months the start-month picker offers, so the first screen lists them without loading the months' record
 * (~4 kB gzipped with its code), which loads only when a link names a month or the reader picks one.
 */
export function startMonthsCode(): string {
  return [
    '// Generated from models/crude-leverage/months.ts by src/build/generate-model.ts: the recorded months a scenario may start from. Do not edit (git ignores it).',
    '',
    `export const startMonths: readonly string[] = ${JSON.stringify(startMonths(months))};`,
    '',
  ].join('\n');
}

function writeIfChanged(path: string, code: string): boolean {
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
    if (writeGeneratedModel()) console.error(`wrote ${dirname(GENERATED_MODEL_PATH).slice(PROJECT_ROOT.length + 1)}/`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
