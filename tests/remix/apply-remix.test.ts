// Tests building an edited model: accepted edits change results; refused ones name the problem and nothing runs.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { applyRemix } from '../../src/remix/apply-remix.ts';

const edit = (equations: Record<string, string>, added = [] as Parameters<typeof applyRemix>[1]['added']) =>
  applyRemix(crudeLeverageModel, { equations, added });

describe('applyRemix', () => {
  it('applies an edited equation', () => {
    // Urals with a $2 bigger discount: 70 − 12 − 2 = 56.
    const result = edit({ urals: 'max(0, brentNow - uralsDiscount - 2)' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.baseline.urals).toBe(56);
  });

  it('adds a parameter an edited equation can read', () => {
    const result = edit({ urals: 'max(0, brentNow - uralsDiscount - extraCost)' }, [
      { key: 'extra-cost', label: 'Extra cost', unit: 'usd-per-bbl', min: 0, max: 10, step: 1, default: 3 },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.parameterByKey.get('extra-cost')?.source).toBe('assumption');
    expect(result.model.evaluate({ 'extra-cost': 5 }).urals).toBe(53);
  });

  it.each([
    ['config({})', /function "config" is not allowed/],
    ['import("x")', /function "import" is not allowed/],
    ['evaluate("1")', /function "evaluate" is not allowed/],
    ['parse("1")', /function "parse" is not allowed/],
    ['compile("1")', /function "compile" is not allowed/],
    ['createUnit("x")', /function "createUnit" is not allowed/],
    ['a = 1', /assignments are not allowed/],
    ['f(x) = x', /defining functions is not allowed/],
    ['brent.constructor', /property access is not allowed/],
    ['nonsense + 1', /unknown symbol "nonsense"/],
    ['brent +', /cannot be read/],
    ['1' + ' + 1'.repeat(200), /longer than 500/],
  ])('refuses %s with a message that points at it', (expr, message) => {
    const result = edit({ urals: expr });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(message);
  });

  it('refuses a cycle, naming it', () => {
    const result = edit({ brentNow: 'urals + 1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(/cycle: .*brentNow/);
  });

  it("refuses an edit that divides by zero somewhere in the sliders' ranges", () => {
    const result = edit({ urals: 'brentNow / drop' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/not a finite number/);
  });

  it.each(['lang', 'mode', 'lock', 'ex', 'embed', 'chart', 'v', 'x', 'p'])(
    'refuses an added parameter named %s, a link key',
    (key) => {
      const result = edit({}, [{ key, label: 'x', unit: 'mbd', min: 0, max: 1, step: 1, default: 0 }]);
      expect(result).toEqual({ ok: false, problems: [`the key "${key}" is taken by the link format; choose another`] });
    },
  );

  it('refuses an unknown equation and a bad added parameter', () => {
    expect(edit({ nope: '1' })).toEqual({ ok: false, problems: ['there is no equation named "nope"'] });
    const result = edit({}, [{ key: 'Bad Key', label: 'x', unit: 'mbd', min: 0, max: 1, step: 1, default: 5 }]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(/kebab-case/);
      expect(result.problems.join('\n')).toMatch(/outside its range/);
    }
  });
});
