// Tests the download menu: named buttons for a chart or for the scenario, and real blob downloads (object URLs stubbed).
import { crudeLeverageBundle } from '../../../models/crude-leverage/index.ts';
import { fireEvent, screen, within } from '@testing-library/svelte';
import type { ComponentProps } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chartStateFor } from '../charts/chart-state.ts';
import { type PageChart, incomeByBuyerChart } from '../../../src/app/charts/chart-configs.ts';
import DownloadMenu from '../../../src/app/export/DownloadMenu.svelte';
import { model } from '../../../src/app/model.ts';
import { reportForLink } from '../../../src/export/report-for-link.ts';
import { reportJson } from '../../../src/export/report-json.ts';
import type { Language } from '../../../src/link/view-params.ts';
import { monthlyCsv } from '../../../src/report/monthly-csv.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { renderInApp } from '../../setup/render-in-app.ts';

const LINK = 'https://example.org/?v=1&m=2&drop=10&india=1.2';

function chartFor(lang: Language): PageChart {
  const scenario = { ...model.defaults, drop: 10, india: 1.2 };
  return incomeByBuyerChart(chartStateFor(scenario, lang));
}

let blobs: Blob[];
let clicked: HTMLAnchorElement[];

beforeEach(() => {
  blobs = [];
  clicked = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});

afterEach(() => vi.restoreAllMocks());

/** The menu under the app's context, the page in `lang`. */
function renderMenuIn(lang: Language, props: ComponentProps<typeof DownloadMenu>) {
  const simulator = new Simulator(model);
  simulator.lang = lang;
  return renderInApp(DownloadMenu, props, { simulator });
}

function renderMenu(chart: PageChart | null, lang: Language = 'en') {
  const report = vi.fn(() => reportForLink(crudeLeverageBundle, model, LINK, 0));
  renderMenuIn(lang, { chart, report, link: LINK, scenarioSummary: 'Oil-price drop 10 $/bbl' });
  return { report };
}

describe('DownloadMenu for a chart', () => {
  it('offers the picture, the print-quality picture and the data, named in the page language', () => {
    renderMenu(chartFor('en'));
    const group = screen.getByRole('group', { name: 'Download: Monthly export income by buyer' });
    const names = within(group)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(['Picture (PNG)', 'Print-quality picture (SVG)', 'Data behind the chart (CSV)']);
  });

  it('downloads the CSV as a blob with a BOM, units in the headers and a file name naming the scenario', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    renderMenu(chartFor('en'));
    await fireEvent.click(screen.getByRole('button', { name: 'Data behind the chart (CSV)' }));
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    // ignoreBOM: keep the BOM in the text, to see that it is there.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(
      text.startsWith(
        '\uFEFFCategory,This scenario (USD bn a month; 3 decimals),Mid-2025 baseline (USD bn a month; 3 decimals)\r\n',
      ),
    ).toBe(true);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toMatch(/^crude-leverage-drop10-india1p2-income-by-buyer-\d{4}-\d\d-\d\d\.csv$/);
    expect(clicked[0]!.href).toBe('blob:test/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(screen.getByRole('status').textContent).toBe(`Saved ${clicked[0]!.download}.`);
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
    vi.useRealTimers();
  });

  it('speaks Traditional Chinese', () => {
    renderMenu(chartFor('zh-Hant'), 'zh-Hant');
    expect(screen.getByRole('button', { name: '圖表背後的資料（CSV）' })).toBeTruthy();
    expect(screen.getByText('下載')).toBeTruthy();
  });
});

describe('DownloadMenu for the scenario', () => {
  it('downloads the report exactly as npm run simulate prints it, building it only when asked', async () => {
    const { report } = renderMenu(null);
    expect(report).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Download' });
    expect(
      within(group)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Scenario report (JSON)', 'Monthly income by buyer (CSV)']);
    await fireEvent.click(screen.getByRole('button', { name: 'Scenario report (JSON)' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(report).toHaveBeenCalledTimes(1);
    expect(await blobs[0]!.text()).toBe(reportJson(reportForLink(crudeLeverageBundle, model, LINK, 0)));
    expect(clicked[0]!.download).toMatch(/^crude-leverage-drop10-india1p2-\d{4}-\d\d-\d\d\.json$/);
  });

  it('says so when the file cannot be made', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderMenuIn('en', {
      chart: null,
      report: () => {
        throw new Error('no');
      },
      link: LINK,
      scenarioSummary: '',
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Scenario report (JSON)' }));
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('This browser could not make the file.'),
    );
    expect(blobs).toHaveLength(0);
  });

  it('waits for a report that loads its code first, and saves the monthly CSV as npm run simulate --csv prints it', async () => {
    const report = reportForLink(crudeLeverageBundle, model, LINK, 0);
    renderMenuIn('en', { chart: null, report: async () => report, link: LINK, scenarioSummary: '' });
    await fireEvent.click(screen.getByRole('button', { name: 'Monthly income by buyer (CSV)' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(await blobs[0]!.text()).toBe(monthlyCsv(report));
    expect(clicked[0]!.download).toMatch(/^crude-leverage-drop10-india1p2-monthly-income-\d{4}-\d\d-\d\d\.csv$/);
  });
});

describe('DownloadMenu pictures', () => {
  it('saves the chart as a PNG and as an SVG with its words as text (canvas mocked in jsdom; tests/browser/downloads.test.ts draws for real)', async () => {
    renderMenu(chartFor('en'));
    await fireEvent.click(screen.getByRole('button', { name: 'Picture (PNG)' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(blobs[0]!.type).toBe('image/png');
    expect(clicked[0]!.download).toMatch(/-income-by-buyer-\d{4}-\d\d-\d\d\.png$/);
    await fireEvent.click(screen.getByRole('button', { name: 'Print-quality picture (SVG)' }));
    await vi.waitFor(() => expect(blobs).toHaveLength(2));
    const svg = await blobs[1]!.text();
    expect(blobs[1]!.type).toBe('image/svg+xml');
    expect(svg).toContain('>Monthly export income by buyer</text>');
    expect(svg).toContain('>Scenario: Oil-price drop 10 $/bbl</text>');
    expect(svg).toContain('<image ');
    expect(svg).toContain('https://example.org/?v=1&amp;m=2&amp;drop=10&amp;india=1.2');
  });
});
