// Tests the presenter's steps: question, predictions, answer per question, forward and back, and which keys move them.
import { describe, expect, it } from 'vitest';
import { START, shows, stepBack, stepForward, stepKey } from '../../../src/app/classroom/presenter-steps.ts';

const plain = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false };

describe('presenter steps', () => {
  it('walks question → predictions → answer, then the next question, and stops at the last answer', () => {
    const walk = [START];
    for (let i = 0; i < 7; i++) walk.push(stepForward(walk.at(-1)!, 2));
    expect(walk.map((p) => `${p.question}:${p.stage}`)).toEqual([
      '0:question',
      '0:predictions',
      '0:answer',
      '1:question',
      '1:predictions',
      '1:answer',
      '1:answer',
      '1:answer',
    ]);
  });

  it('steps back through the same places, and stays at the first question', () => {
    expect(stepBack({ question: 1, stage: 'question' })).toEqual({ question: 0, stage: 'answer' });
    expect(stepBack({ question: 0, stage: 'answer' })).toEqual({ question: 0, stage: 'predictions' });
    expect(stepBack(START)).toEqual(START);
  });

  it('shows a stage only once the teacher has reached it', () => {
    expect(shows(START, 'answer')).toBe(false);
    expect(shows(START, 'predictions')).toBe(false);
    expect(shows({ question: 0, stage: 'predictions' }, 'answer')).toBe(false);
    expect(shows({ question: 0, stage: 'answer' }, 'predictions')).toBe(true);
  });

  it('reads Space, → and Page Down as on, ← and Page Up as back, and ignores other keys and chords', () => {
    expect([' ', 'ArrowRight', 'PageDown'].map((key) => stepKey({ ...plain, key }))).toEqual([
      'forward',
      'forward',
      'forward',
    ]);
    expect(['ArrowLeft', 'PageUp'].map((key) => stepKey({ ...plain, key }))).toEqual(['back', 'back']);
    expect(['Enter', 'a', 'Tab', 'ArrowDown'].map((key) => stepKey({ ...plain, key }))).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(stepKey({ ...plain, key: 'ArrowRight', altKey: true })).toBeNull();
    expect(stepKey({ ...plain, key: ' ', shiftKey: true })).toBeNull();
  });
});
