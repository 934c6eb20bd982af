// The notes of the sliders outside the headline load on demand (src/app/parameter-notes.svelte.ts): none before, each after, the headline's always.
import { describe, expect, it, vi } from 'vitest';
import { model } from '../../../src/app/model.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/declaration.ts';

// The component setup loads the notes for every other test; this one takes a fresh copy of the store.
async function freshStore() {
  vi.resetModules();
  return import('../../../src/app/parameter-notes.svelte.ts');
}

const headline = new Set(model.declaration.groups.filter((g) => g.headline).map((g) => g.id));
const inHeadline = model.declaration.parameters.filter((p) => headline.has(p.group));
const inPanel = model.declaration.parameters.filter((p) => !headline.has(p.group));
const authored = (key: string) => crudeLeverageModel.parameters.find((p) => p.key === key)!.note;

describe('the notes of the Assumptions panel’s sliders', () => {
  it('are not on the first load; the headline sliders’ notes are', async () => {
    const store = await freshStore();
    expect(inHeadline.length).toBe(5);
    expect(inPanel.length).toBeGreaterThan(30);
    expect(store.parameterNotesLoaded()).toBe(false);
    for (const p of inHeadline) expect(store.parameterNote(p), p.key).toEqual(authored(p.key));
    for (const p of inPanel) expect(store.parameterNote(p), p.key).toBeUndefined();
    expect(store.notesReadyFor(inHeadline)).toBe(true);
    expect(store.notesReadyFor(inPanel)).toBe(false);
  });

  it('arrive once, each the note the declaration gives it', async () => {
    const store = await freshStore();
    const first = store.loadParameterNotes();
    expect(store.loadParameterNotes()).toBe(first);
    await first;
    expect(store.parameterNotesLoaded()).toBe(true);
    expect(store.notesReadyFor(model.declaration.parameters)).toBe(true);
    for (const p of inPanel) expect(store.parameterNote(p), p.key).toEqual(authored(p.key));
  });

  it('leave an edited model’s added parameter its own note', async () => {
    const store = await freshStore();
    const added = { ...inPanel[0]!, key: 'my-lever', note: { en: 'Added in this edited model.', 'zh-Hant': '新增。' } };
    expect(store.parameterNote(added)).toEqual(added.note);
  });
});
