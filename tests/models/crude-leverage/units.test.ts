// Proves every equation's unit follows from the units of what it reads (mb/d × $/bbl = $M/day), scale included.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { unitDimensions, units } from '../../../models/crude-leverage/units.ts';
import { checkUnits, inferDimension, type Dimension } from '../../../src/analysis/unit-check.ts';
import type { ModelDeclaration } from '../../../src/engine/types.ts';

const dimensionOf = (unit: string): Dimension => unitDimensions[unit]!;
const withExpr = (name: string, expr: string): ModelDeclaration => ({
  ...crudeLeverageModel,
  equations: crudeLeverageModel.equations.map((e) => (e.name === name ? { ...e, expr } : e)),
});
const problemOf = (declaration: ModelDeclaration, name: string) =>
  checkUnits(declaration, unitDimensions).find((c) => c.equation === name)?.problem;

describe('unit dimensions', () => {
  it('give every declared unit a dimension and a positive scale', () => {
    for (const unit of units) {
      expect(unitDimensions[unit.id], unit.id).toBeDefined();
      expect(unitDimensions[unit.id]!.scale, unit.id).toBeGreaterThan(0);
    }
    expect(Object.keys(unitDimensions).sort()).toEqual(units.map((u) => u.id).sort());
  });

  it('make a month 365/12 days and a $bn a year 1/365 of a $bn a day', () => {
    expect(dimensionOf('months')).toEqual({ exponents: { day: 1 }, scale: 365 / 12 });
    expect(dimensionOf('usd-bn-per-year').scale * 365).toBeCloseTo(1e9, 3);
  });
});

describe('every equation of the model', () => {
  const checks = checkUnits(crudeLeverageModel, unitDimensions);

  it('checks all of them', () => {
    expect(checks.map((c) => c.equation)).toEqual(crudeLeverageModel.equations.map((e) => e.name));
  });

  it('has the dimension and scale of its declared unit', () => {
    const failing = checks.filter((c) => c.problem).map((c) => `${c.equation}: ${c.problem}`);
    expect(failing).toEqual([]);
    // Only an equation that is literally 0 could escape; none is.
    for (const check of checks) expect(check.inferred, check.equation).not.toBeNull();
  });

  it('works out income as mb/d × $/bbl = $M/day', () => {
    const income = checks.find((c) => c.equation === 'indiaIncome')!;
    expect(income.inferred!.exponents).toEqual({ usd: 1, day: -1 });
    expect(income.inferred!.scale).toBe(1e6);
  });
});

describe('the check catches', () => {
  it('a time conversion written as a bare number', () => {
    expect(problemOf(withExpr('totalMonth', 'totalIncome * 365 / 12 / 1000'), 'totalMonth')).toMatch(
      /the number 365 hides a unit/,
    );
  });

  it('a forgotten conversion ($M/day left as $bn a month)', () => {
    expect(problemOf(withExpr('totalMonth', 'totalIncome * daysPerYear / monthsPerYear'), 'totalMonth')).toMatch(
      /works out to usd day\^-1 .* but "usd-bn-per-month"/,
    );
  });

  it('adding barrels to dollars', () => {
    expect(problemOf(withExpr('crudeIncome', 'indiaIncome + indiaKept'), 'crudeIncome')).toMatch(
      /"indiaIncome" is usd day\^-1 .* but "indiaKept" is bbl day\^-1/,
    );
  });

  it('max over different units, and a percent compared with a share', () => {
    expect(problemOf(withExpr('urals', 'max(0, brentNow - india)'), 'urals')).toMatch(/"brentNow" is usd bbl\^-1/);
    expect(problemOf(withExpr('indiaCutShare', 'min(1, indiaResponseCut)'), 'indiaCutShare')).toMatch(
      /dimensionless \(× 1\).*dimensionless \(× 0.01\)/,
    );
  });

  it('a tariff not divided by its step', () => {
    expect(
      problemOf(
        withExpr('indiaWidening', 'min(indiaResponseDiscount * tariffIndia, rerouteDiscount)'),
        'indiaWidening',
      ),
    ).toBeDefined();
  });

  it('a unit with no dimension', () => {
    const declaration = { ...crudeLeverageModel, equations: [{ ...crudeLeverageModel.equations[0]!, unit: 'yen' }] };
    expect(checkUnits(declaration, unitDimensions)[0]!.problem).toMatch(/"yen" has no dimension/);
  });
});

