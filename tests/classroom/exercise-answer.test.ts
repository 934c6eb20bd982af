// Tests the model's answers to exercise questions, the comparison with a student's prediction and the "why" drivers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import type { ExerciseQuestion } from '../../src/engine/exercise-types.ts';
import { model } from '../../src/app/model.ts';
import { compare, directionOf, modelAnswer, studentValue, whyDrivers } from '../../src/classroom/exercise-answer.ts';

const question = (exerciseId: string, questionId: string): ExerciseQuestion =>
  exercises.find((e) => e.id === exerciseId)!.questions.find((q) => q.id === questionId)!;
const tenLower = question('ten-dollars-lower', 'income-month');
const out = (values: Record<string, number>, name: string) => model.evaluate(values)[name]!;

describe('modelAnswer', () => {
  it('is output(to) − output(from) for a change, from the model', () => {
    const answer = modelAnswer(model, tenLower);
    expect(answer.value).toBeCloseTo(out({ drop: 10 }, 'totalMonth') - out({}, 'totalMonth'), 12);
    expect(answer.value).toBeCloseTo(-2.236, 2);
    expect(answer.direction).toBe('down');
  });

  it('is the output itself for a level', () => {
    const months = question('ten-dollars-lower', 'fund-months');
    expect(modelAnswer(model, months).value).toBeCloseTo(out({ drop: 10 }, 'nwfMonthsOfShortfall'), 12);
    expect(modelAnswer(model, months).direction).toBe('up');
  });

  it('follows the model it is given (an edited model gives another answer)', () => {
    const edited = {
      ...model,
      evaluate: (s: Record<string, number>) => ({ ...model.evaluate(s), totalMonth: (s.drop ?? 0) * 2 }),
    };
    expect(modelAnswer(edited, tenLower).value).toBe(20);
  });

  it('calls a value that rounds to zero "none"', () => {
    expect(directionOf(0.004, 2)).toBe('none');
    expect(directionOf(-0.006, 2)).toBe('down');
    expect(directionOf(Number.NaN, 2)).toBe('none');
  });
});

describe('compare', () => {
  const model10 = { value: -2, direction: 'down' as const, digits: 2 };

  it('judges direction first, then the size', () => {
    expect(compare({ direction: 'down', size: 2.1 }, model10, 'signed')).toMatchObject({
      directionRight: true,
      close: true,
    });
    const big = compare({ direction: 'down', size: 3 }, model10, 'signed');
    expect(big).toMatchObject({ directionRight: true, close: false, sizeGap: 1, gap: -1 });
    expect(big.gapPct).toBeCloseTo(50);
    const wrong = compare({ direction: 'up', size: 2 }, model10, 'signed');
    expect(wrong).toMatchObject({ directionRight: false, close: false, gap: 4 });
  });

  it('gives no percentage against a zero answer', () => {
    expect(compare({ direction: 'none', size: 0 }, { value: 0, direction: 'none', digits: 1 }, 'signed')).toMatchObject(
      {
        directionRight: true,
        gapPct: null,
        close: true,
      },
    );
  });

  it('grades a count by its size alone: within 10% is close, else off, never a direction', () => {
    // Fund months: the model says 33.5 months; 10% of that is 3.35 months.
    const months = { value: 33.5, direction: 'up' as const, digits: 0 };
    expect(compare({ direction: 'up', size: 36 }, months, 'count')).toMatchObject({ close: true, verdict: 'close' });
    expect(compare({ direction: 'up', size: 100 }, months, 'count')).toMatchObject({ close: false, verdict: 'off' });
    expect(compare({ direction: 'none', size: 0 }, months, 'count')).toMatchObject({ close: false, verdict: 'off' });
    // Zero months against a model answer of zero, and one month against it: one shown digit is close.
    const none = { value: 0.2, direction: 'none' as const, digits: 0 };
    expect(compare({ direction: 'up', size: 1 }, none, 'count')).toMatchObject({ close: true, verdict: 'close' });
    // The same predictions graded as signed answers keep the direction.
    expect(compare({ direction: 'up', size: 100 }, months, 'signed').verdict).toBe('direction');
    expect(compare({ direction: 'none', size: 0 }, months, 'signed').verdict).toBe('wrong');
    expect(compare({ direction: 'up', size: 1 }, none, 'signed').verdict).toBe('wrong');
  });

  it('has gap = student − model for every prediction', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('up', 'down', 'none' as const),
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (direction, size, value) => {
          const student = { direction, size } as const;
          const result = compare(student, { value, direction: directionOf(value, 2), digits: 2 }, 'signed');
          expect(result.gap).toBeCloseTo(studentValue(student) - value, 6);
          expect(Number.isFinite(result.gap)).toBe(true);
        },
      ),
    );
  });
});

describe('whyDrivers', () => {
  it('puts the moved parameter first, with its whole effect when it is the only one moved', () => {
    const drivers = whyDrivers(model, tenLower);
    expect(drivers[0]).toMatchObject({ key: 'drop', role: 'moved', fromValue: 0, toValue: 10, probeValue: null });
    expect(drivers[0]!.effect).toBeCloseTo(modelAnswer(model, tenLower).value, 12);
  });

  it('probes each kept assumption inside its slider and ranks by effect', () => {
    const drivers = whyDrivers(model, tenLower).filter((d) => d.role === 'assumption');
    expect(drivers.length).toBeGreaterThan(0);
    for (const driver of drivers) {
      const parameter = model.parameterByKey.get(driver.key)!;
      expect(driver.probeValue).not.toBe(driver.toValue);
      expect(driver.probeValue!).toBeGreaterThanOrEqual(parameter.min);
      expect(driver.probeValue!).toBeLessThanOrEqual(parameter.max);
    }
    const sizes = drivers.map((d) => Math.abs(d.effect));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('gives finite effects for every question of every exercise', () => {
    for (const exercise of exercises) {
      for (const q of exercise.questions) {
        for (const driver of whyDrivers(model, q))
          expect(Number.isFinite(driver.effect), `${exercise.id}/${q.id} ${driver.key}`).toBe(true);
      }
    }
  });

  it('probes every key of a level question around the scenario asked about', () => {
    const months = question('ten-dollars-lower', 'fund-months');
    const drivers = whyDrivers(model, months);
    expect(drivers.every((d) => d.role === 'assumption')).toBe(true);
    const drop = drivers.find((d) => d.key === 'drop')!;
    expect(drop).toMatchObject({ fromValue: 10, toValue: 10 });
    expect(Math.abs(drop.effect)).toBeLessThan(modelAnswer(model, months).value);
  });

  it('probes downwards when an assumption sits at its maximum', () => {
    const atMax = {
      ...question('india-penalty', 'tariff-bill'),
      from: { 'tariff-india': 0, 'india-exempt': 100 },
      to: { 'india-exempt': 100 },
    };
    const exempt = whyDrivers(model, atMax).find((d) => d.key === 'india-exempt')!;
    expect(exempt.probeValue).toBeLessThan(100);
  });
});
