// The presenter's place in a lesson: which question, and how much of it the teacher has revealed; moved by keys or buttons.
export const STAGES = ['question', 'predictions', 'answer'] as const;
export type Stage = (typeof STAGES)[number];

export interface PresenterPlace {
  question: number;
  stage: Stage;
}

export const START: PresenterPlace = { question: 0, stage: 'question' };

/** One step on: the next stage, or the next question's first; the last answer stays where it is. */
export function stepForward(place: PresenterPlace, questionCount: number): PresenterPlace {
  const stage = STAGES.indexOf(place.stage);
  if (stage < STAGES.length - 1) return { question: place.question, stage: STAGES[stage + 1]! };
  return place.question < questionCount - 1 ? { question: place.question + 1, stage: 'question' } : place;
}

/** One step back: the stage before, or the previous question with its answer shown; the first question stays. */
export function stepBack(place: PresenterPlace): PresenterPlace {
  const stage = STAGES.indexOf(place.stage);
  if (stage > 0) return { question: place.question, stage: STAGES[stage - 1]! };
  return place.question > 0 ? { question: place.question - 1, stage: 'answer' } : place;
}

/** Whether `place` shows `stage` (every stage up to its own). */
export function shows(place: PresenterPlace, stage: Stage): boolean {
  return STAGES.indexOf(place.stage) >= STAGES.indexOf(stage);
}

export type StepKey = 'forward' | 'back' | null;

/** What a key press asks for: Space, → and Page Down step on; ← and Page Up step back; anything else, nothing. */
export function stepKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): StepKey {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.key === ' ' || event.key === 'ArrowRight' || event.key === 'PageDown') return 'forward';
  if (event.key === 'ArrowLeft' || event.key === 'PageUp') return 'back';
  return null;
}
