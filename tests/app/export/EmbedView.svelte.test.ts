// Tests the embedded view: only the sliders the link names, only the chosen chart, the headline, and a link back to the full page.
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import EmbedView from '../../../src/app/export/EmbedView.svelte';
import { EMBED_HEIGHT_MESSAGE, reportEmbedHeight } from '../../../src/app/export/embed-height.ts';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { embedParameterKeys } from '../../../src/export/embed-link.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { encodeRemix } from '../../../src/remix/remix-format.ts';
import { JOINT_DIVISION } from '../../remix/crafted-remixes.ts';
import { decodeLink } from '../../../src/link/link-format.ts';
import { embedSettings } from '../../../src/link/view-params.ts';
import { renderInApp } from '../../setup/render-in-app.ts';
import { expectedHeadline } from '../../browser/expectations.ts';

const address = { protocol: 'https:', origin: 'https://example.org', pathname: '/crude-leverage/' };

function renderEmbed(link: string) {
  const simulator = new Simulator(model);
  simulator.openLink(link, { announce: false });
  const { chart } = embedSettings(decodeLink(model, link).view);
  renderInApp(EmbedView, { chart, keys: embedParameterKeys(model, link), address }, { simulator });
  return simulator;
}

const sliderNames = () => screen.queryAllByRole('slider').map((slider) => (slider as HTMLInputElement).name);

describe('EmbedView', () => {
  it('shows the sliders the link names and the chart it chose, nothing else', () => {
    renderEmbed('?v=1&m=2&drop=10&tariff-india=50&embed=1&chart=income-by-buyer');
    expect(sliderNames()).toEqual(['drop', 'tariff-india']);
    expect(screen.getAllByRole('figure').map((figure) => figure.getAttribute('aria-labelledby'))).toEqual([
      'income-by-buyer-title',
    ]);
    expect(screen.getByRole('heading', { name: 'Monthly export income by buyer' })).toBeTruthy();
    expect(document.getElementById('headline-text')?.textContent).toBe(
      expectedHeadline({ ...model.defaults, drop: 10, 'tariff-india': 50 }),
    );
  });

  it('shows the headline sliders and the drop sweep when the link names none', () => {
    renderEmbed('?embed=1');
    expect(sliderNames()).toEqual(['drop', 'india', 'china', 'tariff-india', 'tariff-china']);
    expect(screen.getAllByRole('figure').map((figure) => figure.getAttribute('aria-labelledby'))).toEqual([
      'drop-sweep-title',
    ]);
  });

  it('links to the full simulator with the current scenario, without embed=1, in a new window', async () => {
    const simulator = renderEmbed('?v=1&m=2&drop=10&embed=1&chart=calculus');
    const link = () => screen.getByRole('link', { name: /Open the full simulator/ }) as HTMLAnchorElement;
    expect(link().href).toBe('https://example.org/crude-leverage/?v=1&m=2&drop=10');
    expect(link().target).toBe('_blank');
    expect(link().rel).toBe('noopener');
    await fireEvent.input(screen.getByRole('slider'), { target: { value: '15' } });
    await tick();
    expect(simulator.scenario.drop).toBe(15);
    expect(link().href).toBe('https://example.org/crude-leverage/?v=1&m=2&drop=15');
  });

  it('keeps a lesson: hidden sliders stay hidden, locked ones are shown disabled', () => {
    renderEmbed('?drop=10&india=1&china=1&hide=china&lock=india&embed=1');
    expect(sliderNames()).toEqual(['drop', 'india']);
    expect((screen.getAllByRole('slider')[1] as HTMLInputElement).disabled).toBe(true);
  });

  it('speaks the link’s language', async () => {
    renderEmbed('?drop=10&lang=zh-Hant&embed=1&chart=waterfall');
    expect(screen.getByRole('link', { name: /開啟完整模擬器/ })).toBeTruthy();
    // The waterfall's code loads with it (a dynamic import), as on the page.
    expect((await screen.findAllByRole('figure')).map((figure) => figure.getAttribute('aria-labelledby'))).toEqual([
      'waterfall-title',
    ]);
  });

  it("flags an edit that divides by zero at the link's values and shows the waterfall without its parts", async () => {
    const link = `?v=1&m=1&x=${encodeRemix(JOINT_DIVISION)}&drop=5&rub=90&embed=1&chart=waterfall`;
    const simulator = new Simulator(model);
    await simulator.openLink(link, { announce: false });
    renderInApp(EmbedView, { chart: 'waterfall', keys: ['drop'], address }, { simulator, t: translator('en') });
    expect(simulator.notFinite).toBe('urals');
    expect(screen.getByRole('alert').textContent).toContain('no finite number for “urals”');
    await vi.waitFor(() => expect(document.body.textContent).toContain('the change cannot be split into parts'));
  });
});

describe('reportEmbedHeight: the view tells the page around it how tall it is', () => {
  function fakeFrame() {
    const postMessage = vi.fn();
    const win = { parent: { postMessage } } as unknown as Window;
    const view = document.createElement('main');
    document.body.append(view);
    // jsdom lays nothing out: give the view a position and a height by hand.
    Object.defineProperty(view, 'offsetTop', { value: 8 });
    view.getBoundingClientRect = () => ({ height: 900.4 }) as DOMRect;
    return { win, view, postMessage };
  }

  it('posts its height (from the top of the page, rounded up) to the parent, to any origin', () => {
    const { win, view, postMessage } = fakeFrame();
    const stop = reportEmbedHeight(view, win);
    expect(postMessage).toHaveBeenCalledWith({ type: EMBED_HEIGHT_MESSAGE, height: 909 }, '*');
    stop();
  });

  it('posts nothing when the view is not in an iframe', () => {
    const { view } = fakeFrame();
    const postMessage = vi.spyOn(window, 'postMessage');
    reportEmbedHeight(view, window)();
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('has the message type the host script listens for', () => {
    const script = readFileSync('src/public/embed-resize.js', 'utf8');
    expect(script).toContain(`'${EMBED_HEIGHT_MESSAGE}'`);
  });
});
