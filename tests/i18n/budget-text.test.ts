// Tests the budget lens's Urals sentence: natural word order in each language, one minus sign, no glued fragments.
import { beforeAll, describe, expect, it } from 'vitest';
import { uralsVersusText } from '../../src/i18n/budget-text.ts';
import { ensureLanguage, translator } from '../../src/i18n/translate.ts';

beforeAll(() => ensureLanguage('zh-Hant'));

const prices = (urals: number) => ({ uralsUsdPerBbl: urals, fiscalRuleUsdPerBbl: 60, budgetUsdPerBbl: 56 });

describe('uralsVersusText', () => {
  it('writes the Chinese comparison as 比…低/高…, the gap after the reference price', () => {
    const text = uralsVersusText(prices(48), 'zh-Hant', translator('zh-Hant'));
    // 48 − 60 = −12 and 48 − 56 = −8.
    expect(text).toBe('每桶48.0美元：比60美元的財政規則價格低12.0美元；比預算假設的56美元低8.0美元');
    expect(text).not.toMatch(/低於\d|高於\d|美元\d/);
  });

  it('says above, below and at in each language', () => {
    const zh = uralsVersusText(prices(58), 'zh-Hant', translator('zh-Hant'));
    expect(zh).toBe('每桶58.0美元：比60美元的財政規則價格低2.0美元；比預算假設的56美元高2.0美元');
    expect(uralsVersusText(prices(60.04), 'zh-Hant', translator('zh-Hant'))).toContain('等於60美元的財政規則價格');
    const en = uralsVersusText(prices(48), 'en', translator('en'));
    expect(en).toBe('$48.0/bbl: $12.0 below the $60 fiscal-rule price; $8.0 below the budget’s $56 assumption');
    expect(uralsVersusText(prices(56), 'en', translator('en'))).toContain('at the budget’s $56 assumption');
  });

  it('uses the prices it is given rather than a fixed $60 and $56', () => {
    const text = uralsVersusText(
      { uralsUsdPerBbl: 50, fiscalRuleUsdPerBbl: 45, budgetUsdPerBbl: 70 },
      'en',
      translator('en'),
    );
    expect(text).toBe('$50.0/bbl: $5.0 above the $45 fiscal-rule price; $20.0 below the budget’s $70 assumption');
  });

  it('shows dashes, not NaN, when a price is unknown', () => {
    const text = uralsVersusText(prices(Number.NaN), 'zh-Hant', translator('zh-Hant'));
    expect(text).not.toContain('NaN');
    expect(text).toContain('—');
  });
});
