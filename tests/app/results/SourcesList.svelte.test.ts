// Tests the sources list: every link marked as the publisher's page or a secondary copy, weak sources flagged, the project's words translated and the sources' own marked English.
import { screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import { model } from '../../../src/app/model.ts';
import SourcesList from '../../../src/app/results/SourcesList.svelte';
import { Simulator } from '../../../src/app/simulator.svelte.ts';

function renderList(lang: 'en' | 'zh-Hant') {
  const simulator = new Simulator(model);
  simulator.lang = lang;
  renderInApp(SourcesList, {}, { simulator, lang });
}
const item = (id: string) => document.getElementById(`source-${id}`)!;

describe('SourcesList', () => {
  it('marks each cited link as the publisher’s page or a secondary copy', () => {
    renderList('en');
    const items = [...document.querySelectorAll('.source-list li')];
    expect(items.length).toBeGreaterThan(10);
    for (const li of items) expect(li.textContent).toMatch(/publisher’s page|secondary copy|no link/);
    expect(item('R1').textContent).toMatch(/secondary copy/);
    expect(item('P20').textContent).toMatch(/publisher’s page/);
  });

  it('flags weak sources in words, with the reason', () => {
    renderList('en');
    expect(item('V15').textContent).toMatch(/weak source: raw IP address, publisher unknown/);
    expect(item('V6').textContent).toMatch(/weak source: aggregator or site of unclear standing/);
    expect(item('R1').textContent).not.toMatch(/weak source/);
  });

  it('keeps the links the data file gives, opening outside the page', () => {
    renderList('en');
    const link = item('V15').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('http://3.127.128.221/2025/08/19/indias-russian-oil-imports-9');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('labels the quoted value and publisher as English originals on the Chinese page, in Chinese', () => {
    renderList('zh-Hant');
    expect(
      screen.getByText('每列的項目與期間為本專案的說明；數值與發布者（及標題）則照專案資料檔引用來源的原文，為英文。'),
    ).toBeTruthy();
    const quoted = [...item('R1').querySelectorAll('[lang="en"]')].map((span) => span.textContent!.trim());
    expect(quoted).toEqual([
      '$14.3bn in the month (+$0.9bn m/m; -$2.1bn y/y)',
      'IEA Oil Market Report Aug-2025 via Oil & Gas Journal',
    ]);
    expect(item('R1').textContent).toMatch(/二手轉載/);
    expect(item('V15').textContent).toMatch(/薄弱來源：僅有IP位址，發布者不明/);
  });

  it('gives each row’s figure and period in Chinese on the Chinese page, with Chinese punctuation', () => {
    renderList('zh-Hant');
    const description = item('R1').querySelector('.source-description')!;
    expect(description.textContent).toBe(
      'IEA估計的俄羅斯石油出口收入（原油＋成品油）：$14.3bn in the month (+$0.9bn m/m; -$2.1bn y/y)（2025年7月，共31日）。',
    );
    const own = [...description.querySelectorAll('[lang="zh-Hant-TW"]')].map((span) => span.textContent);
    expect(own).toEqual(['IEA估計的俄羅斯石油出口收入（原油＋成品油）', '2025年7月，共31日']);
    // A row with no period (the S table) has no empty brackets.
    expect(item('S1').querySelector('.source-description')!.textContent).toMatch(
      /^川普的說法（CNBC，2025年8月5日）：.*。$/,
    );
    // Every row shown has its figure in Chinese.
    for (const li of document.querySelectorAll('.source-list li'))
      expect(li.querySelector('.source-description [lang="zh-Hant-TW"]'), li.id).not.toBeNull();
  });

  it('gives the English page the data file’s words, as before', () => {
    renderList('en');
    expect(item('R1').querySelector('.source-description')!.textContent).toBe(
      "IEA: Russia's oil export revenue (crude + products): $14.3bn in the month (+$0.9bn m/m; -$2.1bn y/y) (Jul 2025 (31 days)).",
    );
  });
});