describe('inferDimension', () => {
  const unitOf = (symbol: string) =>
    ({ a: dimensionOf('mbd'), p: dimensionOf('usd-per-bbl'), e: dimensionOf('share'), t: dimensionOf('percent') })[
      symbol
    ];

  it('multiplies, divides and reads base_ symbols as their own unit', () => {
    expect(inferDimension('a * base_p', unitOf)).toEqual({
      ok: true,
      dimension: { exponents: { usd: 1, day: -1 }, scale: 1e6 },
    });
    expect(inferDimension('a / a', unitOf)).toEqual({ ok: true, dimension: { exponents: {}, scale: 1 } });
  });

  it('lets 0 fit any unit and treats a power of ten as a scale factor', () => {
    expect(inferDimension('max(0, p)', unitOf)).toEqual({ ok: true, dimension: dimensionOf('usd-per-bbl') });
    expect(inferDimension('a * p / 1000', unitOf)).toEqual({
      ok: true,
      dimension: { exponents: { usd: 1, day: -1 }, scale: 1e9 },
    });
  });

  it('raises a unit to a written power: (mb/d)² and 1/($/bbl), scale included', () => {
    // mb/d is 1e6 bbl/day, so its square is 1e12 bbl²/day².
    expect(inferDimension('a ^ 2', unitOf)).toEqual({
      ok: true,
      dimension: { exponents: { bbl: 2, day: -2 }, scale: 1e12 },
    });
    expect(inferDimension('p ^ (-1)', unitOf)).toEqual({
      ok: true,
      dimension: { exponents: { usd: -1, bbl: 1 }, scale: 1 },
    });
    // A written exponent is a count, not a scale factor: 2 does not "hide a unit" there, and x ^ 0 is a pure number.
    expect(inferDimension('a ^ 0', unitOf)).toEqual({ ok: true, dimension: { exponents: {}, scale: 1 } });
  });

  it('accepts a symbol as exponent only between pure numbers', () => {
    // The trade response: (1 + tariff as a share) ^ elasticity.
    expect(inferDimension('a * (1 + t / 100) ^ e', unitOf)).toEqual({ ok: true, dimension: dimensionOf('mbd') });
    // A percent is a number × 0.01: raising to 76 (%) is not raising to 0.76.
    expect(inferDimension('(1 + e) ^ t', unitOf)).toEqual({
      ok: false,
      message: expect.stringMatching(
        /"t" is dimensionless \(× 0.01\) but a power with a symbol as exponent needs pure/,
      ),
    });
    expect(inferDimension('p ^ e', unitOf)).toEqual({
      ok: false,
      message: expect.stringMatching(/"p" is usd bbl\^-1 .* needs pure numbers/),
    });
    expect(inferDimension('e ^ a', unitOf).ok).toBe(false);
  });

  it('refuses a fractional written power of a unit, and checks what the power is made of', () => {
    expect(inferDimension('a ^ 0.5', unitOf)).toEqual({
      ok: false,
      message: expect.stringMatching(/a fractional power of bbl day\^-1/),
    });
    expect(inferDimension('e ^ 0.5', unitOf)).toEqual({ ok: true, dimension: { exponents: {}, scale: 1 } });
    expect(inferDimension('(a + p) ^ 2', unitOf).ok).toBe(false);
    expect(inferDimension('e ^ (a + p)', unitOf).ok).toBe(false);
  });

  it('refuses unknown symbols and unreadable text', () => {
    expect(inferDimension('zzz', unitOf)).toEqual({ ok: false, message: '"zzz" has no unit with a known dimension' });
    expect(inferDimension('a +', unitOf).ok).toBe(false);
  });
});
