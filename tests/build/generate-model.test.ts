// Tests the generate step: it writes the model's code once, leaves an unchanged file alone, and refuses a broken declaration or bundle.
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { months } from '../../models/crude-leverage/months.ts';
import { startMonths as listedStartMonths } from '../../src/generated/start-months.ts';
import { startMonths } from '../../src/analysis/month-start.ts';
import { GENERATED_MODEL_PATH, writeGeneratedModel } from '../../src/build/generate-model.ts';
import { ModelBundleError } from '../../src/engine/check-bundle.ts';
import { ModelDeclarationError } from '../../src/engine/check-declaration.ts';

const scratch = mkdtempSync(join(tmpdir(), 'generate-model-'));

describe('writeGeneratedModel', () => {
  it('writes the file the page imports, and reports no change when run again', () => {
    const path = join(scratch, 'model.ts');
    expect(writeGeneratedModel(crudeLeverageBundle, path)).toBe(true);
    const written = statSync(path).mtimeMs;
    expect(writeGeneratedModel(crudeLeverageBundle, path)).toBe(false);
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
    expect(() => writeGeneratedModel({ ...crudeLeverageBundle, model: broken }, path)).toThrow(ModelDeclarationError);
    expect(() => writeGeneratedModel({ ...crudeLeverageBundle, model: broken }, path)).toThrow(
      'equation "urals": unknown symbol "oops"',
    );
    expect(existsSync(path)).toBe(false);
  });

  it('stops on a bundle whose roles name a missing equation or a wrong unit, naming each, and writes nothing', () => {
    const path = join(scratch, 'broken-bundle.ts');
    const outputs = { ...crudeLeverageBundle.outputs, headline: 'totalMonthly', sweptPrice: 'tariff-china' };
    const broken = { ...crudeLeverageBundle, outputs };
    expect(() => writeGeneratedModel(broken, path)).toThrow(ModelBundleError);
    expect(() => writeGeneratedModel(broken, path)).toThrow(
      [
        'The model bundle has 2 problem(s):',
        '- outputs.headline: "totalMonthly" is not an equation of the model',
        '- outputs.sweptPrice: "tariff-china" is in percent, not usd-per-bbl',
      ].join('\n'),
    );
    expect(existsSync(path)).toBe(false);
  });

  it('refuses a parameter without a note, which the checker lets pass only for the page’s own split copy', () => {
    const path = join(scratch, 'no-note.ts');
    const noNote = {
      ...crudeLeverageModel,
      parameters: crudeLeverageModel.parameters.map(({ note, ...p }) => (p.key === 'brent' ? p : { ...p, note })),
    };
    expect(() => writeGeneratedModel({ ...crudeLeverageBundle, model: noNote }, path)).toThrow(ModelDeclarationError);
    expect(() => writeGeneratedModel({ ...crudeLeverageBundle, model: noNote }, path)).toThrow(
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
