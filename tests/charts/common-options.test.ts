// Tests the shared chart options' tooltip punctuation: full-width colon and parentheses in Chinese, ASCII in English.
import { describe, expect, it } from 'vitest';
import { commonOptions, labelled, withNote } from '../../src/charts/common-options.ts';

describe('chart punctuation', () => {
  it('writes "label: value" in English and 「標籤：數值」 in Chinese', () => {
    expect(labelled('en-US', 'This scenario', '11.39')).toBe('This scenario: 11.39');
    expect(labelled('zh-Hant-TW', '本情境', '113.9')).toBe('本情境：113.9');
    expect(labelled('zh-Hant', '', '113.9')).toBe('113.9');
  });

  it('adds a note in parentheses, full-width and unspaced in Chinese', () => {
    expect(withNote('en-US', 'Saving from the discount', 'Mid-2025 baseline')).toBe(
      'Saving from the discount (Mid-2025 baseline)',
    );
    expect(withNote('zh-Hant-TW', '折扣節省', '2025年中基準')).toBe('折扣節省（2025年中基準）');
  });

  it('shares the locale and turns animation off', () => {
    expect(commonOptions('zh-Hant-TW')).toMatchObject({ locale: 'zh-Hant-TW', animation: false });
  });
});
