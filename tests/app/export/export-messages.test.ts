// Tests the export strings: the same keys and placeholders in both languages, real Chinese, and the helper that fills them.
import { describe, expect, it } from 'vitest';
import { exportMessages, exportText } from '../../../src/app/export/export-messages.ts';
import { scenarioSummary } from '../../../src/app/export/scenario-summary.ts';
import { model } from '../../../src/app/model.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('exportMessages', () => {
  it('has the same keys and placeholders in English and Traditional Chinese', () => {
    const { en, 'zh-Hant': zh } = exportMessages;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(zh[key], key).toMatch(/[\u3400-\u9fff]/);
      expect(zh[key], key).not.toBe(en[key]);
    }
  });

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
