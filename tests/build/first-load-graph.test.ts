// Proves what the page and the Monte Carlo worker load before any dynamic import: the generated model, and no mathjs, Chart.js or eval.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** Static imports and re-exports of a file (type-only ones are erased, dynamic import() is on demand). */
function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  const pattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  for (const match of code.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

/** Every file and package `entry` reaches through static imports: files by path, packages by name. */
function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        packages.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);
        continue;
      }
      const target = resolve(dirname(file), specifier);
      if (/\.(ts|svelte|js)$/.test(target) && existsSync(target)) visit(target);
    }
  };
  visit(entry);
  return { files, packages };
}

describe('the first load', () => {
  const page = staticGraph(resolve(SRC, 'main.ts'));
  const worker = staticGraph(resolve(SRC, 'analysis/monte-carlo.worker.ts'));

  it('follows imports far enough to be worth trusting', () => {
    expect(page.files.has(resolve(SRC, 'generated/model.ts'))).toBe(true);
    expect(page.files.has(resolve(SRC, 'app/App.svelte'))).toBe(true);
    expect(page.packages.has('svelte')).toBe(true);
    expect(worker.files.has(resolve(SRC, 'generated/model.ts'))).toBe(true);
    // And it does see mathjs where it is loaded: behind the remix.
    expect(staticGraph(resolve(SRC, 'remix/apply-remix.ts')).packages.has('mathjs')).toBe(true);
  });

  it('runs the generated model, with no mathjs and no interpreted engine, in the page and in the worker', () => {
    for (const graph of [page, worker]) {
      expect(graph.packages.has('mathjs')).toBe(false);
      for (const engineFile of ['engine/math.ts', 'engine/compile-model.ts', 'engine/expression-guard.ts'])
        expect(graph.files.has(resolve(SRC, engineFile))).toBe(false);
    }
  });

  it('leaves Chart.js out: it loads when the first chart comes near the screen (src/charts/on-screen-chart.ts)', () => {
    expect(page.packages.has('chart.js')).toBe(false);
    expect(page.files.has(resolve(SRC, 'charts/chart-controller.ts'))).toBe(false);
    expect(page.files.has(resolve(SRC, 'charts/register-chart-js.ts'))).toBe(false);
    // The graph does reach the charts' cards and the on-demand loader, so the absence above means something.
    expect(page.files.has(resolve(SRC, 'app/charts/ChartCanvas.svelte'))).toBe(true);
    expect(page.files.has(resolve(SRC, 'charts/on-screen-chart.ts'))).toBe(true);
    expect(staticGraph(resolve(SRC, 'charts/chart-controller.ts')).packages.has('chart.js')).toBe(true);
  });

  it('leaves the months’ record out: it loads when a link names a month or the reader picks one (src/link/month-starts.ts)', () => {
    const MODELS = resolve(SRC, '../models/crude-leverage');
    expect(page.files.has(resolve(MODELS, 'months.ts'))).toBe(false);
    expect(page.files.has(resolve(SRC, 'analysis/month-start.ts'))).toBe(false);
    // The graph reaches the link decoder, the loader and the picker's list, so the absence above means something.
    expect(page.files.has(resolve(SRC, 'link/month-starts.ts'))).toBe(true);
    expect(page.files.has(resolve(SRC, 'generated/start-months.ts'))).toBe(true);
    expect(staticGraph(resolve(SRC, 'analysis/month-start.ts')).files.has(resolve(MODELS, 'months.ts'))).toBe(true);
  });

  it('leaves out the notes of the Assumptions panel’s sliders: they load with the panel (src/app/parameter-notes.svelte.ts)', () => {
    const MODELS = resolve(SRC, '../models/crude-leverage');
    expect(page.files.has(resolve(SRC, 'generated/parameter-notes.ts'))).toBe(false);
    // The declaration as written (every note in it) is not reached either: the page runs the generated split.
    for (const file of ['declaration.ts', 'parameters.ts', 'index.ts'])
      expect(page.files.has(resolve(MODELS, file)), file).toBe(false);
    expect(page.files.has(resolve(SRC, 'generated/page-declaration.ts'))).toBe(true);
    expect(page.files.has(resolve(SRC, 'app/parameter-notes.svelte.ts'))).toBe(true);
  });

  it('evaluates no code from strings (the policy forbids unsafe-eval)', () => {
    for (const file of [...page.files, ...worker.files]) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/new Function\s*\(|\beval\s*\(/);
    }
  });
});
