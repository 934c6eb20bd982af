// Test helper: lists source files under a folder and what in them breaks purity (UI imports, browser globals).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs|svelte)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module specifier: static and type imports, re-exports, dynamic import() and require(). */
export function importedSpecifiers(code: string): string[] {
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
}

export function withoutComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

const UI_FOLDERS = ['src/app', 'src/charts'].map((folder) => resolve(REPO_ROOT, folder));
const BROWSER_GLOBALS = /\b(document|window|localStorage)\b/;

/** What `code` (the text of `file`) does that a pure module must not; empty when it is pure. */
export function purityProblems(file: string, code: string): string[] {
  const problems: string[] = [];
  for (const specifier of importedSpecifiers(code)) {
    const bare = specifier.split('/')[0];
    if (bare === 'svelte' || specifier === 'chart.js' || specifier.startsWith('chart.js/')) {
      problems.push(`imports "${specifier}"`);
    }
    const target = specifier.startsWith('.') ? resolve(dirname(file), specifier) : specifier;
    if (
      UI_FOLDERS.some((folder) => target === folder || target.startsWith(folder + '/')) ||
      /(^|\/)src\/(app|charts)(\/|$)/.test(specifier)
    ) {
      problems.push(`imports "${specifier}" from the app or the charts`);
    }
  }
  const global = BROWSER_GLOBALS.exec(withoutComments(code));
  if (global) problems.push(`uses "${global[1]}"`);
  return problems;
}

/** purityProblems for every file under `folder`, keyed by path from the repo root; only files with problems. */
export function impureFiles(folder: string): Record<string, string[]> {
  const report: Record<string, string[]> = {};
  for (const file of sourceFiles(folder)) {
    const problems = purityProblems(file, readFileSync(file, 'utf8'));
    if (problems.length > 0) report[relative(REPO_ROOT, file)] = problems;
  }
  return report;
}
