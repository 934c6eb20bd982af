// Tests that answers survive a reload, and that blocked, full or corrupted storage never throws and is reported.
import { describe, expect, it } from 'vitest';
import {
  ANSWERS_STORAGE_KEY,
  AnswersStore,
  normalizeSize,
  sanitizeAnswers,
} from '../../src/classroom/answers-store.ts';
import { MemoryStorage } from './memory-storage.ts';

const withValue = (value: string) => {
  const storage = new MemoryStorage();
  storage.items.set(ANSWERS_STORAGE_KEY, value);
  return storage;
};

describe('AnswersStore', () => {
  it('keeps answers across a reload, under one versioned key', () => {
    const storage = new MemoryStorage();
    const first = new AnswersStore(storage);
    expect(first.set('ten-dollars-lower', 'income-month', { direction: 'down', size: 2.5 })).toBe(true);
    expect([...storage.items.keys()]).toEqual([ANSWERS_STORAGE_KEY]);
    const reloaded = new AnswersStore(storage);
    expect(reloaded.get('ten-dollars-lower', 'income-month')).toEqual({ direction: 'down', size: 2.5 });
    expect(reloaded).toMatchObject({ persisted: true, problem: null });
  });

  it('clears one answer, and drops an exercise with none left', () => {
    const store = new AnswersStore(new MemoryStorage());
    store.set('a', 'q1', { direction: 'up', size: 1 });
    store.set('a', 'q2', { direction: 'none', size: 5 });
    expect(store.get('a', 'q2')).toEqual({ direction: 'none', size: 0 });
    store.clear('a', 'q1');
    expect(store.all()).toEqual({ a: { q2: { direction: 'none', size: 0 } } });
    store.clear('a', 'q2');
    expect(store.all()).toEqual({});
  });

  it('refuses invalid answers and ids', () => {
    const store = new AnswersStore(new MemoryStorage());
    expect(store.set('Bad Id', 'q', { direction: 'up', size: 1 })).toBe(false);
    expect(store.set('a', 'q', { direction: 'sideways' as 'up', size: 1 })).toBe(false);
    expect(store.set('a', 'q', { direction: 'up', size: Number.NaN })).toBe(false);
    expect(store.set('a', 'q', { direction: 'up', size: -1 })).toBe(false);
    expect(store.all()).toEqual({});
  });

  it('falls back to memory when the storage getter throws (storage blocked)', () => {
    const store = new AnswersStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(store).toMatchObject({ persisted: false, problem: 'blocked' });
    store.set('a', 'q', { direction: 'up', size: 1 });
    expect(store.get('a', 'q')).toEqual({ direction: 'up', size: 1 });
  });

  it('falls back to memory when reading throws, or there is no storage at all', () => {
    const storage = new MemoryStorage();
    storage.getItem = () => {
      throw new Error('denied');
    };
    expect(new AnswersStore(storage)).toMatchObject({ persisted: false, problem: 'blocked' });
    expect(new AnswersStore(null)).toMatchObject({ persisted: false, problem: 'blocked' });
  });

  it('keeps answers in memory and reports persisted: false when storage is full', () => {
    const storage = new MemoryStorage();
    const store = new AnswersStore(storage);
    storage.full = true;
    store.set('a', 'q', { direction: 'down', size: 3 });
    expect(store).toMatchObject({ persisted: false, problem: 'full' });
    expect(store.get('a', 'q')).toEqual({ direction: 'down', size: 3 });
    storage.full = false;
    store.set('a', 'q2', { direction: 'up', size: 1 });
    expect(store).toMatchObject({ persisted: true, problem: null });
    expect(Object.keys(new AnswersStore(storage).all().a!)).toEqual(['q', 'q2']);
  });

  for (const [what, value] of [
    ['not JSON', '{"answers": {'],
    ['JSON of the wrong type', '42'],
    ['an array', '[1, 2]'],
    ['an object with no answers', '{"version": 1}'],
    ['null', 'null'],
  ] as const) {
    it(`starts empty and keeps going when the stored value is ${what}`, () => {
      const storage = withValue(value);
      const store = new AnswersStore(storage);
      expect(store.all()).toEqual({});
      expect(store).toMatchObject({ persisted: true, problem: 'corrupt' });
      store.set('a', 'q', { direction: 'up', size: 1 });
      expect(new AnswersStore(storage).get('a', 'q')).toEqual({ direction: 'up', size: 1 });
    });
  }

  it('keeps the valid answers of a partly damaged value', () => {
    const value = JSON.stringify({
      version: 1,
      answers: { a: { q: { direction: 'up', size: 2 }, bad: { direction: 'up' } }, 'B!': {} },
    });
    const store = new AnswersStore(withValue(value));
    expect(store.all()).toEqual({ a: { q: { direction: 'up', size: 2 } } });
    expect(store.problem).toBe('corrupt');
  });
});

describe('sanitizeAnswers and normalizeSize', () => {
  it('round sizes to three decimals within the limits', () => {
    expect(normalizeSize(1.23456)).toBe(1.235);
    expect(normalizeSize(-2)).toBe(2);
    expect(normalizeSize(1e9)).toBe(1e6);
  });

  it('caps the number of exercises kept', () => {
    const many = Object.fromEntries(
      Array.from({ length: 80 }, (_, i) => [`e${i}`, { q: { direction: 'up', size: 1 } }]),
    );
    const { answers, dropped } = sanitizeAnswers(many);
    expect(Object.keys(answers)).toHaveLength(50);
    expect(dropped).toBe(true);
  });
});
