// What both printouts (worksheet and answer key) say about a scenario: its settings rows and the preset it is.
import type { CompiledModel } from '../../engine/compile-model.ts';
import { ownValue } from '../../engine/own-value.ts';
import type { ParameterDeclaration, PresetDeclaration, Scenario } from '../../engine/types.ts';
import { formatWithUnit } from '../../i18n/format.ts';
import { formatForLink, stepDecimals } from '../../link/sanitize-value.ts';
import type { Language } from '../../link/view-params.ts';

export interface SettingRow {
  p: ParameterDeclaration;
  /** Differs from the default as a link writes it (so 80.00 and 80 are the same). */
  changed: boolean;
  value: string;
  fallback: string;
}

const valueOf = (scenario: Scenario, p: ParameterDeclaration) => ownValue(scenario, p.key) ?? p.default;

/** The headline parameters and every other one that differs from its default. */
export function settingRows(model: CompiledModel, scenario: Scenario, lang: Language): SettingRow[] {
  const { declaration } = model;
  const units = new Map(declaration.units.map((unit) => [unit.id, unit]));
  const headline = new Set(declaration.groups.filter((group) => group.headline).map((group) => group.id));
  return declaration.parameters
    .map((p) => {
      const show = (v: number) => formatWithUnit(v, units.get(p.unit), lang, stepDecimals(p.step));
      const value = valueOf(scenario, p);
      return {
        p,
        changed: formatForLink(p, value) !== formatForLink(p, p.default),
        value: show(value),
        fallback: show(p.default),
      };
    })
    .filter((row) => row.changed || headline.has(row.p.group));
}

/** The preset this scenario is exactly (compared as links write values), if any. */
export function matchingPreset(model: CompiledModel, scenario: Scenario): PresetDeclaration | undefined {
  const { parameters, presets } = model.declaration;
  return presets.find((candidate) =>
    parameters.every(
      (p) =>
        formatForLink(p, valueOf(scenario, p)) === formatForLink(p, ownValue(candidate.values, p.key) ?? p.default),
    ),
  );
}
