// Test helper: a tiny model declaration, written by hand, that engine tests change one field at a time.
import type {
  ConstantDeclaration,
  EquationDeclaration,
  ModelDeclaration,
  ParameterDeclaration,
} from '../../src/engine/types.ts';

export const text = (en: string) => ({ en, 'zh-Hant': `${en}（中文）` });

export function parameter(overrides: Partial<ParameterDeclaration> & { key: string }): ParameterDeclaration {
  return {
    label: text(overrides.key),
    note: text('why'),
    unit: 'usd',
    min: 0,
    max: 100,
    step: 1,
    default: 10,
    source: 'assumption',
    group: 'main',
    ...overrides,
  };
}

export function constant(overrides: Partial<ConstantDeclaration> & { name: string }): ConstantDeclaration {
  return { label: text(overrides.name), note: text('why'), unit: 'usd', value: 1, source: ['P1'], ...overrides };
}

export function equation(name: string, expr: string, unit = 'usd'): EquationDeclaration {
  return { name, expr, unit, label: text(name) };
}

/**
 * oilPrice 10 $/bbl, volume 2 mb/d, fee 3 $/bbl. Equations are declared in the wrong order on purpose:
 * change reads income, income reads netPrice.
 */
export function tinyDeclaration(overrides: Partial<ModelDeclaration> = {}): ModelDeclaration {
  return {
    id: 'tiny',
    version: 1,
    title: text('Tiny'),
    units: [
      { id: 'usd', symbol: text('$'), spoken: text('dollars') },
      { id: 'mbd', symbol: text('mb/d'), spoken: text('million barrels a day') },
    ],
    groups: [{ id: 'main', label: text('Main'), headline: true }],
    parameters: [
      parameter({ key: 'oil-price', default: 10 }),
      parameter({ key: 'volume', unit: 'mbd', min: 0, max: 5, step: 0.5, default: 2 }),
    ],
    constants: [constant({ name: 'fee', value: 3 })],
    equations: [
      equation('change', 'income - base_income'),
      equation('income', 'volume * netPrice'),
      equation('netPrice', 'max(0, oilPrice - fee)'),
    ],
    presets: [],
    history: [],
    ...overrides,
  };
}
