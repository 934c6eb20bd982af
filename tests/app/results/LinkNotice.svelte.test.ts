// Tests the link notice: what a damaged link changed, in words, shown as text only, and dismissible.
import { fireEvent, screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { model } from '../../../src/app/model.ts';
import LinkNotice from '../../../src/app/results/LinkNotice.svelte';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import type { Language } from '../../../src/link/view-params.ts';
import { decodeLink } from '../../../src/link/link-format.ts';
import { translator } from '../../../src/i18n/translate.ts';

async function open(link: string, lang: Language = 'en') {
  const simulator = new Simulator(model);
  // The notice speaks the language it is given, whatever the link says (the page switches before it loads one).
  const view = renderInApp(LinkNotice, {}, { simulator, t: translator(lang) });
  simulator.load(decodeLink(model, link), { announce: true });
  await tick();
  return view;
}

const noticeText = () => screen.getByRole('status').textContent ?? '';

describe('LinkNotice', () => {
  it('shows nothing for a clean link', async () => {
    await open('?v=1&m=2&drop=10&lang=en');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('lists adjusted and ignored settings with their labels and reasons', async () => {
    const { simulator } = await open('?india=99&drop=abc&zzz=1');
    const text = noticeText();
    expect(text).toContain('2 settings in this link were adjusted');
    expect(text).toContain('1 unknown setting was ignored: zzz.');
    expect(text).toContain("India's purchases of Russian crude (“99” → 2.50 mb/d, above the maximum)");
    expect(text).toContain('Oil-price drop (“abc” → 0 $/bbl, not a number, default used)');
    // The scenario uses what the notice says was used.
    expect(simulator.scenario.india).toBe(2.5);
    expect(simulator.scenario.drop).toBe(0);
  });

  it('uses the singular for one adjusted setting and names each reason', async () => {
    await open('?drop=-99&china=1.234&india=1&india=2');
    const text = noticeText();
    expect(text).toContain('3 settings in this link were adjusted');
    expect(text).toContain('below the minimum');
    expect(text).toContain('rounded to the slider step');
    expect(text).toContain('given twice, first value kept');
    await open('?tariff-india=7');
    expect(screen.getAllByRole('status').at(-1)!.textContent).toContain(
      '1 setting in this link was adjusted: Secondary tariff on India',
    );
  });

  it('names the parameter of an adjusted pinned value', async () => {
    await open('?a=1&a.drop=500');
    expect(noticeText()).toContain('Oil-price drop (“500” → 40 $/bbl, above the maximum)');
  });

  it('says a retired setting no longer exists, in both languages, and lists it as nothing else', async () => {
    await open('?v=1&m=1&budget-sensitivity=0.2&drop=10');
    const text = noticeText();
    expect(text).toContain('This link sets budget-sensitivity, which the model no longer has');
    expect(text).toContain('earlier version of the model (version 1)');
    expect(text).not.toContain('unknown setting');
    await open('?v=1&m=1&budget-sensitivity=0.2', 'zh-Hant');
    expect(screen.getAllByRole('status').at(-1)!.textContent).toContain('此連結設定了budget-sensitivity');
  });

  it('says when the link was made with an older model', async () => {
    await open('?v=1&m=0');
    expect(noticeText()).toContain('earlier version of the model (version 0)');
  });

  it('renders values and keys from the link as text, never as markup', async () => {
    const { container } = await open('?drop=<img src=x onerror=alert(1)>&<b>bold</b>=1');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
    const text = noticeText();
    expect(text).toContain('“<img src=x onerror=alert…”');
    expect(text).toContain('<b>bold</b>');
  });

  it('cuts very long link text short', async () => {
    await open(`?${'k'.repeat(200)}=1&drop=${'9'.repeat(200)}`);
    const text = noticeText();
    expect(text).toContain(`${'k'.repeat(24)}…`);
    expect(text).not.toContain('k'.repeat(25));
    expect(text).not.toContain('9'.repeat(25));
  });

  it('speaks Traditional Chinese', async () => {
    await open('?india=99&zzz=1&lang=zh-Hant', 'zh-Hant');
    const text = noticeText();
    expect(text).toContain('此連結中有1項設定已調整');
    expect(text).toContain('印度購買俄羅斯原油');
    expect(text).toContain('高於最大值');
    expect(text).toContain('已忽略1項未知設定：zzz。');
    expect(screen.getByRole('button', { name: '關閉' })).toBeTruthy();
  });

  it('goes away when dismissed', async () => {
    const { simulator } = await open('?india=99&drop=abc&zzz=1');
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await tick();
    expect(screen.queryByRole('status')).toBeNull();
    expect(simulator.notice).toBeNull();
  });

  it('is cleared by a later clean link but not by a silent load', async () => {
    const { simulator } = await open('?zzz=1');
    simulator.load(decodeLink(model, '?drop=5'), { announce: false });
    await tick();
    expect(screen.getByRole('status')).toBeTruthy();
    simulator.load(decodeLink(model, '?drop=5'), { announce: true });
    await tick();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('names each key once, at most eight, and says how many more there were', async () => {
    const keys = Array.from({ length: 12 }, (_, i) => `junk${i}`);
    await open(`?${[...keys, ...keys].map((key) => `${key}=1`).join('&')}`);
    const text = noticeText();
    expect(text).toContain(
      '12 unknown settings were ignored: junk0, junk1, junk2, junk3, junk4, junk5, junk6, junk7 and 4 more.',
    );
    expect(text.match(/junk0/g)).toHaveLength(1);
    expect(text).not.toContain('junk8');
  });

  it('says a language the page does not have is not available, not an unknown setting', async () => {
    await open('?drop=10&lang=fr');
    const text = noticeText();
    expect(text).toContain('This page has no language “fr”; it is shown in English.');
    expect(text).not.toContain('unknown setting');
    await open('?lang=klingon', 'zh-Hant');
    expect(screen.getAllByRole('status').at(-1)!.textContent).toContain('本頁沒有「klingon」這個語言，改以英文顯示。');
  });

  it('says a link comes from a newer version of the page or of the model', async () => {
    await open('?v=9&m=7&drop=10');
    expect(noticeText()).toContain('newer version of this page (link format 9)');
    await open('?v=1&m=7&drop=10');
    expect(screen.getAllByRole('status').at(-1)!.textContent).toContain('newer version of the model (version 7)');
  });
});
