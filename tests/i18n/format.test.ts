// Tests number, money, unit and spoken-value formatting in English and Traditional Chinese.
import { describe, expect, it } from 'vitest';
import { units } from '../../models/crude-leverage/units.ts';
import { formatNumber, formatUsdBn, formatWithUnit, spokenValue } from '../../src/i18n/format.ts';

const unit = (id: string) => {
  const found = units.find((u) => u.id === id);
  if (!found) throw new Error(`no unit ${id}`);
  return found;
};

describe('formatNumber', () => {
  it('rounds to the digits asked for, with grouping', () => {
    expect(formatNumber(13.56, 'en')).toBe('13.6');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
    expect(formatNumber(1234.5, 'zh-Hant', 1)).toBe('1,234.5');
    expect(formatNumber(2, 'en', 2)).toBe('2.00');
    expect(formatNumber(7.4, 'en', 0)).toBe('7');
  });

  it('shows an em dash for values that are not finite', () => {
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(formatNumber(value, 'en')).toBe('—');
      expect(formatNumber(value, 'zh-Hant', 0, true)).toBe('—');
    }
  });

  it('never shows a negative zero', () => {
    expect(formatNumber(-0, 'en', 0)).toBe('0');
    expect(formatNumber(-0, 'zh-Hant', 0)).toBe('0');
    expect(formatNumber(-0.04, 'en', 1)).toBe('0.0');
    expect(formatNumber(-0.04, 'en', 1, true)).toBe('0.0');
  });

  it('signs non-zero values when asked', () => {
    expect(formatNumber(2, 'en', 1, true)).toBe('+2.0');
    expect(formatNumber(-2, 'en', 1, true)).toMatch(/^[-−]2\.0$/);
    expect(formatNumber(0, 'en', 1, true)).toBe('0.0');
  });
});

describe('formatUsdBn', () => {
  it('writes English USD billions with a true minus sign', () => {
    expect(formatUsdBn(13.56, 'en')).toBe('$13.6bn');
    expect(formatUsdBn(-1.234, 'en', 2)).toBe('−$1.23bn');
    expect(formatUsdBn(-1.234, 'en', 2, true)).toBe('−$1.23bn');
    expect(formatUsdBn(1.2, 'en', 2, true)).toBe('+$1.20bn');
  });

  it('drops the sign when the rounded value is zero', () => {
    expect(formatUsdBn(0.001, 'en', 2, true)).toBe('$0.00bn');
    expect(formatUsdBn(-0.001, 'en', 2, true)).toBe('$0.00bn');
    expect(formatUsdBn(-0.001, 'zh-Hant', 2, true)).toBe('0.0億美元');
  });

  it('writes Chinese amounts in 億 (hundred millions), one digit fewer', () => {
    expect(formatUsdBn(13.56, 'zh-Hant')).toBe('136億美元');
    expect(formatUsdBn(1.234, 'zh-Hant', 2)).toBe('12.3億美元');
    expect(formatUsdBn(1.2, 'zh-Hant', 2, true)).toBe('+12.0億美元');
    expect(formatUsdBn(-1.234, 'zh-Hant', 2, true)).toMatch(/^[-−]12\.3億美元$/);
  });

  it('shows a bare em dash, not "$—bn", when the amount is unknown', () => {
    expect(formatUsdBn(Number.NaN, 'en')).toBe('—');
    expect(formatUsdBn(Number.NaN, 'en', 2, true)).toBe('—');
    expect(formatUsdBn(Number.NaN, 'zh-Hant')).toBe('—');
  });
});

describe('formatWithUnit', () => {
  it('puts the unit symbol after the number', () => {
    expect(formatWithUnit(12, unit('usd-per-bbl'), 'en', 0)).toBe('12 $/bbl');
    expect(formatWithUnit(1.6, unit('mbd'), 'en', 2)).toBe('1.60 mb/d');
    expect(formatWithUnit(12, unit('usd-per-bbl'), 'zh-Hant', 0)).toBe('12 美元/桶');
  });

  it('writes percent with no space', () => {
    expect(formatWithUnit(25, unit('percent'), 'en', 0)).toBe('25%');
    expect(formatWithUnit(25, unit('percent'), 'zh-Hant', 0)).toBe('25%');
  });

  it('writes just the number for a unit with no symbol or no unit', () => {
    expect(formatWithUnit(0.5, unit('share'), 'en', 2)).toBe('0.50');
    expect(formatWithUnit(0.5, undefined, 'en', 1)).toBe('0.5');
  });

  it('signs when asked and never shows NaN', () => {
    expect(formatWithUnit(3, unit('usd-per-bbl'), 'en', 1, true)).toBe('+3.0 $/bbl');
    expect(formatWithUnit(Number.NaN, unit('usd-per-bbl'), 'en', 1)).not.toContain('NaN');
  });
});

describe('spokenValue', () => {
  it('says the unit in English words', () => {
    expect(spokenValue(10, unit('usd-per-bbl'), 'en', 0)).toBe('10 US dollars a barrel');
    expect(spokenValue(1.6, unit('mbd'), 'en', 2)).toBe('1.60 million barrels a day');
    expect(spokenValue(25, unit('percent'), 'en', 0)).toBe('25 percent');
    expect(spokenValue(80, unit('rub-per-usd'), 'en', 1)).toBe('80.0 roubles per US dollar');
  });

  it('says the unit in Chinese with no space', () => {
    expect(spokenValue(10, unit('usd-per-bbl'), 'zh-Hant', 0)).toBe('10美元每桶');
    expect(spokenValue(25, unit('percent'), 'zh-Hant', 0)).toBe('25百分比');
  });

  it('falls back to the number alone', () => {
    expect(spokenValue(0.5, unit('share'), 'en', 1)).toBe('0.5');
    expect(spokenValue(0.5, undefined, 'zh-Hant', 1)).toBe('0.5');
  });

  it('has no symbols a screen reader would spell out', () => {
    for (const u of units) {
      expect(spokenValue(1, u, 'en', 0), u.id).not.toMatch(/[$%/]/);
      expect(spokenValue(1, u, 'zh-Hant', 0), u.id).not.toMatch(/[$%/]/);
    }
  });
});
