// Proves models/ is data: no file imports Svelte, Chart.js or the app, touches the browser, or imports engine code.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, importedSpecifiers, impureFiles, sourceFiles } from '../../engine/purity-scan.ts';

const MODELS = resolve(REPO_ROOT, 'models');

describe('models purity', () => {
  it('finds the model files', () => {
    const files = sourceFiles(MODELS).map((file) => relative(REPO_ROOT, file));
    expect(files).toEqual(
      expect.arrayContaining(['models/crude-leverage/index.ts', 'models/crude-leverage/equations.ts']),
    );
  });

  it('has no file that imports Svelte, Chart.js, src/app or src/charts, or uses document, window or localStorage', () => {
    expect(impureFiles(MODELS)).toEqual({});
  });

  it('imports nothing from src/ except the engine types', () => {
    const types = resolve(REPO_ROOT, 'src/engine/types.ts');
    for (const file of sourceFiles(MODELS)) {
      for (const specifier of importedSpecifiers(readFileSync(file, 'utf8'))) {
        const target = resolve(file, '..', specifier);
        const allowed = target === types || target.startsWith(MODELS + '/');
        expect(allowed, `${relative(REPO_ROOT, file)} imports "${specifier}"`).toBe(true);
      }
    }
  });
});
