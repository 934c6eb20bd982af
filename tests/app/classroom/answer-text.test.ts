// Tests the words of a reveal: answers for changes and levels, and the gap from "close" to "other direction".
import { describe, expect, it } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import { answerText, choiceLabel, gapText } from '../../../src/app/classroom/answer-text.ts';
import { model } from '../../../src/app/model.ts';
import { compare, type ModelAnswer, type StudentAnswer } from '../../../src/classroom/exercise-answer.ts';
import '../../../src/i18n/register-classroom-messages.ts';
import { translator } from '../../../src/i18n/translate.ts';

const find = (e: string, q: string) => exercises.find((x) => x.id === e)!.questions.find((x) => x.id === q)!;
const change = { model, question: find('ten-dollars-lower', 'income-month'), lang: 'en' as const, t: translator('en') };
const level = { ...change, question: find('ten-dollars-lower', 'fund-months') };
const falls2: ModelAnswer = { value: -2, direction: 'down', digits: 2 };
const gap = (student: StudentAnswer, answer: ModelAnswer = falls2) =>
  gapText(change, student, answer, compare(student, answer));

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
    expect(gap({ direction: 'none', size: 0 })).toBe(
      'Different direction: you said it does not change; the model says it falls.',
    );
    const zero: ModelAnswer = { value: 0, direction: 'none', digits: 2 };
    expect(gap({ direction: 'none', size: 0 }, zero)).toContain('within 10%');
  });
});
