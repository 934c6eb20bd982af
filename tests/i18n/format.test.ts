// Tests number, money, unit and spoken-value formatting in English and Traditional Chinese.
import { describe, expect, it } from 'vitest';
import { units } from '../../models/crude-leverage/units.ts';
import {
  MINUS,
  formatNumber,
  formatTrnRub,
  formatUsd,
  formatUsdBn,
  formatWithUnit,
  fromShown,
  modelUnitSymbol,
  shownDigits,
  spokenValue,
  toShown,
  unitScale,
  usdBnScale,
} from '../../src/i18n/format.ts';

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
    expect(formatNumber(-2, 'en', 1, true)).toBe('−2.0');
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
    expect(formatUsdBn(-1.234, 'zh-Hant', 2, true)).toBe('−12.3億美元');
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
    expect(formatWithUnit(12, unit('usd-per-bbl'), 'zh-Hant', 0)).toBe('12美元/桶');
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

describe('one minus sign (U+2212) in both languages', () => {
  it('writes negative numbers, signed or not, with the true minus sign and never a hyphen', () => {
    for (const lang of ['en', 'zh-Hant'] as const) {
      expect(formatNumber(-1.8, lang, 2)).toBe(`${MINUS}1.80`);
      expect(formatNumber(-1234.5, lang, 1, true)).toBe(`${MINUS}1,234.5`);
      expect(formatWithUnit(-3, unit('usd-per-bbl'), lang, 1)).toMatch(/^−3\.0/);
      expect(formatTrnRub(-0.5, lang, 2, true)).toMatch(/^−0\.50/);
      expect(formatUsd(-20, lang, 0)).not.toContain('-');
    }
  });

  it('puts the sign before the dollar sign: "−$20", never "$-20"', () => {
    expect(formatUsd(-20, 'en', 0)).toBe('−$20');
    expect(formatUsd(12, 'en', 1)).toBe('$12.0');
    expect(formatUsd(12, 'en', 1, true)).toBe('+$12.0');
    expect(formatUsd(-0.01, 'en', 1, true)).toBe('$0.0');
    expect(formatUsd(-20, 'zh-Hant', 0)).toBe('−20美元');
    expect(formatUsd(Number.NaN, 'en')).toBe('—');
  });
});

describe('amounts in 億 in Chinese, at the root of every unit', () => {
  it('declares USD bn units as shown ten to one in Chinese, the same scale formatUsdBn uses', () => {
    for (const id of ['usd-bn-per-month', 'usd-bn-per-year']) {
      expect(unitScale(unit(id), 'zh-Hant')).toBe(usdBnScale('zh-Hant'));
      expect(unitScale(unit(id), 'en')).toBe(1);
      expect(unit(id).symbol['zh-Hant']).toMatch(/^億美元/);
    }
    expect(usdBnScale('zh-Hant')).toBe(10);
    expect(unitScale(unit('usd-per-bbl'), 'zh-Hant')).toBe(1);
    expect(unitScale(undefined, 'zh-Hant')).toBe(1);
  });

  it('never names 十億 in any unit a Chinese reader sees', () => {
    for (const u of units) {
      expect(u.symbol['zh-Hant'], u.id).not.toContain('十億');
      expect(u.spoken['zh-Hant'], u.id).not.toContain('十億');
    }
  });

  it('shows $11.4bn a month as 114億美元/月: ten times the number, one decimal fewer', () => {
    // 11.39 bn = 1,139 百萬 = 113.9 億; at 2 model decimals that is 1 decimal of 億.
    expect(formatWithUnit(11.391, unit('usd-bn-per-month'), 'zh-Hant', 2)).toBe('113.9億美元/月');
    expect(formatWithUnit(11.391, unit('usd-bn-per-month'), 'en', 2)).toBe('11.39 $bn/month');
    expect(formatWithUnit(86.5, unit('usd-bn-per-year'), 'zh-Hant', 1)).toBe('865億美元/年');
    expect(formatWithUnit(-2.2356, unit('usd-bn-per-month'), 'zh-Hant', 2, true)).toBe('−22.4億美元/月');
    expect(spokenValue(86.5, unit('usd-bn-per-year'), 'zh-Hant', 1)).toBe('865億美元每年');
  });

  it('converts a typed 億 answer back to the model unit and round-trips', () => {
    expect(fromShown(22.4, unit('usd-bn-per-month'), 'zh-Hant')).toBeCloseTo(2.24, 12);
    expect(fromShown(2.24, unit('usd-bn-per-month'), 'en')).toBe(2.24);
    expect(toShown(2.24, unit('usd-bn-per-month'), 'zh-Hant')).toBeCloseTo(22.4, 12);
  });

  it('keeps the precision when scaling: shownDigits drops one decimal per factor of ten', () => {
    expect(shownDigits(2, 10)).toBe(1);
    expect(shownDigits(0, 10)).toBe(0);
    expect(shownDigits(2, 1)).toBe(2);
  });

  it('names the unit of a link value, which stays in the model unit: "10億美元/年"', () => {
    expect(modelUnitSymbol(unit('usd-bn-per-year'), 'zh-Hant')).toBe('10億美元/年');
    expect(modelUnitSymbol(unit('usd-bn-per-year'), 'en')).toBe('$bn/yr');
    expect(modelUnitSymbol(unit('usd-per-bbl'), 'zh-Hant')).toBe('美元/桶');
  });

  it('writes trillion roubles as 兆盧布 with no space, and English with one', () => {
    expect(formatTrnRub(-0.504, 'zh-Hant', 2, true)).toBe('−0.50兆盧布');
    expect(formatTrnRub(1.2, 'en', 2, true)).toBe('+1.20 trn RUB');
    expect(formatTrnRub(Number.NaN, 'en')).toBe('—');
  });
});
