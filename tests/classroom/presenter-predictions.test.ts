// Tests the presenter's reading of the class's predictions: per question, duplicates once, unreadable lines counted, and their spread.
import { describe, expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { crudeLeverageBundle } from '../../models/crude-leverage/index.ts';
import { model } from '../../src/app/model.ts';
import { answersLink, encodeAnswers } from '../../src/classroom/answers-link.ts';
import { collectPredictions, predictionSpread } from '../../src/classroom/presenter-predictions.ts';
import { encodeLink } from '../../src/link/link-format.ts';

const PAGE = 'https://example.org/crude-leverage/';
const lesson = `${PAGE}?${encodeLink(model, { scenario: model.defaults })}`;
const exercise = exercises.find((e) => e.id === 'ten-dollars-lower')!;
const student = (income: number, budget?: number) =>
  answersLink(lesson, {
    'ten-dollars-lower': {
      'income-month': { direction: 'down', size: income },
      ...(budget === undefined ? {} : { 'budget-year': { direction: 'up', size: budget } }),
    },
  });

describe('collectPredictions', () => {
  it('keeps each question’s committed predictions in the order pasted, without names', () => {
    const pasted = [`Alex: ${student(2)}`, `Bo\t${student(3, 1)}`, '', student(0.5)].join('\n');
    const collected = collectPredictions(pasted, model, crudeLeverageBundle, exercise);
    expect(collected.students).toBe(3);
    expect(collected.unread).toBe(0);
    expect(collected.byQuestion['income-month']).toEqual([
      { direction: 'down', size: 2 },
      { direction: 'down', size: 3 },
      { direction: 'down', size: 0.5 },
    ]);
    expect(collected.byQuestion['budget-year']).toEqual([{ direction: 'up', size: 1 }]);
    expect(collected.byQuestion['fund-months']).toEqual([]);
    expect(JSON.stringify(collected)).not.toMatch(/Alex|Bo/);
  });

  it('counts a repeated link once and lines it cannot read apart, and never throws', () => {
    const link = student(2);
    const pasted = [link, link, 'https://example.com/about?q=1', 'no link here', '%%%'].join('\n');
    const collected = collectPredictions(pasted, model, crudeLeverageBundle, exercise);
    expect(collected.students).toBe(1);
    expect(collected.byQuestion['income-month']).toHaveLength(1);
    expect(collected.unread).toBe(3);
    expect(collectPredictions('', model, crudeLeverageBundle, exercise)).toEqual({
      byQuestion: { 'income-month': [], 'budget-year': [], 'rouble-cushion': [], 'fund-months': [] },
      students: 0,
      unread: 0,
    });
  });

  it('reads answer codes as the board does, and leaves out other sites when told the simulator’s own pages', () => {
    const code = encodeAnswers({ 'ten-dollars-lower': { 'income-month': { direction: 'down', size: 3 } } }, 2);
    const elsewhere = student(9).replace(PAGE, 'https://elsewhere.example/');
    const collected = collectPredictions([`Alex ${code}`, elsewhere].join('\n'), model, crudeLeverageBundle, exercise, {
      ownPages: [PAGE],
    });
    expect(collected.byQuestion['income-month']).toEqual([{ direction: 'down', size: 3 }]);
    expect(collected.students).toBe(1);
    expect(collected.unread).toBe(1);
  });

  it('leaves out answers to another exercise', () => {
    const other = answersLink(lesson, { 'india-penalty': { 'tariff-bill': { direction: 'up', size: 5 } } });
    const collected = collectPredictions(other, model, crudeLeverageBundle, exercise);
    expect(collected.students).toBe(1);
    expect(Object.values(collected.byQuestion).flat()).toEqual([]);
  });
});

describe('predictionSpread', () => {
  it('counts directions and finds the middle of the signed values', () => {
    // Signed by hand: −3, −2, 0, +1 → sorted as written, median (−2 + 0) / 2 = −1.
    const spread = predictionSpread([
      { direction: 'down', size: 2 },
      { direction: 'up', size: 1 },
      { direction: 'none', size: 4 },
      { direction: 'down', size: 3 },
    ]);
    expect(spread).toEqual({ count: 4, down: 2, up: 1, none: 1, values: [-3, -2, 0, 1], median: -1 });
    expect(predictionSpread([{ direction: 'up', size: 7 }]).median).toBe(7);
    expect(predictionSpread([]).median).toBeNull();
  });
});
