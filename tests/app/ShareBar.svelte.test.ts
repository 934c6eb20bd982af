// Tests pinning scenario A (comparison table and chart series) and Copy link (clipboard, the manual fallback, and off disk).
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { Chart } from 'chart.js';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Root from '../../src/app/Root.svelte';
import { model } from '../../src/app/model.ts';
import { Simulator } from '../../src/app/simulator.svelte.ts';
import type { UrlSync } from '../../src/app/url-sync.svelte.ts';
import ShareBar from '../../src/app/ShareBar.svelte';
import { ensureLanguage } from '../../src/i18n/translate.ts';
import type { PageLocation } from '../../src/link/address.ts';
import type { Language } from '../../src/link/view-params.ts';
import { renderInApp } from '../setup/render-in-app.ts';

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

describe('Copy link on a page opened from disk (the offline file)', () => {
  const FILE: PageLocation = { protocol: 'file:', origin: 'null', pathname: '/home/t/crude-leverage-offline.html' };

  async function renderBar(publicUrl: string | null, lang: Language = 'en') {
    const simulator = new Simulator(model);
    simulator.set('drop', 10);
    const view = renderInApp(
      ShareBar,
      { deliberate: (change: () => void) => change(), pageLocation: FILE, publicUrl },
      { simulator, lang },
    );
    if (lang !== 'en') await ensureLanguage(lang);
    // The note and its fields load with the first look at them.
    await vi.waitFor(() => expect(document.getElementById('share-where')).not.toBeNull(), { timeout: 15_000 });
    return view;
  }

  it('copies the file’s address, says plainly it opens on this computer only, and offers what travels', async () => {
    const writeText = stubClipboard(async () => {});
    await renderBar(null);
    const note = document.getElementById('share-where')!;
    expect(note.textContent).toContain('a copied link opens only here');
    expect(screen.getByRole('button', { name: 'Copy link' }).getAttribute('aria-describedby')).toBe('share-where');
    await click('Copy link');
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    expect(writeText).toHaveBeenCalledWith('file:///home/t/crude-leverage-offline.html#v=1&m=2&drop=10');
    await vi.waitFor(() =>
      expect(screen.getByText('Link copied. It opens this scenario on this computer only.')).toBeTruthy(),
    );
    const keys = screen.getByRole('textbox', { name: 'The scenario’s part of the link (from #)' }) as HTMLInputElement;
    expect(keys.value).toBe('#v=1&m=2&drop=10');
    expect(keys.readOnly).toBe(true);
    const command = screen.getByRole('textbox', { name: /command-line report/ }) as HTMLInputElement;
    expect(command.value).toBe('npm run simulate -- "v=1&m=2&drop=10"');
    // A QR code of a file address would open nothing on a phone: none is drawn.
    expect(screen.queryByRole('img')).toBeNull();
    await click('Copy the scenario’s part');
    await vi.waitFor(() => expect(writeText).toHaveBeenLastCalledWith('#v=1&m=2&drop=10'));
    await vi.waitFor(() => expect(screen.getByText(/^Copied\. Add it to the end/)).toBeTruthy());
  });

  it('copies the public address the build was given, names it, and draws its QR code', async () => {
    const writeText = stubClipboard(async () => {});
    await renderBar('https://sim.example/crude-leverage/');
    expect(document.getElementById('share-where')!.textContent).toContain(
      'public address, which opens anywhere: https://sim.example/crude-leverage/',
    );
    await click('Copy link');
    await vi.waitFor(() =>
      expect(writeText).toHaveBeenCalledWith('https://sim.example/crude-leverage/?v=1&m=2&drop=10'),
    );
    await vi.waitFor(() => expect(screen.getByText('Link copied. It reproduces this exact scenario.')).toBeTruthy());
    expect(screen.getByRole('img', { name: 'QR code of this scenario’s link' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /part of the link/ })).toBeNull();
  });

  it('says it in Traditional Chinese', async () => {
    await renderBar(null, 'zh-Hant');
    await vi.waitFor(() =>
      expect(document.getElementById('share-where')!.textContent).toContain('複製的連結只能在這台電腦上開啟'),
    );
    expect(screen.getByRole('textbox', { name: '連結中的情境部分（從#開始）' })).toBeTruthy();
  });

  it('adds nothing on a page served from a site', () => {
    renderInApp(ShareBar, { deliberate: (change: () => void) => change() });
    expect(document.getElementById('share-where')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy link' }).hasAttribute('aria-describedby')).toBe(false);
  });
});
