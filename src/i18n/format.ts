// Formats numbers, money and units for the active language; all user-visible numbers go through here.
import type { UnitDeclaration } from '../engine/types.ts';
import { type Language, languageEntry } from './languages.ts';
import { local, localeTag } from './translate.ts';

/** The one minus sign on the page (U+2212), in both languages; Intl writes a hyphen-minus. */
export const MINUS = '\u2212';

/** Replaces every hyphen-minus of a formatted number with the true minus sign. */
export function withTrueMinus(text: string): string {
  return text.replace(/-/g, MINUS);
}

/**
 * How many shown units one USD bn is: Chinese counts in 億 (10^8), so $13.6bn is 136億美元. Every USD bn
 * amount on the page, in a chart, a table, an exercise or a CSV goes through this or a unit's `shownScale`.
 */
export function usdBnScale(lang: Language): number {
  return languageEntry(lang).writing.usdBnScale;
}

/** USD bn → the number a chart plots in this language (×10 for 億 in Chinese). */
export function shownUsdBn(lang: Language): (usdBn: number) => number {
  const scale = usdBnScale(lang);
  return (usdBn) => usdBn * scale;
}

/** How many shown units one model unit is in this language (1 unless the unit declares otherwise). */
export function unitScale(unit: UnitDeclaration | undefined, lang: Language): number {
  const scale = unit?.shownScale?.[lang];
  return scale !== undefined && Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** Decimals to show after scaling: ten times the unit needs one decimal fewer for the same precision. */
export function shownDigits(digits: number, scale: number): number {
  return Math.max(0, digits - Math.round(Math.log10(scale)));
}

/** A model value in the unit the language shows (e.g. USD bn → 億美元), and back (e.g. a typed answer). */
export function toShown(value: number, unit: UnitDeclaration | undefined, lang: Language): number {
  return value * unitScale(unit, lang);
}

export function fromShown(value: number, unit: UnitDeclaration | undefined, lang: Language): number {
  return value / unitScale(unit, lang);
}

/** The unit of a model value as typed in a link, where the shown unit is scaled: "10億美元/年" (one link unit). */
export function modelUnitSymbol(unit: UnitDeclaration | undefined, lang: Language): string {
  const symbol = unit ? local(unit.symbol, lang) : '';
  const scale = unitScale(unit, lang);
  return scale === 1 || !symbol ? symbol : `${formatNumber(scale, lang, 0)}${symbol}`;
}

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

/** A finite number or an em dash: a NaN never reaches the page. Negative numbers carry the true minus sign. */
export function formatNumber(value: number, lang: Language, digits = 1, signed = false): string {
  if (!Number.isFinite(value)) return '—';
  const rounded = Number(value.toFixed(digits));
  return withTrueMinus(numberFormat(lang, digits, signed).format(rounded === 0 ? 0 : rounded));
}

/** The sign in front of a currency symbol: "−$2.24bn", never "$-2.24bn"; none when the value rounds to zero. */
function signOf(value: number, digits: number, signed: boolean): string {
  if (Number(value.toFixed(digits)) === 0) return '';
  return value < 0 ? MINUS : signed ? '+' : '';
}

/** An amount in a language's money style: a prefix ("$") takes the sign before it, a bare suffix follows the signed number. */
function formatAmount(
  value: number,
  lang: Language,
  digits: number,
  signed: boolean,
  style: { prefix: string; suffix: string },
): string {
  if (!Number.isFinite(value)) return '—';
  if (!style.prefix) return `${formatNumber(value, lang, digits, signed)}${style.suffix}`;
  return `${signOf(value, digits, signed)}${style.prefix}${formatNumber(Math.abs(value), lang, digits)}${style.suffix}`;
}

/** USD billions: "$13.6bn" / "136億美元" (one decimal fewer in 億, the same precision). */
export function formatUsdBn(value: number, lang: Language, digits = 1, signed = false): string {
  const scale = usdBnScale(lang);
  return formatAmount(value * scale, lang, shownDigits(digits, scale), signed, languageEntry(lang).writing.usdBn);
}

/** US dollars: "$12.0" / "−$20" / "12.0美元". */
export function formatUsd(value: number, lang: Language, digits = 0, signed = false): string {
  return formatAmount(value, lang, digits, signed, languageEntry(lang).writing.usd);
}

/** Trillion roubles: "−0.50 trn RUB" / "−0.50兆盧布" (兆 is the Chinese word for 10^12). */
export function formatTrnRub(value: number, lang: Language, digits = 2, signed = false): string {
  return formatAmount(value, lang, digits, signed, languageEntry(lang).writing.trnRub);
}

/**
 * A value with its unit symbol, in the unit the language shows: "12 $/bbl", "1.60 mb/d", "25%"; in Chinese
 * with no space ("12美元/桶", "136億美元/月"), as Taiwanese print writes a number before a Chinese unit.
 */
export function formatWithUnit(
  value: number,
  unit: UnitDeclaration | undefined,
  lang: Language,
  digits: number,
  signed = false,
): string {
  const scale = unitScale(unit, lang);
  const number = formatNumber(value * scale, lang, shownDigits(digits, scale), signed);
  const symbol = unit ? local(unit.symbol, lang) : '';
  if (!symbol || number === '—') return number;
  return symbol === '%' ? `${number}${symbol}` : `${number}${languageEntry(lang).writing.unitGap}${symbol}`;
}

/** Spoken form for aria-valuetext: "12 US dollars a barrel" / "12美元每桶". */
export function spokenValue(value: number, unit: UnitDeclaration | undefined, lang: Language, digits: number): string {
  const scale = unitScale(unit, lang);
  const number = formatNumber(value * scale, lang, shownDigits(digits, scale));
  const spoken = unit ? local(unit.spoken, lang) : '';
  if (!spoken) return number;
  return `${number}${languageEntry(lang).writing.unitGap}${spoken}`;
}
