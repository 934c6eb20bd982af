// Checks the exercise data against the model: real parameter keys and equations, slider-valid values, unique ids, both languages.
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { modelAnswer, questionScenarios } from '../../../src/classroom/exercise-answer.ts';
import { monthStart, startMonths } from '../../../src/analysis/month-start.ts';
import { compileModel } from '../../../src/engine/compile-model.ts';
import type { LocalText } from '../../../src/engine/types.ts';
import { snapToStep } from '../../../src/link/sanitize-value.ts';

const model = compileModel(crudeLeverageModel);
const parameters = new Map(crudeLeverageModel.parameters.map((p) => [p.key, p]));
const equations = new Map(crudeLeverageModel.equations.map((e) => [e.name, e]));
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const questions = exercises.flatMap((exercise) => exercise.questions.map((question) => ({ exercise, question })));

function bothLanguages(text: LocalText, what: string) {
  expect(text.en.trim(), `${what} (en)`).not.toBe('');
  expect(text['zh-Hant'], `${what} (zh-Hant)`).toMatch(/[\u3400-\u9fff]/);
}

describe('exercises', () => {
  it('cover claims C2, C3, C4 and C5 (and C1)', () => {
    expect(new Set(exercises.map((e) => e.claim))).toEqual(new Set(['C1', 'C2', 'C3', 'C4', 'C5']));
  });

  it('have unique kebab-case ids, and unique question ids within each exercise', () => {
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
    for (const exercise of exercises) {
      expect(exercise.id).toMatch(kebab);
      expect(exercise.questions.length, exercise.id).toBeGreaterThan(0);
      const ids = exercise.questions.map((q) => q.id);
      expect(new Set(ids).size, exercise.id).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(kebab);
    }
  });

  it('have every text in both languages', () => {
    for (const exercise of exercises) {
      bothLanguages(exercise.title, `${exercise.id} title`);
      bothLanguages(exercise.intro, `${exercise.id} intro`);
    }
    for (const { exercise, question } of questions) {
      bothLanguages(question.prompt, `${exercise.id}/${question.id} prompt`);
      bothLanguages(question.why.text, `${exercise.id}/${question.id} why`);
    }
  });

  it('name existing equations, in the unit the answer is given in', () => {
    for (const { exercise, question } of questions) {
      const equation = equations.get(question.output);
      expect(equation, `${exercise.id}/${question.id}: ${question.output}`).toBeDefined();
      expect(equation!.unit, `${exercise.id}/${question.id}`).toBe(question.answerUnit);
    }
  });

  it('use existing parameter keys with values a slider can take', () => {
    for (const { exercise, question } of questions) {
      const where = `${exercise.id}/${question.id}`;
      for (const [key, value] of [...Object.entries(question.from), ...Object.entries(question.to)]) {
        const parameter = parameters.get(key);
        expect(parameter, `${where}: ${key}`).toBeDefined();
        expect(snapToStep(parameter!, value), `${where}: ${key}=${value}`).toBe(value);
      }
      expect(question.why.keys.length, where).toBeGreaterThan(0);
      for (const key of question.why.keys) expect(parameters.has(key), `${where} why: ${key}`).toBe(true);
    }
  });

  it('ask a change between two different scenarios, or a level with no starting point', () => {
    for (const { exercise, question } of questions) {
      const where = `${exercise.id}/${question.id}`;
      if (question.kind === 'level') expect(question.from, where).toEqual({});
      else expect(questionScenarios(model, question).from, where).not.toEqual(questionScenarios(model, question).to);
    }
  });

  it('have a finite, non-zero model answer that the size slider can reach', () => {
    for (const { exercise, question } of questions) {
      const answer = modelAnswer(model, question);
      const where = `${exercise.id}/${question.id}: ${answer.value}`;
      expect(Number.isFinite(answer.value), where).toBe(true);
      expect(answer.direction, where).not.toBe('none');
      expect(Math.abs(answer.value), where).toBeLessThanOrEqual(question.sizeMax);
    }
  });

  it('name only months the record can start from, and answer from those months’ drivers', () => {
    for (const { exercise, question } of questions) {
      for (const month of [question.fromMonth, question.toMonth]) {
        if (month !== undefined) expect(startMonths(), `${exercise.id}/${question.id}`).toContain(month);
      }
    }
    const november = questions.find(({ exercise }) => exercise.id === 'sanctions-november')!.question;
    const total = (month: string) => model.evaluate(monthStart(model, month)!).totalMonth!;
    expect(modelAnswer(model, november).value).toBeCloseTo(total('2025-11') - total('2025-10'), 9);
    // November's wider discount and lower volumes (months.ts) lower income: the model must agree in sign.
    expect(modelAnswer(model, november).direction).toBe('down');
  });
});
