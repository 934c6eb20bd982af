// Tests answers shared by two tabs of one browser: interleaved writes merge, a clear reaches both, storage events update the other tab.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ANSWERS_STORAGE_KEY, type AnswersByExercise, AnswersStore } from '../../src/classroom/answers-store.ts';
import { MemoryStorage } from './memory-storage.ts';

const down = (size: number) => ({ direction: 'down' as const, size });
const storageEvent = (key: string | null) => Object.assign(new Event('storage'), { key });

describe('AnswersStore in two tabs', () => {
  it('keeps both tabs’ answers when each commits a different one', () => {
    const storage = new MemoryStorage();
    const [left, right] = [new AnswersStore(storage), new AnswersStore(storage)];
    left.set('ten-dollars-lower', 'income-month', down(2));
    right.set('ten-dollars-lower', 'budget-year', down(1));
    const expected = { 'ten-dollars-lower': { 'income-month': down(2), 'budget-year': down(1) } };
    expect(new AnswersStore(storage).all()).toEqual(expected);
    expect(right.all()).toEqual(expected);
    // The tab that wrote first learns of the other's answer on its next read (a storage event or a write).
    expect(left.reload()).toBe(true);
    expect(left.all()).toEqual(expected);
  });

  it('does not bring back an answer the other tab cleared', () => {
    const storage = new MemoryStorage();
    const [left, right] = [new AnswersStore(storage), new AnswersStore(storage)];
    left.set('a', 'q1', down(1));
    right.set('a', 'q2', down(2));
    right.clearAll();
    left.set('a', 'q3', down(3));
    expect(new AnswersStore(storage).all()).toEqual({ a: { q3: down(3) } });
    left.clear('a', 'q3');
    expect(storage.getItem(ANSWERS_STORAGE_KEY)).toBe(JSON.stringify({ version: 1, answers: {} }));
  });

  it('ends as one store would, whatever the order of two tabs’ sets and clears (any interleaving)', () => {
    const op = fc.record({
      tab: fc.constantFrom(0, 1),
      kind: fc.constantFrom('set', 'clear', 'clearAll'),
      exercise: fc.constantFrom('a', 'b'),
      question: fc.constantFrom('q1', 'q2', 'q3'),
      size: fc.integer({ min: 0, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const storage = new MemoryStorage();
        const tabs = [new AnswersStore(storage), new AnswersStore(storage)];
        const single = new AnswersStore(new MemoryStorage());
        for (const { tab, kind, exercise, question, size } of ops) {
          for (const store of [tabs[tab]!, single]) {
            if (kind === 'set') store.set(exercise, question, down(size));
            else if (kind === 'clear') store.clear(exercise, question);
            else store.clearAll();
          }
        }
        const expected: AnswersByExercise = single.all();
        expect(new AnswersStore(storage).all()).toEqual(expected);
        for (const store of tabs) store.reload();
        expect(tabs.map((store) => store.all())).toEqual([expected, expected]);
      }),
    );
  });
});

describe('AnswersStore.listen', () => {
  it('tells this tab when another tab changes the answers, and only then', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const [mine, other] = [new AnswersStore(storage), new AnswersStore(storage)];
    const onChange = vi.fn();
    const stop = mine.listen(onChange, events);
    other.set('a', 'q1', down(4));
    events.dispatchEvent(storageEvent('some-other-key'));
    expect(onChange).not.toHaveBeenCalled();
    events.dispatchEvent(storageEvent(ANSWERS_STORAGE_KEY));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(mine.get('a', 'q1')).toEqual(down(4));
    // The same value again is no change.
    events.dispatchEvent(storageEvent(ANSWERS_STORAGE_KEY));
    expect(onChange).toHaveBeenCalledTimes(1);
    // storage.clear() elsewhere arrives with a null key.
    storage.clear();
    events.dispatchEvent(storageEvent(null));
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(mine.all()).toEqual({});
    stop();
    other.set('a', 'q2', down(1));
    events.dispatchEvent(storageEvent(ANSWERS_STORAGE_KEY));
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('does nothing without a window, and keeps memory’s answers while storage is full', () => {
    const storage = new MemoryStorage();
    const store = new AnswersStore(storage);
    expect(store.listen(() => {}, undefined)).toBeTypeOf('function');
    storage.full = true;
    store.set('a', 'q1', down(1));
    expect(store).toMatchObject({ persisted: false, problem: 'full' });
    expect(store.reload()).toBe(false);
    expect(store.get('a', 'q1')).toEqual(down(1));
  });
});

describe('AnswersStore.clearAll', () => {
  it('removes the stored answers, and works in memory when storage is blocked', () => {
    const storage = new MemoryStorage();
    const store = new AnswersStore(storage);
    store.set('a', 'q1', down(1));
    store.clearAll();
    expect(store.all()).toEqual({});
    expect(storage.items.has(ANSWERS_STORAGE_KEY)).toBe(false);
    const blocked = new AnswersStore(null);
    blocked.set('a', 'q1', down(1));
    blocked.clearAll();
    expect(blocked.all()).toEqual({});
  });
});
