// Tests the words of a reveal: answers for changes and levels, and the gap from "close" to "other direction".
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import {
  type TextContext,
  answerText,
  choiceLabel,
  gapText,
  verdictText,
} from '../../../src/app/classroom/answer-text.ts';
import { model } from '../../../src/app/model.ts';
import { answerKindOf } from '../../../src/engine/exercise-types.ts';
import { compare, modelAnswer, type ModelAnswer, type StudentAnswer } from '../../../src/classroom/exercise-answer.ts';
import '../../../src/i18n/register-classroom-messages.ts';
import { ensureLanguage, translator } from '../../../src/i18n/translate.ts';

// The page loads Chinese (and its classroom part) on demand; the tests need them at once.
await ensureLanguage('zh-Hant');

const find = (e: string, q: string) => exercises.find((x) => x.id === e)!.questions.find((x) => x.id === q)!;
const change = { model, question: find('ten-dollars-lower', 'income-month'), lang: 'en' as const, t: translator('en') };
const level = { ...change, question: find('ten-dollars-lower', 'fund-months') };
const falls2: ModelAnswer = { value: -2, direction: 'down', digits: 2 };
const gap = (student: StudentAnswer, answer: ModelAnswer = falls2) =>
  gapText(change, student, answer, compare(student, answer, 'signed'));

describe('answer-text', () => {
  it('words changes as falls/rises and levels as signed values', () => {
    expect(answerText(change, 'down', 2.236, 2)).toBe('falls by 2.24 $bn/month');
    expect(answerText(change, 'none', 0, 2)).toBe('no change');
    expect(answerText(level, 'up', 27.3, 0)).toBe('27 months');
    expect(choiceLabel(level, 'down')).toBe('Below zero');
  });

  it('words the gap: close, too big, too small, other direction, zero', () => {
    expect(gap({ direction: 'down', size: 2.1 })).toBe(
      'Right direction, and within 10% of the model: 0.10 $bn/month off.',
    );
    expect(gap({ direction: 'down', size: 3 })).toBe(
      'Right direction, but your size is 1.00 $bn/month bigger than the model’s (50% too big).',
    );
    expect(gap({ direction: 'down', size: 1 })).toContain('smaller than the model’s (50% too small)');
    // Other direction: still how far off, signed values apart (0 against −2).
    expect(gap({ direction: 'none', size: 0 })).toBe(
      'Different direction: you said it does not change; the model says it falls. Your prediction is 2.00 $bn/month from its answer.',
    );
    const zero: ModelAnswer = { value: 0, direction: 'none', digits: 2 };
    expect(gap({ direction: 'none', size: 0 }, zero)).toContain('within 10%');
  });
});

describe('answer-text for a count (the Fund question)', () => {
  const months27: ModelAnswer = { value: 27, direction: 'up', digits: 0 };
  const count = (student: StudentAnswer) => gapText(level, student, months27, compare(student, months27, 'count'));
  const verdict = (student: StudentAnswer, context: TextContext = level, answer = months27) =>
    verdictText(context, answer, compare(student, answer, answerKindOf(context.question)));

  it('is declared a count, the other questions signed', () => {
    expect(level.question.answerKind).toBe('count');
    expect(change.question.answerKind).toBeUndefined();
  });

  it('says how far off, in months and as a share of the answer, never "right direction"', () => {
    // 12 against 27: 15 months short, 15 / 27 = 55.6% → 56% low.
    expect(count({ direction: 'up', size: 12 })).toBe('Off by 15 months: 56% lower than the model’s answer.');
    // 30 against 27: 3 months over, more than 10% of 27 (2.7): 3 / 27 = 11%.
    expect(count({ direction: 'up', size: 30 })).toBe('Off by 3 months: 11% higher than the model’s answer.');
    expect(count({ direction: 'up', size: 29 })).toBe('Within 10% of the model’s answer: off by 2 months.');
    expect(count({ direction: 'none', size: 0 })).toBe('Off by 27 months: 100% lower than the model’s answer.');
  });

  it('still grades an old answer that said "below zero" (−12), as the signed value it was', () => {
    // −12 against 27: 39 months apart, 39 / 27 = 144%.
    expect(count({ direction: 'down', size: 12 })).toBe('Off by 39 months: 144% lower than the model’s answer.');
  });

  it('gives a short verdict with the distance for the summary table, for every kind', () => {
    expect(verdict({ direction: 'up', size: 12 })).toBe('off by 15 months, 56% low');
    expect(verdict({ direction: 'up', size: 26 })).toBe('close (within 10%)');
    expect(verdict({ direction: 'down', size: 3 }, change, falls2)).toBe(
      'right direction, off by 1.00 $bn/month, 50% high',
    );
    expect(verdict({ direction: 'down', size: 1 }, change, falls2)).toBe(
      'right direction, off by 1.00 $bn/month, 50% low',
    );
    expect(verdict({ direction: 'up', size: 1 }, change, falls2)).toBe('other direction, off by 3.00 $bn/month');
    const zhLevel = { ...level, lang: 'zh-Hant' as const, t: translator('zh-Hant') };
    expect(verdict({ direction: 'up', size: 12 }, zhLevel)).toMatch(/^相差15.*，低估56%$/);
  });
});

describe('answer links made before the Fund question became a count', () => {
  it('still decode, and grade by how far off they were', async () => {
    const { decodeAnswers, encodeAnswers } = await import('../../../src/classroom/answers-link.ts');
    // A link from before: "below zero, 12 months" (d12) and "above zero, 24 months" (u24).
    for (const [code, off] of [
      ['d12', /^Off by \d+ months: \d+% lower than the model’s answer\.$/],
      ['u24', /months/],
    ] as const) {
      const { answers, problems } = decodeAnswers(`1*ten-dollars-lower_fund-months_${code}`, exercises);
      expect(problems).toEqual([]);
      const student = answers['ten-dollars-lower']!['fund-months']!;
      const result = modelAnswer(model, level.question);
      expect(gapText(level, student, result, compare(student, result, 'count'))).toMatch(off);
    }
    // A count committed now (24 → up 24, 0 → none) writes the same letters as before.
    expect(encodeAnswers({ 'ten-dollars-lower': { 'fund-months': { direction: 'up', size: 24 } } })).toBe(
      '1*ten-dollars-lower_fund-months_u24',
    );
  });
});
