// Test helper: renders the whole page on a lesson link (student mode when it names an exercise), once the exercise is in place.
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { expect, vi } from 'vitest';
import { model } from '../../src/app/model.ts';
import Root from '../../src/app/Root.svelte';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import type { UrlSync } from '../../src/app/url-sync.svelte.ts';
import { ensureLanguage } from '../../src/i18n/translate.ts';

/** Opens `query` as the page would, with deliberate changes applied at once; returns the simulator. */
export async function openLesson(query: string): Promise<Simulator> {
  const simulator = new Simulator(model);
  await simulator.openLink(query, { announce: false });
  if (simulator.lang !== 'en') await ensureLanguage(simulator.lang);
  const urlSync: UrlSync = { deliberate: (change) => change(), stop: vi.fn(), ready: Promise.resolve() };
  render(Root, { simulator, urlSync });
  await vi.waitFor(() => expect(document.getElementById('exercises-title')).not.toBeNull(), { timeout: 15_000 });
  await tick();
  return simulator;
}
