// Formats numbers, money and units for the active language; all user-visible numbers go through here.
import type { UnitDeclaration } from '../engine/types.ts';
import type { Language } from '../link/view-params.ts';
import { local, localeTag } from './translate.ts';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Language, digits: number, signed: boolean): Intl.NumberFormat {
  const id = `${lang}|${digits}|${signed}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(localeTag(lang), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    cache.set(id, format);
  }
  return format;
}

/** A finite number or an em dash: a NaN never reaches the page. */
export function formatNumber(value: number, lang: Language, digits = 1, signed = false): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  return numberFormat(lang, digits, signed).format(rounded === 0 ? 0 : rounded);
}

/** USD billions: "$13.6bn" / "136億美元". */
export function formatUsdBn(value: number, lang: Language, digits = 1, signed = false): string {
  if (!Number.isFinite(value)) return '—';
  if (lang === 'zh-Hant') return `${formatNumber(value * 10, lang, Math.max(0, digits - 1), signed)}億美元`;
  const text = formatNumber(Math.abs(value), lang, digits);
  const nonZero = Number(value.toFixed(digits)) !== 0;
  const sign = !nonZero ? '' : value < 0 ? '−' : signed ? '+' : '';
  return `${sign}$${text}bn`;
}

/** A value with its unit symbol, e.g. "12 $/bbl", "1.60 mb/d", "25%". */
export function formatWithUnit(
  value: number,
  unit: UnitDeclaration | undefined,
  lang: Language,
  digits: number,
  signed = false,
): string {
  const number = formatNumber(value, lang, digits, signed);
  const symbol = unit ? local(unit.symbol, lang) : '';
  if (!symbol) return number;
  if (symbol === '%') return `${number}%`;
  return `${number} ${symbol}`;
}

/** Spoken form for aria-valuetext: "12 US dollars a barrel" / "12 美元每桶". */
export function spokenValue(value: number, unit: UnitDeclaration | undefined, lang: Language, digits: number): string {
  const number = formatNumber(value, lang, digits);
  const spoken = unit ? local(unit.spoken, lang) : '';
  if (!spoken) return number;
  return lang === 'zh-Hant' ? `${number}${spoken}` : `${number} ${spoken}`;
}
