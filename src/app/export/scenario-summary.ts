// The scenario in one line for pictures and captions: each setting that differs from mid-2025, with its unit.
import type { CompiledModel } from '../../engine/compile-model.ts';
import { ownValue } from '../../engine/own-value.ts';
import type { Scenario } from '../../engine/types.ts';
import { formatWithUnit } from '../../i18n/format.ts';
import { joinList } from '../../i18n/typography.ts';
import '../../i18n/register-export-messages.ts';
import { type Translate, local } from '../../i18n/translate.ts';
import { formatForLink, stepDecimals } from '../../link/sanitize-value.ts';
import type { Language } from '../../link/view-params.ts';

/** "Brent drop from mid-2025 10 $/bbl; India … 1.20 mb/d", or "mid-2025 settings" when nothing differs. */
export function scenarioSummary(model: CompiledModel, scenario: Scenario, lang: Language, t: Translate): string {
  const units = new Map(model.declaration.units.map((unit) => [unit.id, unit]));
  // Compared as the link writes them, so a value the link would not write is not listed either.
  const changed = model.declaration.parameters.filter((p) => {
    const value = ownValue(scenario, p.key);
    return value !== undefined && formatForLink(p, value) !== formatForLink(p, p.default);
  });
  if (changed.length === 0) return t('download.baseline');
  const parts = changed.map(
    (p) =>
      `${local(p.label, lang)} ${formatWithUnit(ownValue(scenario, p.key)!, units.get(p.unit), lang, stepDecimals(p.step))}`,
  );
  return joinList(parts, lang);
}
