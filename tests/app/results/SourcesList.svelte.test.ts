// Tests the sources list: every link marked as the publisher's page or a secondary copy, weak sources flagged, English originals labelled.
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

  it('labels the descriptions as English originals on the Chinese page, in Chinese', () => {
    renderList('zh-Hant');
    expect(screen.getByText('以下來源說明引自專案的資料檔，為英文原文。')).toBeTruthy();
    const description = item('R1').querySelector('[lang="en"]')!;
    expect(description.textContent).toMatch(/IEA/);
    expect(item('R1').textContent).toMatch(/二手轉載/);
    expect(item('V15').textContent).toMatch(/薄弱來源：僅有IP位址，發布者不明/);
  });
});
