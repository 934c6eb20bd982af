// Tests the preset buttons on the page: one click loads a claim's scenario as a deliberate change, and shows which is active.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Root from '../../../src/app/Root.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import type { UrlSync } from '../../../src/app/url-sync.svelte.ts';

const { presets } = model.declaration;
const preset = (id: string) => presets.find((p) => p.id === id)!;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Scoped to the presets section: an exercise may share a preset's title.
const presetButton = (title: string) =>
  within(document.getElementById('presets')!).getByRole('button', { name: new RegExp(`^${escape(title)}`) });

function renderPage() {
  const simulator = new Simulator(model);
  const urlSync: UrlSync = {
    deliberate: vi.fn((change: () => void) => change()),
    stop: vi.fn(),
    ready: Promise.resolve(),
  };
  render(Root, { simulator, urlSync });
  return { simulator, urlSync };
}

const pressed = () =>
  presets.filter((p) => presetButton(p.title.en).getAttribute('aria-pressed') === 'true').map((p) => p.id);

describe('PresetPicker', () => {
  it('offers every declared preset as a named button, described by its explanation', () => {
    renderPage();
    expect(presets.length).toBeGreaterThan(0);
    for (const p of presets) {
      const button = presetButton(p.title.en);
      const description = document.getElementById(button.getAttribute('aria-describedby')!);
      expect(description?.textContent?.trim()).toBe(p.explanation.en);
    }
  });

  it('shows the status quo as active at the defaults', () => {
    renderPage();
    expect(pressed()).toEqual(presets.filter((p) => Object.keys(p.values).length === 0).map((p) => p.id));
  });

  it('loads a preset through a deliberate change and marks it active', async () => {
    const { simulator, urlSync } = renderPage();
    const tenLower = preset('ten-lower');
    await fireEvent.click(presetButton(tenLower.title.en));
    await tick();
    expect(urlSync.deliberate).toHaveBeenCalledTimes(1);
    expect(simulator.scenario).toEqual({ ...model.defaults, ...tenLower.values });
    expect((screen.getByRole('slider', { name: 'Oil-price drop' }) as HTMLInputElement).value).toBe('10');
    expect(document.getElementById('headline-text')!.textContent).toMatch(/less than in mid-2025/);
    expect(pressed()).toEqual(['ten-lower']);
  });

  it('puts every other setting back at its default', async () => {
    const { simulator } = renderPage();
    simulator.set('china', 3);
    await fireEvent.click(presetButton(preset('india-stops').title.en));
    await tick();
    expect(simulator.scenario).toEqual({ ...model.defaults, ...preset('india-stops').values });
  });

  it('is no longer active once a slider moves away from it', async () => {
    const { simulator } = renderPage();
    await fireEvent.click(presetButton(preset('ten-lower').title.en));
    await tick();
    simulator.set('drop', 11);
    await tick();
    expect(pressed()).toEqual([]);
  });

  it('names the presets in Traditional Chinese', async () => {
    const { simulator } = renderPage();
    simulator.lang = 'zh-Hant';
    await tick();
    for (const p of presets) expect(presetButton(p.title['zh-Hant'])).toBeTruthy();
  });
});

describe('PresetPicker: which article, and what the claim badges mean', () => {
  it('names the article by language, date and subject, with no made-up link', () => {
    renderPage();
    const section = document.getElementById('presets')!;
    const note = document.getElementById('article')!;
    expect(note.textContent).toMatch(/commentary in Traditional Chinese dated 13 August 2025/);
    expect(note.textContent).toMatch(/summit in Alaska/);
    // The seed gives no address for the article, so the section links nowhere outside the page.
    const outside = [...section.querySelectorAll('a')].filter((a) => !a.getAttribute('href')?.startsWith('#'));
    expect(outside).toEqual([]);
  });

  it('explains every claim badge a preset carries', () => {
    renderPage();
    const details = document.querySelector('#presets details.article-context')!;
    expect(within(details as HTMLElement).getByText('What do the badges C1–C5 mean?')).toBeTruthy();
    const explained = [...details.querySelectorAll('dt')].map((dt) => dt.textContent!.trim());
    expect(explained).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    for (const claim of new Set(presets.map((p) => p.claim).filter(Boolean))) expect(explained).toContain(claim);
    expect(details.textContent).toMatch(/does not take sides/);
  });

  it('says the same in Traditional Chinese', async () => {
    const { simulator } = renderPage();
    simulator.lang = 'zh-Hant';
    await tick();
    expect(document.getElementById('article')!.textContent).toMatch(/2025年8月13日的一篇繁體中文評論/);
    expect(document.querySelector('#presets details.article-context summary')!.textContent).toBe(
      'C1至C5標籤是什麼意思？',
    );
  });
});
