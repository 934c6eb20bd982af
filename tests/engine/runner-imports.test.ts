// Proves the generic runners take the model from their callers: walking their imports never reaches models/ except through the modules allowed below.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, importedSpecifiers, sourceFiles } from './purity-scan.ts';

/** The generic runners: everything under these folders, except the command's entry point and the model it hands in (shipped-model.ts). */
const RUNNER_FOLDERS = ['src/analysis', 'src/classroom', 'src/report', 'src/engine', 'src/cli', 'src/export'];
const ENTRY_POINTS = new Set(['src/cli/simulate.ts', 'src/cli/shipped-model.ts']);

/**
 * Modules that are about this model's own data and may import models/ directly (README, "Where each concern
 * lives"): they turn the recorded months of models/crude-leverage/months.ts, whose fields are this model's
 * observations, into this model's parameters. Walking stops at them.
 */
const ALLOWED = new Map([
  ['src/analysis/backtest.ts', 'runs the model over the recorded months'],
  ['src/analysis/backtest-report.ts', 'the 2025 backtest: recorded months against the IEA'],
  ['src/analysis/forward-scenario.ts', 'continues a scenario from a recorded month'],
  ['src/analysis/month-scenario.ts', "maps a recorded month's observations onto the parameters"],
  ['src/analysis/month-start.ts', 'the recorded month a link starts from (from=)'],
]);

/** A chain of imports from a runner to a file under models/, or none. */
type Chain = string[];

/**
 * Follows relative imports from `start` (paths from the repo root) depth first and returns, for each start
 * that reaches models/ other than through an allowed module, the chain of files that gets there.
 */
function modelChains(
  starts: readonly string[],
  allowed: ReadonlySet<string>,
  read: (path: string) => string | null,
): Record<string, Chain> {
  const found: Record<string, Chain> = {};
  for (const start of starts) {
    const seen = new Set<string>();
    const walk = (path: string, chain: Chain): Chain | null => {
      if (path.startsWith('models/')) return [...chain, path];
      if (seen.has(path) || allowed.has(path) || !path.startsWith('src/')) return null;
      seen.add(path);
      const code = read(path);
      if (code === null) return null;
      for (const specifier of importedSpecifiers(code)) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(REPO_ROOT, resolve(REPO_ROOT, dirname(path), specifier));
        const reached = walk(target, [...chain, path]);
        if (reached) return reached;
      }
      return null;
    };
    const chain = walk(start, []);
    if (chain) found[start] = chain;
  }
  return found;
}

const readRepoFile = (path: string): string | null => {
  const file = resolve(REPO_ROOT, path);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};

describe('generic runners and the model folder', () => {
  const runners = RUNNER_FOLDERS.flatMap((folder) => sourceFiles(resolve(REPO_ROOT, folder)))
    .map((file) => relative(REPO_ROOT, file))
    .filter((path) => !ENTRY_POINTS.has(path) && !ALLOWED.has(path));

  it('walks every runner folder', () => {
    expect(runners).toEqual(
      expect.arrayContaining([
        'src/analysis/model-checks.ts',
        'src/classroom/exercise-answer.ts',
        'src/report/scenario-report.ts',
        'src/engine/model-bundle.ts',
        'src/cli/run-simulate.ts',
      ]),
    );
  });

  it('reach models/ only through the modules allowed to, which exist', () => {
    expect(modelChains(runners, new Set(ALLOWED.keys()), readRepoFile)).toEqual({});
    for (const path of ALLOWED.keys()) expect(readRepoFile(path), path).not.toBeNull();
  });

  it('each allowed module does import models/ (else it should leave the list)', () => {
    const direct = [...ALLOWED.keys()].filter((path) =>
      importedSpecifiers(readRepoFile(path) ?? '').some((specifier) => specifier.includes('/models/')),
    );
    expect(direct).toEqual([...ALLOWED.keys()]);
  });
});

describe('the walk itself', () => {
  const files: Record<string, string> = {
    'src/report/a.ts': "import { b } from './b.ts';",
    'src/report/b.ts': "import type { X } from '../../models/m/x.ts';",
    'src/report/c.ts': "import { d } from '../analysis/d.ts';",
    'src/analysis/d.ts': "export { e } from '../../models/m/e.ts';",
    'src/report/f.ts': "const g = await import('../engine/g.ts');",
    'src/engine/g.ts': 'export const g = 1;',
  };
  const read = (path: string) => files[path] ?? null;

  it('finds a model import two steps away, and names the chain', () => {
    expect(modelChains(['src/report/a.ts'], new Set(), read)).toEqual({
      'src/report/a.ts': ['src/report/a.ts', 'src/report/b.ts', 'models/m/x.ts'],
    });
  });

  it('stops at an allowed module, and passes a runner that never reaches models/', () => {
    expect(modelChains(['src/report/c.ts', 'src/report/f.ts'], new Set(['src/analysis/d.ts']), read)).toEqual({});
    expect(Object.keys(modelChains(['src/report/c.ts'], new Set(), read))).toEqual(['src/report/c.ts']);
  });
});
