// Tests checkDeclaration and compileModel's refusals: each bad declaration is refused with a message naming the culprit.
import { describe, expect, it } from 'vitest';
import { ModelDeclarationError, checkDeclaration } from '../../src/engine/check-declaration.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { MAX_EXPRESSION_DEPTH, MAX_EXPRESSION_LENGTH } from '../../src/engine/expression-guard.ts';
import type { ModelDeclaration } from '../../src/engine/types.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { constant, equation, parameter, tinyDeclaration } from './tiny-declaration.ts';

/** The problems compileModel throws for `declaration` (fails the test if it does not throw). */
function problemsOf(declaration: ModelDeclaration): readonly string[] {
  try {
    compileModel(declaration);
  } catch (error) {
    expect(error).toBeInstanceOf(ModelDeclarationError);
    return (error as ModelDeclarationError).problems;
  }
  throw new Error('compileModel accepted a broken declaration');
}

const withEquation = (name: string, expr: string) =>
  tinyDeclaration({ equations: [...tinyDeclaration().equations, equation(name, expr)] });
const withParameter = (overrides: Parameters<typeof parameter>[0]) =>
  tinyDeclaration({ parameters: [...tinyDeclaration().parameters, parameter(overrides)] });

describe('checkDeclaration accepts good declarations', () => {
  it('accepts the tiny declaration and orders its equations by dependency', () => {
    expect(checkDeclaration(tinyDeclaration())).toEqual({ problems: [], order: ['netPrice', 'income', 'change'] });
  });

  it('accepts the shipped model with every equation in the order', () => {
    const { problems, order } = checkDeclaration(crudeLeverageModel);
    expect(problems).toEqual([]);
    expect([...order].sort()).toEqual(crudeLeverageModel.equations.map((e) => e.name).sort());
  });
});

describe('equations refused, naming the equation and the culprit', () => {
  const cases: [string, string, RegExp][] = [
    ['unknown symbol', 'oilPrice * missingThing', /equation "bad": unknown symbol "missingThing"/],
    ['unknown base_ symbol', 'base_missingThing + 1', /equation "bad": unknown symbol "base_missingThing"/],
    ['config({})', 'config({})', /equation "bad": the function "config" is not allowed/],
    ['import(...)', 'import("fs")', /equation "bad": the function "import" is not allowed/],
    ['evaluate("1")', 'evaluate("1")', /equation "bad": the function "evaluate" is not allowed/],
    ['parse("1")', 'parse("1")', /equation "bad": the function "parse" is not allowed/],
    ['assignment', 'a = 1', /equation "bad": .*assignments are not allowed/],
    ['function definition', 'f(x) = x', /equation "bad": .*defining functions is not allowed/],
    ['property access', 'oilPrice.constructor', /equation "bad": .*property access is not allowed/],
    ['method call', 'oilPrice.toString()', /equation "bad": the function "oilPrice.toString" is not allowed/],
    ['modulo operator', 'oilPrice mod 2', /equation "bad": the operator "mod" is not allowed/],
    ['element-wise power', 'oilPrice .^ 2', /equation "bad": the operator "\.\^" is not allowed/],
    ['empty expression', '  ', /equation "bad": the expression is empty/],
    ['unreadable expression', 'oilPrice +', /equation "bad": it cannot be read/],
    ['too long', `1${' + 1'.repeat(MAX_EXPRESSION_LENGTH / 4)}`, /equation "bad": .*longer than 500 characters/],
    [
      'too deep',
      `${'('.repeat(MAX_EXPRESSION_DEPTH + 1)}1${')'.repeat(MAX_EXPRESSION_DEPTH + 1)}`,
      /equation "bad": it is nested more than 24 levels deep/,
    ],
  ];
  for (const [name, expr, message] of cases) {
    it(`refuses ${name}`, () => {
      const problems = problemsOf(withEquation('bad', expr));
      expect(
        problems.some((problem) => message.test(problem)),
        problems.join('\n'),
      ).toBe(true);
    });
  }

  it('lists a cycle between equations with every member', () => {
    const problems = problemsOf(
      tinyDeclaration({
        equations: [
          equation('a', 'b + oilPrice'),
          equation('b', 'c * 2'),
          equation('c', 'a - 1'),
          equation('d', 'fee'),
        ],
      }),
    );
    // Visiting a first: a reads b, b reads c, c reads a again.
    expect(problems).toEqual(['equations form a cycle: a → b → c → a']);
  });

  it('counts a base_ read of itself as a cycle, since the baseline is computed by the same equations', () => {
    expect(problemsOf(tinyDeclaration({ equations: [equation('x', 'base_x + 1')] }))).toEqual([
      'equations form a cycle: x → x',
    ]);
  });
});

