// Tests pinning scenario A (comparison table and chart series) and Copy link (clipboard, and the manual fallback).
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { Chart } from 'chart.js';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Root from '../../src/app/Root.svelte';
import { model } from '../../src/app/model.ts';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import type { UrlSync } from '../../src/app/url-sync.svelte.ts';

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

async function click(name: string) {
  await fireEvent.click(screen.getByRole('button', { name }));
  await tick();
}

const byBuyerLabels = () => {
  const figure = screen.getByRole('figure', { name: 'Monthly export income by buyer' });
  return Chart.getChart(figure.querySelector('canvas')!)!.data.datasets.map((d) => d.label);
};

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
  return navigator.clipboard.writeText as ReturnType<typeof vi.fn>;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('Pin as A', () => {
  it('pins the current scenario as a deliberate change and shows the comparison', async () => {
    const { simulator, urlSync } = renderPage();
    expect(screen.queryByRole('heading', { name: 'Comparison: baseline, A and this scenario' })).toBeNull();
    expect(byBuyerLabels()).not.toContain('Pinned scenario A');
    await click('Pin as A to compare');
    expect(urlSync.deliberate).toHaveBeenCalledTimes(1);
    expect(simulator.pinned).toEqual(model.defaults);
    // The comparison table loads when something is pinned.
    expect(await screen.findByRole('heading', { name: 'Comparison: baseline, A and this scenario' })).toBeTruthy();
    expect(screen.getByText('Scenario A and this scenario are the same as the baseline.')).toBeTruthy();
    expect(byBuyerLabels()).toContain('Pinned scenario A');
  });

  it('lists what differs between the baseline, A and this scenario', async () => {
    const { simulator } = renderPage();
    simulator.set('drop', 10);
    await click('Pin as A to compare');
    simulator.set('drop', 20);
    await tick();
    const region = await screen.findByRole('region', { name: 'Comparison: baseline, A and this scenario' });
    const table = within(region).getByRole('table');
    const row = within(table).getByRole('row', { name: /^Oil-price drop/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0 $/bbl', '10 $/bbl', '20 $/bbl']);
    expect(within(table).getByRole('rowheader', { name: 'Oil export income in an average month' })).toBeTruthy();
    expect(within(table).queryByRole('rowheader', { name: "China's purchases of Russian crude" })).toBeNull();
  });

  it('unpins as a deliberate change and removes the comparison', async () => {
    const { simulator, urlSync } = renderPage();
    await click('Pin as A to compare');
    await click('Unpin A');
    expect(urlSync.deliberate).toHaveBeenCalledTimes(2);
    expect(simulator.pinned).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Comparison: baseline, A and this scenario' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Pin as A to compare' })).toBeTruthy();
    expect(byBuyerLabels()).not.toContain('Pinned scenario A');
  });
});

describe('Copy link', () => {
  it('copies the link to this exact scenario and says so', async () => {
    const writeText = stubClipboard(async () => {});
    const { simulator } = renderPage();
    simulator.set('drop', 10);
    await tick();
    await click('Copy link');
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}${window.location.pathname}?v=1&m=2&drop=10`);
    await vi.waitFor(() => expect(screen.getByText('Link copied. It reproduces this exact scenario.')).toBeTruthy());
    expect(screen.queryByRole('textbox', { name: 'Link to this scenario' })).toBeNull();
  });

  it('shows the link to copy by hand when the clipboard is blocked', async () => {
    stubClipboard(() => Promise.reject(new Error('NotAllowedError')));
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    renderPage();
    await click('Copy link');
    const field = (await screen.findByRole('textbox', { name: 'Link to this scenario' })) as HTMLInputElement;
    expect(field.value).toBe(`${window.location.origin}${window.location.pathname}?v=1&m=2`);
    expect(field.readOnly).toBe(true);
    expect(screen.getByText('Could not copy automatically. Select the link below and copy it.')).toBeTruthy();
    Reflect.deleteProperty(document, 'execCommand');
  });
});
