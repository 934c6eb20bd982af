// What each symbol in the model's equations is: its label, unit and where its value comes from.
import type { CompiledModel } from '../../engine/compile-model.ts';
import { keyToSymbol } from '../../engine/symbols.ts';
import type { LocalText, Source } from '../../engine/types.ts';

export interface SymbolInfo {
  symbol: string;
  kind: 'parameter' | 'constant' | 'equation';
  label: LocalText;
  unit: string;
  source: Source | null;
}

export function symbolInfo(model: CompiledModel): Map<string, SymbolInfo> {
  const { parameters, constants, equations } = model.declaration;
  const entries: SymbolInfo[] = [
    ...parameters.map((p) => ({
      symbol: keyToSymbol(p.key),
      kind: 'parameter' as const,
      label: p.label,
      unit: p.unit,
      source: p.source,
    })),
    ...constants.map((c) => ({
      symbol: c.name,
      kind: 'constant' as const,
      label: c.label,
      unit: c.unit,
      source: c.source,
    })),
    ...equations.map((e) => ({
      symbol: e.name,
      kind: 'equation' as const,
      label: e.label,
      unit: e.unit,
      source: null,
    })),
  ];
  return new Map(entries.map((entry) => [entry.symbol, entry]));
}
