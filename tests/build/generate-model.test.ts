// Tests the generate step: it writes the model's code once, leaves an unchanged file alone, and refuses a broken declaration.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { months } from '../../models/crude-leverage/months.ts';
import { startMonths as listedStartMonths } from '../../src/generated/start-months.ts';
import { startMonths } from '../../src/analysis/month-start.ts';
import { GENERATED_MODEL_PATH, writeGeneratedModel } from '../../src/build/generate-model.ts';
import { ModelDeclarationError } from '../../src/engine/check-declaration.ts';

const scratch = mkdtempSync(join(tmpdir(), 'generate-model-'));

describe('writeGeneratedModel', () => {
  it('writes the file the page imports, and reports no change when run again', () => {
    const path = join(scratch, 'model.ts');
    expect(writeGeneratedModel(crudeLeverageModel, path)).toBe(true);
    const written = statSync(path).mtimeMs;
    expect(writeGeneratedModel(crudeLeverageModel, path)).toBe(false);
    expect(statSync(path).mtimeMs).toBe(written);
    // The project's own copy (written by the test run's Vite plugin) is the same code.
    expect(readFileSync(GENERATED_MODEL_PATH, 'utf8')).toBe(readFileSync(path, 'utf8'));
  });

  it("stops on a broken declaration with the checker's message, and writes nothing", () => {
    const path = join(scratch, 'broken.ts');
    const broken = {
      ...crudeLeverageModel,
      equations: crudeLeverageModel.equations.map((e) => (e.name === 'urals' ? { ...e, expr: 'brentNow - oops' } : e)),
    };
    expect(() => writeGeneratedModel(broken, path)).toThrow(ModelDeclarationError);
    expect(() => writeGeneratedModel(broken, path)).toThrow('equation "urals": unknown symbol "oops"');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a parameter without a note, which the checker lets pass only for the page’s own split copy', () => {
    const path = join(scratch, 'no-note.ts');
    const noNote = {
      ...crudeLeverageModel,
      parameters: crudeLeverageModel.parameters.map(({ note, ...p }) => (p.key === 'brent' ? p : { ...p, note })),
    };
    expect(() => writeGeneratedModel(noNote, path)).toThrow(ModelDeclarationError);
    expect(() => writeGeneratedModel(noNote, path)).toThrow(
      'parameter "brent" note: needs English and Traditional Chinese text',
    );
    expect(existsSync(path)).toBe(false);
  });

  it('lists for the first screen exactly the months the record can start from, so the picker needs no record', () => {
    expect(listedStartMonths).toEqual(startMonths(months));
    // The record's months without a Urals price (Feb 2025) cannot be run, so they are not offered.
    expect(listedStartMonths).not.toContain('2025-02');
    expect(listedStartMonths.length).toBeGreaterThan(5);
  });
});
