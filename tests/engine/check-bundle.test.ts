// Tests the bundle check: the shipped bundle names only what its model has, and each kind of wrong name is reported.
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle as shipped } from '../../models/crude-leverage/index.ts';
import { bundleProblems } from '../../src/engine/check-bundle.ts';
import type { ModelBundle } from '../../src/engine/model-bundle.ts';

const exercise = shipped.exercises[0]!;
const question = exercise.questions[0]!;
const withQuestion = (change: Partial<typeof question>): ModelBundle => ({
  ...shipped,
  exercises: [{ ...exercise, questions: [{ ...question, ...change }] }],
});

describe('bundleProblems', () => {
  it('finds none in the shipped bundle', () => {
    expect(bundleProblems(shipped)).toEqual([]);
  });

  it('names an output that is not an equation, or is in another unit than its role reads', () => {
    expect(bundleProblems({ ...shipped, outputs: { ...shipped.outputs, headline: 'totalMonthly' } })).toEqual([
      'outputs.headline: "totalMonthly" is not an equation of the model',
    ]);
    // totalIncome is USD m a day; the headline is read as USD bn a month.
    expect(bundleProblems({ ...shipped, outputs: { ...shipped.outputs, headline: 'totalIncome' } })).toEqual([
      'outputs.headline: "totalIncome" is in usd-m-per-day, not usd-bn-per-month',
    ]);
  });

  it('names a swept price that is no parameter, or a parameter in another unit', () => {
    const swept = (sweptPrice: string) => bundleProblems({ ...shipped, outputs: { ...shipped.outputs, sweptPrice } });
    expect(swept('dorp')).toEqual(['outputs.sweptPrice: "dorp" is not a parameter of the model']);
    // taxPrice is an equation in USD a barrel, not a parameter a sweep can move.
    expect(swept('taxPrice')).toEqual(['outputs.sweptPrice: "taxPrice" is not a parameter of the model']);
    // tariff-china is a parameter, but in percent: the sweep's axis would be mislabelled.
    expect(swept('tariff-china')).toEqual(['outputs.sweptPrice: "tariff-china" is in percent, not usd-per-bbl']);
  });

  it('names each band price that is missing or not in USD a barrel, by its role', () => {
    const band = { price: 'taxPrise', fiscalRule: 'daysPerYear', budget: 'budgetUralsOriginal' };
    expect(bundleProblems({ ...shipped, outputs: { ...shipped.outputs, band } })).toEqual([
      'outputs.band.price: "taxPrise" is not an equation or constant of the model',
      'outputs.band.fiscalRule: "daysPerYear" is in days-per-year, not usd-per-bbl',
    ]);
  });

  it('names a group key that is no parameter, and a key in two groups', () => {
    const [first, second] = shipped.groups;
    const groups = [
      { ...first!, keys: [...first!.keys, 'brnet'] },
      { ...second!, keys: [...second!.keys, 'drop'] },
    ];
    expect(bundleProblems({ ...shipped, groups })).toEqual([
      `group ${first!.id}: "brnet" is not a parameter of the model`,
      `group ${second!.id}: "drop" is already in group ${first!.id}`,
    ]);
  });

  it('names a warning reading a result or a parameter the model lacks, however deep in all/any', () => {
    const warning = shipped.warnings[0]!;
    const when = {
      all: [{ output: 'indiaKept', above: 1 }, { any: [{ param: 'indai', above: 1 }, { output: 'chinaKep' }] }],
    };
    expect(bundleProblems({ ...shipped, warnings: [{ ...warning, when }] })).toEqual([
      `warning ${warning.id}: "indai" is not a parameter of the model`,
      `warning ${warning.id}: "chinaKep" is not a result of the model`,
    ]);
  });

  it('names a check sweeping an unknown parameter or reading an unknown result', () => {
    const check = shipped.checks[0]!;
    const broken = {
      ...check,
      grid: { dorp: [0, 1] },
      kind: { type: 'identity' as const, left: ['totalIncome'], right: ['nope'] },
    };
    expect(bundleProblems({ ...shipped, checks: [broken] })).toEqual([
      `check ${check.id}: "dorp" is not a parameter of the model`,
      `check ${check.id}: "nope" is not a result of the model`,
    ]);
  });

  it('names a question whose output, answer unit, decimals or keys do not fit the model', () => {
    const where = `exercise ${exercise.id}/${question.id}`;
    expect(bundleProblems(withQuestion({ output: 'total' }))).toEqual([
      `${where}: "total" is not an equation of the model`,
    ]);
    expect(bundleProblems(withQuestion({ answerUnit: 'percent' }))).toEqual([
      `${where}: answers in percent, but the output is in usd-bn-per-month`,
    ]);
    expect(bundleProblems(withQuestion({ answerDigits: 1.5 }))).toEqual([
      `${where}: answerDigits must be a whole number of 0 or more`,
    ]);
    expect(bundleProblems(withQuestion({ to: { dropp: 10 } }))).toEqual([
      `${where}: "dropp" is not a parameter of the model`,
    ]);
  });
});
