// Tests marking a text's language: which language a model text shows in, and messages split at placeholders.
import { describe, expect, it } from 'vitest';
import { localLanguage, messageParts } from '../../src/i18n/marked-text.ts';
import { local } from '../../src/i18n/translate.ts';

describe('localLanguage', () => {
  it('is the page language when the text has it, else English, as local() shows it', () => {
    const both = { en: 'Brent', 'zh-Hant': '布蘭特油價' };
    const englishOnly = { en: 'Brent', 'zh-Hant': '' };
    expect(localLanguage(both, 'zh-Hant')).toBe('zh-Hant');
    expect(localLanguage(englishOnly, 'zh-Hant')).toBe('en');
    expect(local(englishOnly, 'zh-Hant')).toBe('Brent');
    expect(localLanguage(both, 'en')).toBe('en');
  });
});

describe('messageParts', () => {
  it('splits a message at its placeholders, keeping the words and punctuation between them in order', () => {
    expect(messageParts('{figure}：{value}（{period}）。')).toEqual([
      { slot: 'figure' },
      { text: '：' },
      { slot: 'value' },
      { text: '（' },
      { slot: 'period' },
      { text: '）。' },
    ]);
    expect(messageParts('no placeholders')).toEqual([{ text: 'no placeholders' }]);
    expect(messageParts('{a}{b}')).toEqual([{ slot: 'a' }, { slot: 'b' }]);
  });
});
