// Proves the engine is pure: no file under src/engine imports Svelte, Chart.js or the app, or touches the browser.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, impureFiles, purityProblems, sourceFiles } from './purity-scan.ts';

const ENGINE = resolve(REPO_ROOT, 'src/engine');

describe('engine purity', () => {
  it('finds the engine files (recursively)', () => {
    const names = sourceFiles(ENGINE).map((file) => file.slice(ENGINE.length + 1));
    expect(names).toEqual(
      expect.arrayContaining(['compile-model.ts', 'check-declaration.ts', 'expression-guard.ts', 'math.ts']),
    );
  });

  it('has no file that imports Svelte, Chart.js, src/app or src/charts, or uses document, window or localStorage', () => {
    expect(impureFiles(ENGINE)).toEqual({});
  });
});

describe('the purity scan itself', () => {
  const file = resolve(ENGINE, 'example.ts');
  const flagged: [string, string][] = [
    ["import { mount } from 'svelte';", 'svelte'],
    ["import { writable } from 'svelte/store';", 'svelte/store'],
    ["import { Chart } from 'chart.js/auto';", 'chart.js/auto'],
    ["import type { Chart } from 'chart.js';", 'chart.js'],
    ["import { x } from '../app/model.ts';", 'app or the charts'],
    ["export { y } from '../charts/palette.ts';", 'app or the charts'],
    ["const m = await import('../app/simulator.svelte.ts');", 'app or the charts'],
    ['const w = window.innerWidth;', '"window"'],
    ['document.title = "x";', '"document"'],
    ["localStorage.setItem('a', 'b');", '"localStorage"'],
  ];
  for (const [code, culprit] of flagged) {
    it(`flags ${code}`, () => expect(purityProblems(file, code).join(' ')).toContain(culprit));
  }

  it('passes pure code and ignores words in comments', () => {
    const code = "// never touch window or document here\nimport { math } from './math.ts';\nexport const x = 1;";
    expect(purityProblems(file, code)).toEqual([]);
  });
});
