// Tests "For teachers": claims and limits, lesson plans tied to the presets, discussion prompts and the generated table of link keys, in both languages.
import { screen, within } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import TeachersGuide from '../../../src/app/classroom/TeachersGuide.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { formatForLink } from '../../../src/link/sanitize-value.ts';
import { LESSON_LINK_KEYS, type Language } from '../../../src/link/view-params.ts';

function setup(lang: Language) {
  const simulator = new Simulator(model);
  simulator.lang = lang;
  return renderInApp(TeachersGuide, {}, { simulator, t: translator(lang) });
}

const planSteps = (name: string) =>
  within(screen.getByRole('region', { name }))
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');

describe('TeachersGuide', () => {
  it('says what the model does and does not claim, and points to the sources', () => {
    setup('en');
    expect(screen.getByRole('heading', { level: 2, name: 'For teachers' })).toBeTruthy();
    expect(screen.getByText(/say who is right: it measures money/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See the sources.' }).getAttribute('href')).toBe('#sources-title');
  });

  it('gives a 20-minute and a 45-minute plan: predict, reveal, discuss, with the presets by name', () => {
    setup('en');
    const short = planSteps('20-minute lesson');
    const long = planSteps('45-minute lesson');
    expect(short).toHaveLength(5);
    expect(long).toHaveLength(7);
    expect(short[0]).toMatch(/^Predict/);
    expect(short[3]).toContain('Load the preset “$10 lower”');
    expect(long.join(' ')).toContain('“India stops buying Russian crude”');
    // The plans fit the printouts: one worksheet of one scenario, revealed in the presenter view; nothing to
    // record per preset on paper.
    for (const step of [...short, ...long]) expect(step).not.toMatch(/record|each preset in turn/i);
    expect(short.join(' ')).toContain('presenter view');
    expect(long.join(' ')).toContain('presenter view');
    expect(screen.getByText(/print the worksheet for each student and the answer key for yourself/)).toBeTruthy();
    expect(screen.getByText(/Nothing of the answer is on the page before you reveal it/)).toBeTruthy();
    // Minutes add up to the length of the lesson.
    const minutes = (steps: string[]) => steps.reduce((sum, step) => sum + Number(/\((\d+) min\)/.exec(step)![1]), 0);
    expect(minutes(short)).toBe(20);
    expect(minutes(long)).toBe(45);
  });

  it('offers at least six discussion prompts and leaves no placeholder unfilled', () => {
    const { container } = setup('en');
    expect(container.querySelectorAll('.discussion-prompts > li').length).toBeGreaterThanOrEqual(6);
    expect(container.textContent).not.toMatch(/\{\w+\}/);
  });

  it('tables every link key: one row per parameter with its declared range and default, and the view and lesson keys', () => {
    const { container } = setup('en');
    const table = screen.getByRole('table', { name: 'Link parameters' });
    for (const p of crudeLeverageModel.parameters) {
      const row = container.querySelector(`tr[data-key="${p.key}"]`);
      const cells = [...row!.querySelectorAll('th, td')].map((cell) => cell.textContent);
      const [min, max, step] = [p.min, p.max, p.step].map((value) => formatForLink(p, value));
      expect(cells, p.key).toEqual([
        p.key,
        p.label.en,
        expect.any(String),
        `${min} to ${max} (step ${step})`,
        formatForLink(p, p.default),
      ]);
    }
    const keys = [...table.querySelectorAll('tr[data-key]')].map((row) => row.getAttribute('data-key'));
    // 5 format keys, 6 view keys (lang, panel, from, embed, chart, present), the lesson keys and the answers.
    expect(keys).toHaveLength(crudeLeverageModel.parameters.length + 5 + 6 + LESSON_LINK_KEYS.length + 1);
    expect(keys).toEqual(
      expect.arrayContaining([
        'v',
        'm',
        'a',
        'a.<key>',
        'x',
        'lang',
        'panel',
        'embed',
        'chart',
        'present',
        ...LESSON_LINK_KEYS,
        'p',
      ]),
    );
    expect(screen.getByText('?v=1&m=2&drop=10&lang=zh-Hant')).toBeTruthy();
  });

  it('speaks Traditional Chinese throughout', () => {
    const { container } = setup('zh-Hant');
    expect(screen.getByRole('heading', { level: 2, name: '給教師' })).toBeTruthy();
    const short = planSteps('20分鐘教案');
    expect(short).toHaveLength(5);
    expect(short[3]).toContain('「再跌10美元」');
    const long = planSteps('45分鐘教案');
    expect(long).toHaveLength(7);
    const minutes = (steps: string[]) => steps.reduce((sum, step) => sum + Number(/（(\d+)分鐘）/.exec(step)![1]), 0);
    expect(minutes(short)).toBe(20);
    expect(minutes(long)).toBe(45);
    expect(screen.getByText(/為每位學生列印學習單、為自己列印解答/)).toBeTruthy();
    expect(container.querySelectorAll('.discussion-prompts > li').length).toBeGreaterThanOrEqual(6);
    const table = screen.getByRole('table', { name: '連結參數' });
    expect(within(table).getByText('盧布兌美元匯率')).toBeTruthy();
    expect(within(table).getByText('60至120（間距0.5）')).toBeTruthy();
    expect(container.textContent).not.toMatch(/\{\w+\}/);
    expect(container.textContent).not.toMatch(/lesson plan|Discussion prompts|For teachers/);
  });

  for (const [lang, words] of [
    ['en', /student mode.*none of the results/],
    ['zh-Hant', /學生模式.*不含任何結果/],
  ] as const) {
    it(`explains student mode and names its way out as the page does (${lang})`, () => {
      const { container } = setup(lang);
      const text = container.textContent ?? '';
      expect(text).toMatch(words);
      // The button's name without its bracketed note: "Leave student mode" / 「離開學生模式」.
      const leave = translator(lang)('student.leave').replace(/\s*[(（].*$/, '');
      expect(text).toContain(leave);
    });
  }
});
