// Tests a printout's life: shown before print(), handed back to the worksheet at afterprint (or at once where there is none), and the exercise it asks.
import { describe, expect, it, vi } from 'vitest';
import { exercises } from '../../../models/crude-leverage/exercises.ts';
import { type PrintRequest, printOnce, printedExercise } from '../../../src/app/classroom/print-worksheet.ts';

const request: PrintRequest = { kind: 'answer-key', scenario: { drop: 10 }, exerciseId: null, link: 'https://x/' };

function fakeWindow(withAfterprint: boolean) {
  const target = new EventTarget() as EventTarget & { print: () => void; onafterprint?: null };
  if (withAfterprint) target.onafterprint = null;
  const shown: (PrintRequest | null)[] = [];
  target.print = vi.fn(() => expect(shown.at(-1)).toBe(request));
  const show = async (next: PrintRequest | null) => void shown.push(next);
  return { target: target as unknown as Window, shown, show };
}

describe('printOnce', () => {
  it('shows the printout while print() runs and hands the region back at afterprint, once', async () => {
    const { target, shown, show } = fakeWindow(true);
    await printOnce(request, show, target);
    expect(target.print).toHaveBeenCalledOnce();
    expect(shown).toEqual([request]);
    target.dispatchEvent(new Event('afterprint'));
    target.dispatchEvent(new Event('afterprint'));
    expect(shown).toEqual([request, null]);
  });

  it('hands the region back as soon as print() returns where the browser has no afterprint', async () => {
    const { target, shown, show } = fakeWindow(false);
    await printOnce(request, show, target);
    expect(shown).toEqual([request, null]);
  });
});

describe('printedExercise', () => {
  it('asks the lesson’s exercise, else the first', () => {
    expect(printedExercise(exercises, 'india-penalty')?.id).toBe('india-penalty');
    expect(printedExercise(exercises, null)).toBe(exercises[0]);
    expect(printedExercise(exercises, 'no-such-exercise')).toBe(exercises[0]);
  });
});
