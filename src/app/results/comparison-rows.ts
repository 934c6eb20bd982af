// Rows of the comparison table: every parameter and key result where baseline, pinned A and the current scenario differ.
import type { CompiledModel } from '../../engine/compile-model.ts';
import { keyToSymbol } from '../../engine/symbols.ts';
import type { LocalText, Results } from '../../engine/types.ts';
import { stepDecimals } from '../../link/sanitize-value.ts';

/** Results worth comparing, with the decimals they are shown with. */
const KEY_RESULTS: readonly { name: string; digits: number }[] = [
  { name: 'totalMonth', digits: 2 },
  { name: 'urals', digits: 1 },
  { name: 'crudeVolume', digits: 2 },
  { name: 'reroutedVolume', digits: 2 },
  { name: 'lostVolume', digits: 2 },
  { name: 'budgetChange', digits: 2 },
  { name: 'deficitAfter', digits: 2 },
  { name: 'indiaSaving', digits: 2 },
  { name: 'indiaTariffCost', digits: 2 },
  { name: 'indiaStopCost', digits: 2 },
  { name: 'chinaSaving', digits: 2 },
  { name: 'chinaTariffCost', digits: 2 },
  { name: 'chinaStopCost', digits: 2 },
];

export interface ComparisonRow {
  kind: 'parameter' | 'result';
  id: string;
  label: LocalText;
  unit: string;
  digits: number;
  baseline: number;
  pinned: number;
  current: number;
}

export function comparisonRows(model: CompiledModel, current: Results, pinned: Results): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  const differs = (digits: number, ...values: number[]) =>
    new Set(values.map((value) => (Number.isFinite(value) ? value.toFixed(digits) : 'x'))).size > 1;
  for (const p of model.declaration.parameters) {
    const digits = stepDecimals(p.step);
    const read = (results: Results) => results[keyToSymbol(p.key)] ?? Number.NaN;
    const row = { baseline: p.default, pinned: read(pinned), current: read(current) };
    if (differs(digits, row.baseline, row.pinned, row.current)) {
      rows.push({ kind: 'parameter', id: p.key, label: p.label, unit: p.unit, digits, ...row });
    }
  }
  const equations = new Map(model.declaration.equations.map((e) => [e.name, e]));
  for (const { name, digits } of KEY_RESULTS) {
    const equation = equations.get(name);
    if (!equation) continue;
    const row = {
      baseline: model.baseline[name] ?? Number.NaN,
      pinned: pinned[name] ?? Number.NaN,
      current: current[name] ?? Number.NaN,
    };
    if (differs(digits, row.baseline, row.pinned, row.current)) {
      rows.push({ kind: 'result', id: name, label: equation.label, unit: equation.unit, digits, ...row });
    }
  }
  return rows;
}
