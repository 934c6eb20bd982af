// Tests the Crude Leverage parameter declarations: grids that reach max, marks on the grid, headline levers present.
import { describe, expect, it } from 'vitest';
import { checkDeclaration } from '../../../src/engine/check-declaration.ts';
import { groups, parameters } from '../../../models/crude-leverage/parameters.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { isValidValue } from './scenario-arbitrary.ts';

describe('Crude Leverage parameters', () => {
  it('pass the declaration checks', () => {
    expect(checkDeclaration(crudeLeverageModel).problems).toEqual([]);
  });

  it('have a grid that lands exactly on max, so the slider and the link can reach it', () => {
    for (const p of parameters) expect(isValidValue(p, p.max), p.key).toBe(true);
  });

  it('have marks inside the range and on the grid', () => {
    for (const p of parameters) for (const mark of p.marks ?? []) expect(isValidValue(p, mark.value), p.key).toBe(true);
  });

  it('mark "$10 lower" on the drop slider (claim S1)', () => {
    const drop = parameters.find((p) => p.key === 'drop');
    expect(drop?.marks?.map((mark) => mark.value)).toContain(10);
  });

  it('put the five headline levers in the headline group, and use every group', () => {
    const headline = parameters.filter((p) => p.group === 'headline').map((p) => p.key);
    expect(headline).toEqual(['drop', 'india', 'china', 'tariff-india', 'tariff-china']);
    for (const group of groups)
      expect(
        parameters.some((p) => p.group === group.id),
        group.id,
      ).toBe(true);
  });

  it('default to mid-2025: no drop, a 25% tariff on India and none on China (T1, T8)', () => {
    const defaults = Object.fromEntries(parameters.map((p) => [p.key, p.default]));
    expect(defaults).toMatchObject({ drop: 0, 'tariff-india': 25, 'tariff-china': 0, brent: 70, 'urals-discount': 12 });
  });
});
