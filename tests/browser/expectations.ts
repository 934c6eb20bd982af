// What the page should show for a scenario, computed in node from the same pure model and formatters.
import { model } from '../../src/app/model.ts';
import { formatNumber, formatUsdBn } from '../../src/i18n/format.ts';
import { ensureLanguage, translator } from '../../src/i18n/translate.ts';
import type { Language } from '../../src/link/view-params.ts';

// The page loads its Chinese strings on demand; the expectations need them at once.
await ensureLanguage('zh-Hant');

export { model };

/** A scenario from the page's range inputs (name → value text). */
export function scenarioFrom(values: Record<string, string>): Record<string, number> {
  const scenario: Record<string, number> = { ...model.defaults };
  for (const [key, text] of Object.entries(values)) {
    if (model.parameterByKey.has(key)) scenario[key] = Number(text);
  }
  return scenario;
}

/** The headline sentence the page should show for a scenario. */
export function expectedHeadline(scenario: Record<string, number>, lang: Language = 'en'): string {
  const t = translator(lang);
  const results = model.evaluate(scenario);
  const total = formatUsdBn(results.totalMonth ?? Number.NaN, lang);
  const pct = results.changeVsBaselinePct ?? 0;
  if (Number(pct.toFixed(1)) === 0) return t('headline.same', { total });
  const size = formatNumber(Math.abs(pct), lang, 1);
  return t('headline.sentence', { total, change: t(pct < 0 ? 'headline.less' : 'headline.more', { pct: size }) });
}
