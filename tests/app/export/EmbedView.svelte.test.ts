// Tests the embedded view: only the sliders the link names, only the chosen chart, the headline, and a link back to the full page.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import EmbedView from '../../../src/app/export/EmbedView.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { embedParameterKeys } from '../../../src/export/embed-link.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { decodeLink } from '../../../src/link/link-format.ts';
import { embedSettings } from '../../../src/link/view-params.ts';
import { expectedHeadline } from '../../browser/expectations.ts';

const address = { protocol: 'https:', origin: 'https://example.org', pathname: '/crude-leverage/' };

function renderEmbed(link: string) {
  const simulator = new Simulator(model);
  simulator.openLink(link, { announce: false });
  const { chart } = embedSettings(decodeLink(model, link).view);
  render(EmbedView, {
    simulator,
    t: translator(simulator.lang),
    chart,
    keys: embedParameterKeys(model, link),
    address,
  });
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

  it('speaks the link’s language', () => {
    renderEmbed('?drop=10&lang=zh-Hant&embed=1&chart=waterfall');
    expect(screen.getByRole('link', { name: /開啟完整模擬器/ })).toBeTruthy();
    expect(screen.getAllByRole('figure').map((figure) => figure.getAttribute('aria-labelledby'))).toEqual([
      'waterfall-title',
    ]);
  });
});
