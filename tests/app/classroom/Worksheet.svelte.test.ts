// Tests the printable worksheet: changed settings in the table, no results, questions with room to write, the link and its QR code.
import { screen, within } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import Worksheet from '../../../src/app/classroom/Worksheet.svelte';
import { model } from '../../../src/app/model.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { formatTrnRub, formatUsdBn } from '../../../src/i18n/format.ts';
import type { Language } from '../../../src/link/view-params.ts';

const LINK = 'https://example.org/crude-leverage/?v=1&m=2&drop=10&rub=90&reroute-share=75';

function setup(lang: Language, values: Record<string, number>, link = LINK) {
  const scenario = { ...model.defaults, ...values };
  const questions = [{ prompt: 'How much less does Russia earn?' }, { prompt: 'Is this a collapse?' }];
  const view = renderInApp(Worksheet, { model, scenario, link, questions }, { lang, t: translator(lang) });
  return { scenario, ...view };
}

const tableRow = (container: HTMLElement, key: string) =>
  container.querySelector<HTMLTableRowElement>(`tr[data-key="${key}"]`);
const cells = (row: HTMLTableRowElement | null) =>
  [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent?.trim());

describe('Worksheet', () => {
  it('lists the five headline settings and every changed one, with value, default and source', () => {
    const { container } = setup('en', { drop: 10, rub: 90, 'reroute-share': 75 });
    const keys = [...container.querySelectorAll('tr[data-key]')].map((row) => row.getAttribute('data-key'));
    expect(keys).toEqual(['drop', 'india', 'china', 'tariff-india', 'tariff-china', 'reroute-share', 'rub']);
    expect(cells(tableRow(container, 'rub'))).toEqual(['Roubles per US dollar', '90.0 RUB/$ *', '80.0 RUB/$', 'B15']);
    expect(cells(tableRow(container, 'drop'))).toEqual(['Oil-price drop', '10 $/bbl *', '0 $/bbl', 'P3, S1']);
    expect(cells(tableRow(container, 'reroute-share'))).toEqual([
      'Share of dropped barrels sold elsewhere',
      '75% *',
      '50%',
      'assumption',
    ]);
    expect(cells(tableRow(container, 'india'))).toEqual([
      "India's purchases of Russian crude",
      '1.60 mb/d',
      '1.60 mb/d',
      'V7, V15, V16, V17',
    ]);
    expect(tableRow(container, 'rub')!.classList.contains('changed')).toBe(true);
    expect(tableRow(container, 'india')!.classList.contains('changed')).toBe(false);
  });

  it('names the preset the scenario is, and gives none of its results', () => {
    const { scenario, container } = setup('en', { drop: 10 });
    expect(screen.getByText('Preset: "$10 lower" (Claim C3)')).toBeTruthy();
    const results = model.evaluate(scenario);
    const html = container.innerHTML;
    // Income, its change and the budget change, as the page and the answer key write them.
    for (const figure of [
      formatUsdBn(results.totalMonth!, 'en', 2),
      formatUsdBn(results.totalMonth! - model.baseline.totalMonth!, 'en', 2, true),
      formatTrnRub(results.budgetChange!, 'en', 2, true),
    ])
      expect(html, figure).not.toContain(figure);
    expect(html).not.toMatch(/Russia earns|National Wealth Fund|stopping is cheaper|keeping on is cheaper/);
    expect(container.querySelector('img, dl')).toBeNull();
  });

  it('leaves ruled space to write under every question', () => {
    const { container } = setup('en', {});
    const questions = [...container.querySelectorAll('.worksheet-question')];
    expect(questions.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'How much less does Russia earn?',
      'Is this a collapse?',
    ]);
    for (const item of questions) {
      const space = item.querySelector('.answer-lines')!;
      expect(space.getAttribute('aria-hidden')).toBe('true');
      expect(space.querySelectorAll('.answer-line')).toHaveLength(4);
    }
  });

  it('prints the link as text with a QR code of it, and no code for a link too long to scan from paper', () => {
    setup('en', { drop: 10 });
    expect(screen.getByRole('link', { name: LINK }).getAttribute('href')).toBe(LINK);
    expect(screen.getByRole('img', { name: 'QR code of the link to this scenario' })).toBeTruthy();
    const long = `${LINK}&x=${'a'.repeat(1000)}`;
    const { container } = setup('en', {}, long);
    expect(container.querySelector('.qr-code')).toBeNull();
    expect(within(container).getByRole('link', { name: long })).toBeTruthy();
  });

  it('speaks Traditional Chinese', () => {
    const { container } = setup('zh-Hant', { rub: 90 });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('原油槓桿：學習單');
    expect(cells(tableRow(container, 'rub'))).toEqual(['盧布兌美元匯率', '90.0盧布/美元 *', '80.0盧布/美元', 'B15']);
    expect(container.textContent).not.toMatch(/億美元|兆盧布/);
    expect(screen.getByRole('heading', { name: '問題' })).toBeTruthy();
    expect(screen.getByRole('link', { name: LINK })).toBeTruthy();
    expect(container.querySelectorAll('.answer-line')).toHaveLength(8);
  });
});
