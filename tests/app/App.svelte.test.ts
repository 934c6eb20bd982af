// Tests the whole page in jsdom: sliders drive the headline and charts; reset, assumptions panel, language, live region.
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { Chart } from 'chart.js';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Root from '../../src/app/Root.svelte';
import { model } from '../../src/app/model.ts';
import { Simulator } from '../../src/app/simulator.svelte.ts';

function renderPage() {
  const simulator = new Simulator(model);
  const view = render(Root, { simulator });
  return { simulator, ...view };
}

const headline = () => document.getElementById('headline-text')!.textContent ?? '';
const slider = (name: string | RegExp) => screen.getByRole('slider', { name }) as HTMLInputElement;

/** The Chart.js instance drawn inside the chart card titled `title`. */
function chartTitled(title: string): Chart {
  const figure = screen.getByRole('figure', { name: title });
  const chart = Chart.getChart(figure.querySelector('canvas')!);
  if (!chart) throw new Error(`no chart in "${title}"`);
  return chart;
}

const datasetData = (chart: Chart, label: string): unknown[] => {
  const dataset = chart.data.datasets.find((d) => d.label === label);
  if (!dataset) throw new Error(`no dataset "${label}"`);
  return structuredClone(dataset.data) as unknown[];
};

async function moveSlider(name: string | RegExp, value: string) {
  const input = slider(name);
  input.value = value;
  await fireEvent.input(input);
  await tick();
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('App: sliders drive the results', () => {
  it('starts at mid-2025 and moving the drop slider lowers the headline and updates both charts', async () => {
    renderPage();
    const before = headline();
    expect(before).toMatch(/the same as in mid-2025/);
    const byBuyer = chartTitled('Monthly export income by buyer');
    const sweep = chartTitled('Export income as the oil price falls');
    const buyerBefore = datasetData(byBuyer, 'This scenario');
    const currentBefore = datasetData(sweep, 'Current drop') as { x: number; y: number }[];
    expect(currentBefore[0]!.x).toBe(0);

    await moveSlider('Oil-price drop', '10');

    expect(slider('Oil-price drop').value).toBe('10');
    expect(headline()).not.toBe(before);
    expect(headline()).toMatch(
      /^Russia earns \$\d+\.\d+bn a month from oil exports, \d+\.\d% less than in mid-2025\.$/,
    );
    // The same Chart instances are updated in place, not rebuilt.
    expect(chartTitled('Monthly export income by buyer')).toBe(byBuyer);
    const buyerAfter = datasetData(byBuyer, 'This scenario') as number[];
    expect(buyerAfter).not.toEqual(buyerBefore);
    buyerAfter.forEach((value, i) => expect(value).toBeLessThanOrEqual((buyerBefore as number[])[i]! + 1e-9));
    const currentAfter = datasetData(sweep, 'Current drop') as { x: number; y: number }[];
    expect(currentAfter[0]!.x).toBe(10);
    expect(currentAfter[0]!.y).toBeLessThan(currentBefore[0]!.y);
  });

  it('pairs each range input with its parameter key, spoken value text and a label', () => {
    renderPage();
    for (const parameter of model.declaration.parameters) {
      const input = document.querySelector<HTMLInputElement>(`input[type="range"][name="${parameter.key}"]`);
      expect(input, parameter.key).not.toBeNull();
      expect(input!.labels?.[0]?.textContent).toBe(parameter.label.en);
      expect(Number(input!.value), parameter.key).toBe(parameter.default);
    }
    expect(slider('Oil-price drop').getAttribute('aria-valuetext')).toBe('0 US dollars a barrel');
    expect(slider("India's purchases of Russian crude").getAttribute('aria-valuetext')).toBe(
      '1.60 million barrels a day',
    );
  });

  it('gives every slider, number field and button an accessible name', () => {
    renderPage();
    for (const role of ['slider', 'spinbutton', 'button']) {
      const all = screen.getAllByRole(role);
      expect(screen.getAllByRole(role, { name: /\S/ }), role).toEqual(all);
    }
    expect(screen.getAllByRole('slider')).toHaveLength(model.declaration.parameters.length);
    expect(screen.getByRole('spinbutton', { name: 'Oil-price drop, exact value' })).toBeTruthy();
  });

  it('speaks the new value in words after a move', async () => {
    renderPage();
    await moveSlider('Oil-price drop', '10');
    expect(slider('Oil-price drop').getAttribute('aria-valuetext')).toBe('10 US dollars a barrel');
  });
});

describe('App: reset and assumptions', () => {
  it('Reset all puts every slider back at its default', async () => {
    const { simulator } = renderPage();
    const before = headline();
    await moveSlider('Oil-price drop', '25');
    await moveSlider('Secondary tariff on China', '100');
    expect(headline()).not.toBe(before);
    await fireEvent.click(screen.getByRole('button', { name: 'Reset all' }));
    await tick();
    expect(headline()).toBe(before);
    expect(slider('Oil-price drop').value).toBe('0');
    expect(slider('Secondary tariff on China').value).toBe('0');
    expect(simulator.scenario).toEqual(model.defaults);
  });

  it('keeps the Assumptions section closed until the link (panel=assumptions) opens it', async () => {
    const { simulator } = renderPage();
    const details = screen.getByText('Assumptions', { selector: 'summary' }).closest('details')!;
    expect(details.open).toBe(false);
    simulator.panel = 'assumptions';
    await tick();
    expect(details.open).toBe(true);
    expect(slider('Brent before the drop')).toBeTruthy();
  });
});

describe('App: language', () => {
  it('switches the page to Traditional Chinese from the language buttons', async () => {
    const { simulator } = renderPage();
    const chinese = screen.getByRole('button', { name: '繁體中文' });
    expect(chinese.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(chinese);
    await tick();
    expect(simulator.lang).toBe('zh-Hant');
    expect(chinese.getAttribute('aria-pressed')).toBe('true');
    expect(headline()).toMatch(/^俄羅斯每月石油出口收入為\d+億美元，與2025年中相同。$/);
    expect(document.documentElement.lang).toBe('zh-Hant-TW');
    expect(document.title).toBe('原油槓桿：油價與美國二級關稅如何擠壓俄羅斯的石油出口收入');
    expect(slider('油價跌幅').getAttribute('aria-valuetext')).toBe('0美元每桶');
    expect(chartTitled('各買家的每月出口收入').data.labels).toContain('印度');
  });

  it('follows simulator.lang set from outside (a link) and back', async () => {
    const { simulator } = renderPage();
    simulator.lang = 'zh-Hant';
    await tick();
    expect(headline()).toContain('俄羅斯');
    simulator.lang = 'en';
    await tick();
    expect(document.documentElement.lang).toBe('en-US');
    expect(headline()).toMatch(/^Russia earns/);
  });
});

describe('App: live region', () => {
  it('announces the settled change once, after the debounce, not on every input', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { container } = renderPage();
    const live = container.ownerDocument.querySelector('[aria-live="polite"]')!;
    vi.advanceTimersByTime(2000);
    await tick();
    expect(live.textContent).toBe('');
    for (const value of ['3', '6', '10']) {
      await moveSlider('Oil-price drop', value);
      vi.advanceTimersByTime(300);
      await tick();
      expect(live.textContent).toBe('');
    }
    vi.advanceTimersByTime(1000);
    await tick();
    expect(live.textContent).toMatch(
      /^Oil-price drop: 10 \$\/bbl\. Income \$\d+\.\d+bn a month, \d+\.\d% less than in mid-2025\.$/,
    );
  });
});

describe('App: tables and errors', () => {
  it('shows a chart as a data table on request', async () => {
    renderPage();
    const figure = screen.getByRole('figure', { name: 'Monthly export income by buyer' });
    const toggle = within(figure).getByRole('button', { name: 'Show data table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(toggle);
    await tick();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const table = within(figure).getByRole('table', { name: 'Monthly export income by buyer' });
    expect(within(table).getByRole('rowheader', { name: 'India' })).toBeTruthy();
  });

  it('offers a way to start over instead of a blank page when the app fails', () => {
    const simulator = new Simulator(model);
    Object.defineProperty(simulator, 'results', {
      get: () => {
        throw new Error('boom');
      },
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(Root, { simulator });
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    expect(screen.getByRole('link', { name: 'Start over with mid-2025 settings' })).toBeTruthy();
  });
});

describe('App: the sticky summary', () => {
  const summary = () => document.querySelector('.sticky-summary');
  const storedAnswers = (questionIds: string[]) =>
    JSON.stringify({
      version: 1,
      answers: {
        'ten-dollars-lower': Object.fromEntries(questionIds.map((id) => [id, { direction: 'down', size: 1 }])),
      },
    });
  const questions = ['income-month', 'budget-year', 'rouble-cushion', 'fund-months'];
  afterEach(() => localStorage.clear());

  it('follows the sliders', async () => {
    renderPage();
    expect(summary()!.textContent).toMatch(/0\.0% vs mid-2025/);
    await moveSlider('Oil-price drop', '10');
    expect(summary()!.textContent).toMatch(/[−-]\d+\.\d% vs mid-2025/);
  });

  it('stays out of the page while a lesson exercise has predictions to commit', async () => {
    localStorage.setItem('crude-leverage.answers.v1', storedAnswers(questions.slice(0, 3)));
    const simulator = new Simulator(model);
    await simulator.openLink('?v=1&m=1&ex=ten-dollars-lower', { announce: false });
    render(Root, { simulator });
    await vi.waitFor(() => expect(document.getElementById('exercises-title')).not.toBeNull(), { timeout: 15_000 });
    await tick();
    expect(summary()).toBeNull();
  }, 20_000);

  it('comes back once every prediction of the lesson exercise is committed', async () => {
    localStorage.setItem('crude-leverage.answers.v1', storedAnswers(questions));
    const simulator = new Simulator(model);
    await simulator.openLink('?v=1&m=1&ex=ten-dollars-lower', { announce: false });
    render(Root, { simulator });
    // The classroom code loads on demand first; until it has, the exercise counts as unanswered.
    expect(summary()).toBeNull();
    await vi.waitFor(() => expect(summary()).not.toBeNull(), { timeout: 15_000 });
  }, 20_000);
});
