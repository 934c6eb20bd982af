// Tests the chart registry against the three places that read it: the page draws every chart, the embed snippet offers every embeddable one, the embedded view opens each with its table.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import Root from '../../../src/app/Root.svelte';
import {
  CHART_REGISTRY,
  EMBEDDABLE_CHARTS,
  chartBuilder,
  chartDownloads,
} from '../../../src/app/charts/chart-registry.ts';
import EmbedSnippet from '../../../src/app/export/EmbedSnippet.svelte';
import EmbedView from '../../../src/app/export/EmbedView.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { embedParameterKeys } from '../../../src/export/embed-link.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { decodeLink } from '../../../src/link/link-format.ts';
import { DEFAULT_EMBED_CHART, EMBED_CHARTS, embedSettings } from '../../../src/link/view-params.ts';
import { renderInApp } from '../../setup/render-in-app.ts';

const address = { protocol: 'https:', origin: 'https://example.org', pathname: '/cl/' };
const en = translator('en');
const DOWNLOAD_CHART = en('download.chart');
const figureIds = () => screen.queryAllByRole('figure').map((figure) => figure.getAttribute('aria-labelledby'));

describe('the chart registry', () => {
  it('gives every chart its own id, and each builder draws the chart it is registered under', async () => {
    const ids = CHART_REGISTRY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    const simulator = new Simulator(model);
    for (const entry of CHART_REGISTRY) {
      const chart = (await chartBuilder(entry))({ simulator, band: null, t: translator('en') });
      expect(chart.id).toBe(entry.id);
      expect(chart.title).not.toBe('');
    }
  });

  it('offers downloads under the charts the page has always offered them for: not the "why" charts', () => {
    const withDownloads = CHART_REGISTRY.filter((entry) => chartDownloads(entry.id).length > 0).map((e) => e.id);
    expect(withDownloads).toEqual(['income-by-buyer', 'drop-sweep', 'calculus', 'timeline']);
    expect(chartDownloads('income-by-buyer')).toEqual(['png', 'svg', 'csv']);
  });

  it('lists as embeddable exactly the charts a `chart=` link may name, in the same order', () => {
    expect(EMBEDDABLE_CHARTS.map((entry) => entry.id)).toEqual([...EMBED_CHARTS]);
  });

  it('draws every registered chart on the page, with download buttons where the registry offers downloads', async () => {
    render(Root, { simulator: new Simulator(model) });
    for (const entry of CHART_REGISTRY) {
      // The sections below the first screen load their charts' code on demand (jsdom shows them at once).
      const figure = await vi.waitFor(
        () => {
          const found = document.querySelector(`figure[aria-labelledby="${entry.id}-title"]`);
          if (!found) throw new Error(`no ${entry.id} chart yet`);
          return found as HTMLElement;
        },
        { timeout: 10_000 },
      );
      expect(figure.querySelector('canvas')).not.toBeNull();
      const offersDownloads = within(figure).queryByText(DOWNLOAD_CHART) !== null;
      expect(offersDownloads, entry.id).toBe(chartDownloads(entry.id).length > 0);
    }
  });

  it('is what the embed snippet offers, one choice per embeddable chart', () => {
    renderInApp(EmbedSnippet, { address });
    const choices = within(screen.getByRole('combobox', { name: 'Chart to show' })).getAllByRole('option');
    expect(choices.map((option) => (option as HTMLOptionElement).value)).toEqual(EMBEDDABLE_CHARTS.map((e) => e.id));
    // Each choice is named, not shown as its id.
    for (const option of choices) expect(option.textContent).not.toBe((option as HTMLOptionElement).value);
  });

  for (const entry of EMBEDDABLE_CHARTS) {
    it(`opens ${entry.id} alone in the embedded view, with its data table`, async () => {
      const link = `?drop=10&embed=1&chart=${entry.id}`;
      const simulator = new Simulator(model);
      await simulator.openLink(link, { announce: false });
      const { chart } = embedSettings(decodeLink(model, link).view);
      renderInApp(EmbedView, { chart, keys: embedParameterKeys(model, link), address }, { simulator });
      await screen.findByRole('figure');
      expect(figureIds()).toEqual([`${entry.id}-title`]);
      await fireEvent.click(screen.getByRole('button', { name: en('chart.showTable') }));
      const table = within(screen.getByRole('figure')).getByRole('table');
      expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
      // The embed offers no downloads: the full page has them.
      expect(screen.queryByText(DOWNLOAD_CHART)).toBeNull();
    });
  }

  it('opens the default chart for a `chart=` value it does not know, and reports the key as ignored', async () => {
    const link = '?drop=10&embed=1&chart=pie';
    const { chart } = embedSettings(decodeLink(model, link).view);
    expect(chart).toBe(DEFAULT_EMBED_CHART);
    const simulator = new Simulator(model);
    await simulator.openLink(link, { announce: true });
    expect(simulator.notice?.ignored).toEqual(['chart']);
    renderInApp(EmbedView, { chart, keys: embedParameterKeys(model, link), address }, { simulator });
    expect(figureIds()).toEqual([`${DEFAULT_EMBED_CHART}-title`]);
  });
});
