// Proves the generic runners read the model's results through the bundle's declared outputs: none names an equation or constant of the shipped model in code, except the modules allowed below.
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/declaration.ts';
import { REPO_ROOT, sourceFiles, withoutComments } from './purity-scan.ts';

/** The generic runners whose code must not name a result (the CLI is an entry point; it passes the bundle in). */
const RUNNER_FOLDERS = ['src/analysis', 'src/charts', 'src/report', 'src/classroom', 'src/engine'];

/** Modules that are about this model and read its results by name, each with the reason it may. */
const ALLOWED = new Map([
  ['src/analysis/backtest.ts', "runs this model over its recorded months and compares its daily income with the IEA's"],
  ['src/analysis/forward-scenario.ts', "continues a scenario from one of this model's recorded months"],
  [
    'src/analysis/monthly-income.ts',
    "the income-by-buyer chart's categories: this model's buyers, each with its equation",
  ],
  [
    'src/report/scenario-report.ts',
    "the scenario report's own schema (prices, volumes, the budget), read through read(), which throws on a missing name",
  ],
]);

/** Every name a model's results carry apart from the parameters: its equations and constants. */
const RESULT_NAMES = [
  ...crudeLeverageModel.equations.map((equation) => equation.name),
  ...crudeLeverageModel.constants.map((constant) => constant.name),
];

/**
 * The result names `code` reads outside comments (so a comment may explain a name): each as a whole string
 * literal ('totalMonth', "taxPrice", `urals`) or a property read (results.taxPrice, results?.urals); a method
 * call of the same name is not a read.
 */
function namedResults(code: string, names: readonly string[]): string[] {
  const bare = withoutComments(code);
  return names.filter((name) => new RegExp(`(['"\`])${name}\\1|\\??\\.${name}\\b(?!\\s*\\()`).test(bare));
}

describe('generic runners and the model results', () => {
  const files = RUNNER_FOLDERS.flatMap((folder) => sourceFiles(resolve(REPO_ROOT, folder)));
  const found = Object.fromEntries(
    files
      .map((file) => [relative(REPO_ROOT, file), namedResults(readFileSync(file, 'utf8'), RESULT_NAMES)] as const)
      .filter(([, names]) => names.length > 0),
  );

  it('scans every runner folder and knows the names', () => {
    const paths = files.map((file) => relative(REPO_ROOT, file));
    for (const path of [
      'src/analysis/monte-carlo.ts',
      'src/charts/drop-sweep-chart.ts',
      'src/classroom/class-board.ts',
    ])
      expect(paths).toContain(path);
    expect(RESULT_NAMES).toEqual(expect.arrayContaining(['totalMonth', 'taxPrice', 'fiscalRulePrice']));
  });

  it('name no result outside the modules allowed to', () => {
    const outside = Object.fromEntries(Object.entries(found).filter(([path]) => !ALLOWED.has(path)));
    expect(outside).toEqual({});
  });

  it('each allowed module does name a result (else it should leave the list)', () => {
    expect([...ALLOWED.keys()].filter((path) => !(path in found))).toEqual([]);
  });
});

describe('the scan itself', () => {
  const names = ['totalMonth', 'taxPrice', 'urals'];

  it('finds a string literal and a property read, optional or not', () => {
    expect(namedResults("const x = results['totalMonth'];", names)).toEqual(['totalMonth']);
    expect(namedResults('const x = results.taxPrice ?? NaN;', names)).toEqual(['taxPrice']);
    expect(namedResults('const x = results?.urals;', names)).toEqual(['urals']);
    expect(namedResults('read(results, `urals`)', names)).toEqual(['urals']);
  });

  it('passes comments, longer names, method calls and names read from a role', () => {
    const code = [
      '// reads totalMonth through the role',
      "/* results.taxPrice and 'urals' */",
      "const a = results.totalMonthly + results['uralsPipeline'];",
      'const b = prices.urals2;',
      'const c = helper.taxPrice();',
      'const d = results[outputs.headline];',
    ].join('\n');
    expect(namedResults(code, names)).toEqual([]);
  });
});
