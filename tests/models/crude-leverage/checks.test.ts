// Tests the model checks as data: well-formed grids inside the sliders' ranges, a bounded cost, and every check passing.
import { describe, expect, it } from 'vitest';
import { modelChecks } from '../../../models/crude-leverage/checks.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { sources } from '../../../models/crude-leverage/sources.ts';
import { gridSize, runChecks } from '../../../src/analysis/model-checks.ts';
import { compileModel } from '../../../src/engine/compile-model.ts';

const model = compileModel(crudeLeverageModel);
const MAX_EVALUATIONS = 20_000;

describe('model checks (data)', () => {
  it('have unique kebab-case ids and texts in both languages', () => {
    const ids = modelChecks.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const check of modelChecks) {
      expect(check.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      for (const text of [check.title, check.description]) {
        expect(text.en.trim(), check.id).not.toBe('');
        expect(text['zh-Hant'], check.id).toMatch(/[\u3400-\u9fff]/);
      }
    }
  });

  it('sweep only declared parameters, inside their slider ranges', () => {
    for (const check of modelChecks) {
      for (const [key, values] of Object.entries(check.grid)) {
        const parameter = model.parameterByKey.get(key);
        expect(parameter, `${check.id}: ${key}`).toBeDefined();
        expect(values.length, `${check.id}: ${key}`).toBeGreaterThan(0);
        for (const value of values) {
          expect(value >= parameter!.min && value <= parameter!.max, `${check.id}: ${key} = ${value}`).toBe(true);
        }
      }
    }
  });

  it('read only results the model has, and sweep the parameter a monotonicity check is about', () => {
    for (const { id, kind, grid } of modelChecks) {
      const names =
        kind.type === 'identity'
          ? [...kind.left, ...kind.right]
          : kind.type === 'finite-nonnegative'
            ? kind.outputs
            : [kind.output];
      for (const name of names) expect(model.baseline, `${id}: ${name}`).toHaveProperty([name]);
      if (kind.type === 'non-increasing') expect(grid[kind.in]?.length ?? 0, id).toBeGreaterThan(10);
      if (kind.type === 'calibration' && Array.isArray(kind.source))
        for (const row of kind.source) expect(sources, id).toHaveProperty([row]);
    }
  });

  it('cover what the issue asks for', () => {
    const kinds = modelChecks.map((c) => c.kind);
    const monotone = kinds.flatMap((k) => (k.type === 'non-increasing' ? [k.in] : []));
    expect(monotone).toEqual(expect.arrayContaining(['drop', 'tariff-india', 'tariff-china', 'india-response-cut']));
    expect(kinds.some((k) => k.type === 'calibration' && k.target === 14.3 && k.days === 31)).toBe(true);
    const finite = modelChecks.find((c) => c.kind.type === 'finite-nonnegative')!;
    expect(finite.grid.drop).toEqual(Array.from({ length: 41 }, (_, i) => i));
    expect(Math.max(...finite.grid['tariff-india']!)).toBe(500);
    const cut = modelChecks.find((c) => c.kind.type === 'non-increasing' && c.kind.in === 'india-response-cut')!;
    expect(Math.min(...cut.grid['tariff-india']!), 'response-cut is swept under a nonzero tariff').toBeGreaterThan(0);
    expect(modelChecks.find((c) => c.id === 'only-products')?.grid.india).toEqual([0]);
  });

  it(`cost fewer than ${MAX_EVALUATIONS} evaluations in all`, () => {
    const total = modelChecks.reduce((sum, check) => sum + gridSize(check.grid), 0);
    expect(total).toBeLessThan(MAX_EVALUATIONS);
    expect(total).toBeGreaterThan(10_000);
  });
});

describe('the shipped model', () => {
  const results = runChecks(model, modelChecks);

  it('passes every check, on every scenario of its grid', () => {
    const failed = results.filter((r) => !r.passed).map((r) => `${r.id}: ${r.failure?.detail}`);
    expect(failed).toEqual([]);
    for (const [index, check] of modelChecks.entries())
      expect(results[index]!.evaluated, check.id).toBe(gridSize(check.grid));
  });

  it('reproduces R1: 448 $M/day × 31 days = $13.888bn, 2.9% under $14.3bn', () => {
    const r1 = results.find((r) => r.id === 'calibration-r1')!;
    expect(r1.measured).toBeCloseTo(13.888, 9);
  });
});