describe('parameters, constants and units refused, naming the culprit', () => {
  const cases: [string, ModelDeclaration, RegExp][] = [
    [
      'default above max',
      withParameter({ key: 'rate', min: 0, max: 10, default: 11 }),
      /parameter "rate": default 11 is outside its range 0 to 10/,
    ],
    [
      'default below min',
      withParameter({ key: 'rate', min: 5, max: 10, default: 4 }),
      /parameter "rate": default 4 is outside its range 5 to 10/,
    ],
    [
      'default off the step',
      withParameter({ key: 'rate', min: 0, max: 1, step: 0.1, default: 0.35 }),
      /parameter "rate": default 0.35 is not on a step of 0.1 from 0/,
    ],
    [
      'min not below max',
      withParameter({ key: 'rate', min: 5, max: 5, default: 5 }),
      /parameter "rate": min \(5\) must be below max \(5\)/,
    ],
    ['non-positive step', withParameter({ key: 'rate', step: 0 }), /parameter "rate": step must be positive/],
    [
      'a step of the smallest double',
      withParameter({ key: 'rate', min: 0, max: 1, step: Number.MIN_VALUE, default: 0 }),
      /parameter "rate": step 5e-324 gives more than 1,000,000 steps from min to max/,
    ],
    [
      'one position more than a million',
      withParameter({ key: 'rate', min: 0, max: 1_000_001, step: 1, default: 0 }),
      /parameter "rate": step 1 gives more than 1,000,000 steps/,
    ],
    [
      'non-finite max',
      withParameter({ key: 'rate', max: Number.POSITIVE_INFINITY }),
      /parameter "rate": max is not a finite number/,
    ],
    ['missing unit', withParameter({ key: 'rate', unit: '' }), /parameter "rate": missing unit/],
    ['unknown unit', withParameter({ key: 'rate', unit: 'furlongs' }), /parameter "rate": unknown unit "furlongs"/],
    ['missing source', withParameter({ key: 'rate', source: [] }), /parameter "rate": missing source/],
    ['malformed source row', withParameter({ key: 'rate', source: ['see IEA'] }), /parameter "rate": missing source/],
    ['unknown group', withParameter({ key: 'rate', group: 'nowhere' }), /parameter "rate": unknown group "nowhere"/],
    [
      'key not kebab-case (camelCase)',
      withParameter({ key: 'oilRate' }),
      /parameter "oilRate": the key must be kebab-case/,
    ],
    [
      'key not kebab-case (underscore)',
      withParameter({ key: 'oil_rate' }),
      /parameter "oil_rate": the key must be kebab-case/,
    ],
    [
      'key not kebab-case (trailing dash)',
      withParameter({ key: 'oil-' }),
      /parameter "oil-": the key must be kebab-case/,
    ],
    ['key named like a function', withParameter({ key: 'max' }), /parameter "max": "max" is the name of a function/],
    [
      'missing Chinese label',
      withParameter({ key: 'rate', label: { en: 'Rate', 'zh-Hant': ' ' } }),
      /parameter "rate" label: needs English and Traditional Chinese text/,
    ],
    [
      'duplicate symbol across parameter and constant',
      tinyDeclaration({ constants: [constant({ name: 'fee' }), constant({ name: 'oilPrice' })] }),
      /constant "oilPrice": the symbol "oilPrice" is already used by parameter "oil-price"/,
    ],
    [
      'duplicate equation name',
      withEquation('income', 'fee'),
      /equation "income": the symbol "income" is already used by equation "income"/,
    ],
    [
      'constant with an unknown unit and no source',
      tinyDeclaration({ constants: [constant({ name: 'fee', unit: 'yen', source: 'guess' as 'assumption' })] }),
      /constant "fee": unknown unit "yen"/,
    ],
    [
      'equation with a missing unit',
      tinyDeclaration({ equations: [...tinyDeclaration().equations, equation('extra', 'fee', '')] }),
      /equation "extra": missing unit/,
    ],
  ];
  for (const [name, declaration, message] of cases) {
    it(`refuses ${name}`, () => {
      const problems = problemsOf(declaration);
      expect(
        problems.some((problem) => message.test(problem)),
        problems.join('\n'),
      ).toBe(true);
    });
  }

  it('lists several problems at once', () => {
    const problems = problemsOf(
      tinyDeclaration({
        parameters: [parameter({ key: 'oil-price', unit: '' }), parameter({ key: 'volume', default: 200 })],
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/"oil-price": missing unit/),
        expect.stringMatching(/"volume": default 200/),
      ]),
    );
  });
});
