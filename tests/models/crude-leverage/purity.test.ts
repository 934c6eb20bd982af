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

  it('imports nothing from src/ except the engine types, and those as types only', () => {
    // The declaration's shapes (types.ts) and its bundle's (model-bundle.ts and the *-types.ts beside it).
    const engine = resolve(REPO_ROOT, 'src/engine');
    const isEngineType = (target: string) =>
      target === resolve(engine, 'types.ts') ||
      target === resolve(engine, 'model-bundle.ts') ||
      (target.startsWith(engine + '/') && target.endsWith('-types.ts'));
    for (const file of sourceFiles(MODELS)) {
      const code = readFileSync(file, 'utf8');
      const typeOnly = new Set(
        [...code.matchAll(/\bimport\s+type\s[^;]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1]),
      );
      for (const specifier of importedSpecifiers(code)) {
        const target = resolve(file, '..', specifier);
        const where = `${relative(REPO_ROOT, file)} imports "${specifier}"`;
        if (target.startsWith(MODELS + '/')) continue;
        expect(isEngineType(target), where).toBe(true);
        expect(typeOnly.has(specifier), `${where} as more than types`).toBe(true);
      }
    }
  });
});
