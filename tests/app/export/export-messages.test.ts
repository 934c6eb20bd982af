// Tests the export views' strings (the catalogues' export part) as they reach the views, and the one-line scenario summary.
import { describe, expect, it } from 'vitest';
import { exportText } from '../../../src/app/export/export-messages.ts';
import { ensureLanguage } from '../../../src/i18n/translate.ts';
import { scenarioSummary } from '../../../src/app/export/scenario-summary.ts';
import { model } from '../../../src/app/model.ts';

await ensureLanguage('zh-Hant');

describe('exportText', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(exportText('en', 'download.saved', { file: 'a.png' })).toBe('Saved a.png.');
    expect(exportText('zh-Hant', 'download.saved', { file: 'a.png' })).toBe('已儲存 a.png。');
    expect(exportText('en', 'download.saved', { constructor: 'x' })).toBe('Saved {file}.');
  });
});

describe('scenarioSummary', () => {
  it('lists what differs from mid-2025, with units, in either language', () => {
    expect(scenarioSummary(model, model.defaults, 'en')).toBe('mid-2025 settings');
    expect(scenarioSummary(model, model.defaults, 'zh-Hant')).toBe('2025年中設定');
    const scenario = { ...model.defaults, drop: 10, india: 1.2 };
    const english = scenarioSummary(model, scenario, 'en');
    expect(english.split('; ')).toHaveLength(2);
    expect(english).toMatch(/10 \$\/bbl; .*1\.20 mb\/d$/);
    expect(scenarioSummary(model, scenario, 'zh-Hant').split('；')).toHaveLength(2);
  });
});
