// Tests the printable worksheet: changed settings in the table, key results, questions with room to write, the link, its QR code and the sources.
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Worksheet from '../../../src/app/classroom/Worksheet.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';

const LINK = 'https://example.org/crude-leverage/?v=1&m=2&drop=10&rub=90&reroute-share=75';
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

function setup(lang: Language, values: Record<string, number>, link = LINK) {
  const simulator = new Simulator(model);
  simulator.lang = lang;
  simulator.apply(values);
  const questions = [{ prompt: 'How much less does Russia earn?' }, { prompt: 'Is this a collapse?' }];
  const chartImages = [{ title: 'Income by buyer', src: PIXEL, alt: 'Bar chart of income by buyer' }];
  const view = render(Worksheet, { simulator, t: translator(lang), link, questions, chartImages });
  return { simulator, ...view };
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

  it('gives the headline sentence and the key results, and names the preset the scenario is', () => {
    const { simulator } = setup('en', { drop: 10 });
    expect(screen.getByText('Preset: "$10 lower" (Claim C3)')).toBeTruthy();
    expect(
      screen.getByText(/^Russia earns \$[\d.]+bn a month from oil exports, [\d.]+% less than in mid-2025\.$/),
    ).toBeTruthy();
    const results = screen.getByText('Oil export income a month').closest('dl')!;
    expect(results.textContent).toContain(`$${simulator.results.totalMonth!.toFixed(2)}bn`);
    expect(results.textContent).toContain('Change from mid-2025');
    expect(results.textContent).toContain('Tax price (0.78 × Urals + 0.22 × ESPO)');
    expect(results.textContent).toContain('National Wealth Fund');
    // The buyer's choice, in words and as a table (mid-2025: stopping is cheaper for India, keeping on for China).
    expect(screen.getByRole('table', { name: /two complete accounts of a year/ })).toBeTruthy();
    expect(document.body.textContent).toContain(
      'India: stopping is cheaper by $5.41bn a year ($4.04bn against $9.45bn).',
    );
    expect(document.body.textContent).toContain('China: keeping on is cheaper by $5.32bn a year');
    expect(screen.getByRole('img', { name: 'Bar chart of income by buyer' }).getAttribute('src')).toBe(PIXEL);
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
      expect(space.querySelectorAll('.answer-line')).toHaveLength(5);
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

  it('lists the calibration row and the rows the settings and fixed figures cite', () => {
    const { container } = setup('en', { rub: 90 });
    const ids = [...container.querySelectorAll('.worksheet-source-list strong')].map((item) => item.textContent);
    expect(ids).toEqual(expect.arrayContaining(['R1', 'B15', 'B6', 'B13', 'T1', 'V7']));
    expect(ids).not.toContain('V26');
    const r1 = screen.getByRole('link', { name: /IEA Oil Market Report Aug-2025/ });
    expect(r1.getAttribute('href')).toMatch(/^https:\/\//);
  });

  it('speaks Traditional Chinese', () => {
    const { container } = setup('zh-Hant', { rub: 90 });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('原油槓桿：學習單');
    expect(cells(tableRow(container, 'rub'))).toEqual(['盧布兌美元匯率', '90.0盧布/美元 *', '80.0盧布/美元', 'B15']);
    // Amounts in 億, and the Urals comparison in Chinese word order (比…低…), never 十億 or "低於12.0美元60美元".
    const text = container.textContent ?? '';
    expect(text).toMatch(/\d億美元/);
    expect(text).not.toContain('十億');
    expect(text).toMatch(/每桶\d+\.\d美元：(比60美元的財政規則價格[低高]\d+\.\d美元|等於60美元的財政規則價格)；/);
    expect(text).toMatch(/\d\.\d\d兆盧布/);
    expect(screen.getByRole('heading', { name: '問題' })).toBeTruthy();
    expect(screen.getByText('每月石油出口收入')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '來源與方法' })).toBeTruthy();
    expect(screen.getByRole('link', { name: LINK })).toBeTruthy();
    expect(container.querySelectorAll('.answer-line')).toHaveLength(10);
  });
});
