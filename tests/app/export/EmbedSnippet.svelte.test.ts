// Tests the embed code offer: the iframe for the current scenario, a chart choice, a read-only field and a copy button.
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import EmbedSnippet from '../../../src/app/export/EmbedSnippet.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { renderInApp } from '../../setup/render-in-app.ts';
import { EMBED_BASE_HEIGHT_PX, EMBED_SLIDER_HEIGHT_PX } from '../../../src/export/embed-link.ts';

const address = { protocol: 'https:', origin: 'https://example.org', pathname: '/cl/' };

function renderSnippet(link = '?drop=10') {
  const simulator = new Simulator(model);
  simulator.openLink(link, { announce: false });
  renderInApp(EmbedSnippet, { address }, { simulator });
  return { simulator, code: () => screen.getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('EmbedSnippet', () => {
  it('offers the iframe code for the current scenario in a read-only field', async () => {
    const { simulator, code } = renderSnippet();
    expect(code().readOnly).toBe(true);
    // One slider (drop) under the drop-sweep chart: the chart's measured base plus one slider step.
    const height = EMBED_BASE_HEIGHT_PX['drop-sweep'] + EMBED_SLIDER_HEIGHT_PX;
    expect(code().value).toBe(
      `<iframe src="https://example.org/cl/?v=1&amp;m=2&amp;drop=10&amp;embed=1" title="Crude Leverage: Russia&apos;s oil export income in this scenario" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>\n<script src="https://example.org/cl/embed-resize.js" async></script>`,
    );
    simulator.set('drop', 20);
    await tick();
    expect(code().value).toContain('drop=20&amp;embed=1"');
  });

  it('makes room for every slider the embed will show, and none the lesson hides', () => {
    const heightOf = (value: string) => Number(/height="(\d+)"/.exec(value)?.[1]);
    const { code } = renderSnippet('?v=1&m=2');
    // No slider named: the five headline sliders.
    expect(heightOf(code().value)).toBe(EMBED_BASE_HEIGHT_PX['drop-sweep'] + 5 * EMBED_SLIDER_HEIGHT_PX);
    document.body.replaceChildren();
    const hidden = renderSnippet('?v=1&m=2&hide=india,china');
    expect(heightOf(hidden.code().value)).toBe(EMBED_BASE_HEIGHT_PX['drop-sweep'] + 3 * EMBED_SLIDER_HEIGHT_PX);
  });

  it('says the script line is optional', () => {
    renderSnippet();
    expect(screen.getByText(/script line after it is optional/)).toBeTruthy();
  });

  it('names the chosen chart in the link', async () => {
    const { code } = renderSnippet();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Chart to show' }), { target: { value: 'calculus' } });
    expect(code().value).toContain('drop=10&amp;chart=calculus&amp;embed=1"');
  });

  it('copies the code and says so', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { code } = renderSnippet();
    await fireEvent.click(screen.getByRole('button', { name: 'Copy embed code' }));
    await tick();
    expect(writeText).toHaveBeenCalledWith(code().value);
    expect(screen.getByRole('status').textContent).toBe('Embed code copied.');
  });

  it('speaks Traditional Chinese', () => {
    renderSnippet('?drop=10&lang=zh-Hant');
    expect(screen.getByRole('heading', { name: '嵌入這個情境' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '複製嵌入程式碼' })).toBeTruthy();
  });
});
