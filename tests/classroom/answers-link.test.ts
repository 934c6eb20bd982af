// Tests the "share my answers" parameter: compact, URL-safe, round-trips, and decoding never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import {
  ANSWERS_PARAM,
  MAX_ANSWERS_PARAM_LENGTH,
  answersLink,
  decodeAnswers,
  decodeAnswersLink,
  encodeAnswers,
} from '../../src/classroom/answers-link.ts';
import { type AnswersByExercise, normalizeAnswer, sanitizeAnswers } from '../../src/classroom/answers-store.ts';

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const answer = fc.record({
  direction: fc.constantFrom('up', 'down', 'none' as const),
  size: fc.double({ min: 0, max: 1e6, noNaN: true }),
});
const answersArbitrary: fc.Arbitrary<AnswersByExercise> = fc.dictionary(
  id,
  fc.dictionary(id, answer, { minKeys: 1, maxKeys: 8 }),
  { maxKeys: 5 },
);
const normalize = (answers: AnswersByExercise) => sanitizeAnswers(answers).answers;

describe('encodeAnswers', () => {
  it('writes a short, readable, URL-safe value', () => {
    const value = encodeAnswers({
      'ten-dollars-lower': {
        'income-month': { direction: 'down', size: 2.2 },
        'budget-year': { direction: 'none', size: 0 },
      },
    });
    expect(value).toBe('1*ten-dollars-lower_income-month_d2.2_budget-year_n');
    expect(new URLSearchParams({ p: value }).toString()).toBe(`p=${value}`);
  });
});

describe('decodeAnswers', () => {
  it('round-trips every set of answers (sizes kept to three decimals)', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const decoded = decodeAnswers(encodeAnswers(answers));
        expect(decoded.problems).toEqual([]);
        expect(decoded.answers).toEqual(normalize(answers));
        expect(encodeAnswers(decoded.answers)).toBe(encodeAnswers(answers));
      }),
    );
  });

  it('never throws and returns only valid answers, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('a', '-', '_', '*', 'd', 'u', 'n', '1', '.', '9') })),
        (input) => {
          const { answers } = decodeAnswers(input);
          for (const questions of Object.values(answers)) {
            for (const a of Object.values(questions)) expect(normalizeAnswer(a)).toEqual(a);
          }
        },
      ),
    );
    for (const input of [undefined, null, 42, {}, '', '   '])
      expect(decodeAnswers(input).problems).toEqual(['missing']);
  });

  it('reports what it could not use and keeps the rest', () => {
    const { answers, problems } = decodeAnswers('1*ex_q1_d2_q2_x3_q3_u1e9_q4_d-1*BAD_q_u1*ex2_q_u1_dangling');
    expect(answers).toEqual({ ex: { q1: { direction: 'down', size: 2 } }, ex2: { q: { direction: 'up', size: 1 } } });
    expect(problems).toEqual(['bad-answer', 'bad-exercise']);
    expect(decodeAnswers('9*ex_q_u1').problems).toEqual(['newer-format']);
    expect(decodeAnswers('x'.repeat(MAX_ANSWERS_PARAM_LENGTH + 1)).problems).toEqual(['too-long']);
  });

  it('drops unknown exercises and questions when given the exercises', () => {
    const real = exercises[0]!;
    const value = `1*${real.id}_${real.questions[0]!.id}_d1_no-such-question_u1*no-such-exercise_q_u1`;
    const { answers, problems } = decodeAnswers(value, exercises);
    expect(answers).toEqual({ [real.id]: { [real.questions[0]!.id]: { direction: 'down', size: 1 } } });
    expect(problems).toEqual(['unknown-question', 'unknown-exercise']);
  });

  it('caps the number of questions per exercise', () => {
    const parts = Array.from({ length: 40 }, (_, i) => `q${i}_u1`).join('_');
    const { answers, problems } = decodeAnswers(`1*ex_${parts}`);
    expect(Object.keys(answers.ex!)).toHaveLength(30);
    expect(problems).toEqual(['too-many']);
  });
});

describe('answersLink and decodeAnswersLink', () => {
  const answers: AnswersByExercise = { 'india-penalty': { 'tariff-bill': { direction: 'up', size: 15 } } };

  it('adds p to a page link, keeping its scenario and replacing an old p', () => {
    const link = answersLink('https://example.org/app/?v=1&m=2&drop=10&p=old#top', answers);
    expect(link).toBe('https://example.org/app/?v=1&m=2&drop=10&p=1*india-penalty_tariff-bill_u15#top');
    expect(decodeAnswersLink(link).answers).toEqual(answers);
    expect(new URL(link).searchParams.get(ANSWERS_PARAM)).toBe(encodeAnswers(answers));
  });

  it('works with a bare page link and with file:// links that keep parameters in the fragment', () => {
    expect(answersLink('https://example.org/', answers)).toBe(`https://example.org/?p=${encodeAnswers(answers)}`);
    const fileLink = answersLink('file:///home/x/index.html#v=1&drop=10', answers);
    expect(fileLink).toBe(`file:///home/x/index.html#v=1&drop=10&p=${encodeAnswers(answers)}`);
    expect(decodeAnswersLink(fileLink).answers).toEqual(answers);
  });

  it('reads a link with no p as missing, and never throws on junk', () => {
    expect(decodeAnswersLink('https://example.org/?v=1').problems).toEqual(['missing']);
    fc.assert(fc.property(fc.string(), (input) => void decodeAnswersLink(input)));
    expect(decodeAnswersLink(7).problems).toEqual(['missing']);
  });
});

describe('the model version in answers', () => {
  const answers: AnswersByExercise = { 'india-penalty': { 'tariff-bill': { direction: 'up', size: 15 } } };

  it('writes format 2 with the model version the answers were made under, and reads it back', () => {
    expect(encodeAnswers(answers, 3)).toBe('2*m3*india-penalty_tariff-bill_u15');
    expect(decodeAnswers('2*m3*india-penalty_tariff-bill_u15')).toEqual({ answers, problems: [], modelVersion: 3 });
    const link = answersLink('https://example.org/?v=1&m=3', answers, 3);
    expect(link).toBe('https://example.org/?v=1&m=3&p=2*m3*india-penalty_tariff-bill_u15');
    expect(decodeAnswersLink(link).modelVersion).toBe(3);
  });

  it('reads a format 1 value as before, with no model version', () => {
    expect(decodeAnswers('1*india-penalty_tariff-bill_u15')).toEqual({ answers, problems: [], modelVersion: null });
    // In format 1 a group named like a version is an exercise, as it always was.
    expect(decodeAnswers('1*m3_q_u1').answers).toEqual({ m3: { q: { direction: 'up', size: 1 } } });
  });
});
