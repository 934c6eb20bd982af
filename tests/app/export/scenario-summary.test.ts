// Tests the export views' strings (the catalogues' export part, registered with the views) as a translator gives them, and the one-line scenario summary.
import { describe, expect, it } from 'vitest';
import '../../../src/i18n/register-export-messages.ts';
import { ensureLanguage, translator } from '../../../src/i18n/translate.ts';
import { scenarioSummary } from '../../../src/app/export/scenario-summary.ts';
import { model } from '../../../src/app/model.ts';

await ensureLanguage('zh-Hant');
const en = translator('en');
const zh = translator('zh-Hant');

describe('the export part of the catalogues', () => {
  it('reaches the translator the views read from the app context, in both languages', () => {
    // A key only the export part has: without the part registered, the translator would echo the key.
    expect(en('download.saved', { file: 'a.png' })).toBe('Saved a.png.');
    expect(zh('download.saved', { file: 'a.png' })).toBe('已儲存 a.png。');
  });

  it('fills placeholders and leaves unknown ones as written', () => {
    expect(en('download.saved', { constructor: 'x' })).toBe('Saved {file}.');
  });
});

describe('scenarioSummary', () => {
  it('lists what differs from mid-2025, with units, in either language', () => {
    expect(scenarioSummary(model, model.defaults, 'en', en)).toBe('mid-2025 settings');
    expect(scenarioSummary(model, model.defaults, 'zh-Hant', zh)).toBe('2025年中設定');
    const scenario = { ...model.defaults, drop: 10, india: 1.2 };
    const english = scenarioSummary(model, scenario, 'en', en);
    expect(english.split('; ')).toHaveLength(2);
    expect(english).toMatch(/10 \$\/bbl; .*1\.20 mb\/d$/);
    expect(scenarioSummary(model, scenario, 'zh-Hant', zh).split('；')).toHaveLength(2);
  });
});
