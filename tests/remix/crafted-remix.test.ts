// Crafted edited models from issue 10: each opens without an exception, through the link, the lesson, the report and the class board.
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { decompose } from '../../src/analysis/decomposition.ts';
import { groupsForModel } from '../../src/analysis/groups-for-model.ts';
import { readClassBoard } from '../../src/classroom/class-board.ts';
import { lessonPairs, rangeOf } from '../../src/classroom/lesson.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { firstNonFiniteEquation } from '../../src/engine/non-finite.ts';
import { headlineOf } from '../../src/engine/output-types.ts';
import { formatWithUnit } from '../../src/i18n/format.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { stepDecimals } from '../../src/link/sanitize-value.ts';
import { SAMPLES_PER_PARAMETER, applyRemix, sampleValues } from '../../src/remix/apply-remix.ts';
import { modelForLink } from '../../src/remix/model-for-link.ts';
import { type Remix, encodeRemix } from '../../src/remix/remix-format.ts';
import { monthlyCsv } from '../../src/report/monthly-csv.ts';
import { buildScenarioReport } from '../../src/report/scenario-report.ts';
import {
  ELEVEN_ADDED,
  INTERIOR_DIVISION,
  JOINT_DIVISION,
  JOINT_DIVISION_AT,
  PROTOTYPE_KEYS,
  TINY_STEP,
  TINY_STEP_ACCEPTED,
  prototypeNamed,
} from './crafted-remixes.ts';

const standard = compileModel(crudeLeverageModel);
const PAGE = 'https://example.org/crude-leverage/';
const linkOf = (remix: Remix, rest = '') => `?v=1&m=2&x=${encodeRemix(remix)}${rest}`;

/** Everything the page and the CLI do with a link that could throw: decode, report, CSV, re-encode. */
function open(query: string) {
  const chosen = modelForLink(standard, query);
  const decoded = decodeLink(chosen.model, query);
  const report = buildScenarioReport(crudeLeverageBundle, chosen.model, decoded, {
    draws: 50,
    editProblem: chosen.remixProblem,
  });
  monthlyCsv(report);
  JSON.stringify(report);
  const again = encodeLink(chosen.model, { scenario: decoded.scenario, view: decoded.view, remix: null });
  return { chosen, decoded, report, again };
}

describe('an added parameter named like a property of every object', () => {
  it.each(PROTOTYPE_KEYS)('"%s" (symbol %s) is used, its lesson range kept and written back', (key, symbol) => {
    const query = linkOf(prototypeNamed(key, symbol), `&${key}=7&r.${key}=2_8&lock=drop`);
    const { chosen, decoded, report, again } = open(query);
    expect(chosen.remixProblem).toBeNull();
    expect(decoded.scenario[key]).toBe(7);
    expect(decoded.view.lesson.ranges).toEqual({ [key]: [2, 8] });
    // Urals: 70 − 12 − 7 = 51, by hand.
    expect(report.prices.urals).toBe(51);
    expect(new URLSearchParams(again).get(`r.${key}`)).toBe('2_8');
    expect(lessonPairs(chosen.model.declaration.parameters, decoded.view.lesson)).toEqual([
      ['lock', 'drop'],
      [`r.${key}`, '2_8'],
    ]);
  });

  it('gives a parameter with no lesson range its own range, not a function inherited from Object.prototype', () => {
    const { chosen, decoded } = open(linkOf(prototypeNamed('constructor', 'constructor')));
    const parameter = chosen.model.parameterByKey.get('constructor')!;
    expect(rangeOf(decoded.view.lesson, parameter)).toEqual([0, 10]);
    expect(lessonPairs(chosen.model.declaration.parameters, decoded.view.lesson)).toEqual([]);
  });
});

describe('an added parameter with an extremely small step', () => {
  it('is refused with the reason when it would have more than a million positions', () => {
    const { chosen, report } = open(linkOf(TINY_STEP, '&tiny=5'));
    expect(chosen.model).toBe(standard);
    expect(chosen.remixProblem).toMatch(/step 5e-324 gives more than 1,000,000 steps/);
    expect(report.model.editProblem).toBe(chosen.remixProblem);
  });

  it('formats a step of 1e-25 with at most 20 decimals instead of throwing', () => {
    const { chosen, decoded } = open(linkOf(TINY_STEP_ACCEPTED, '&tiny=3e-25'));
    expect(chosen.remixProblem).toBeNull();
    const parameter = chosen.model.parameterByKey.get('tiny')!;
    expect(stepDecimals(parameter.step)).toBe(20);
    expect(stepDecimals(Number.MIN_VALUE)).toBe(20);
    const unit = chosen.model.declaration.units.find((u) => u.id === parameter.unit);
    for (const lang of ['en', 'zh-Hant'] as const)
      expect(() => formatWithUnit(decoded.scenario.tiny!, unit, lang, stepDecimals(Number.MIN_VALUE))).not.toThrow();
  });

  it('costs one line of the class board, not the board', () => {
    const good = `${PAGE}?v=1&m=2&drop=10`;
    const board = readClassBoard(
      [
        `Ann: ${good}`,
        `Bob: ${PAGE}${linkOf(TINY_STEP)}`,
        `Cy: ${PAGE}${linkOf(TINY_STEP_ACCEPTED, '&tiny=3e-25')}`,
      ].join('\n'),
      standard,
      crudeLeverageBundle,
    );
    expect(board.lines.map((line) => line.result !== null)).toEqual([true, true, true]);
    expect(board.lines[1]!.problems.map((problem) => problem.kind)).toEqual(['remix-refused']);
    expect(board.lines[2]!.result!.edited).toBe(true);
  });
});

describe('an edit that is not finite inside a range', () => {
  it('is refused when a sample inside the range divides by zero (drop = 10; both ends are finite)', () => {
    const result = applyRemix(crudeLeverageModel, INTERIOR_DIVISION);
    expect(result).toEqual({
      ok: false,
      problems: [
        'equation "urals" is not a finite number with drop = 10 (a division by zero, or a power of a negative number?)',
      ],
    });
    expect(open(linkOf(INTERIOR_DIVISION, '&drop=10')).report.model.notFinite).toBeNull();
  });

  it('is flagged, not thrown, where only two parameters together divide by zero', () => {
    const { chosen, report } = open(linkOf(JOINT_DIVISION, '&drop=5&rub=90'));
    expect(chosen.remixProblem).toBeNull();
    expect(report.model.notFinite).toBe('urals');
    expect(report.decomposition.finite).toBe(false);
    expect(Object.values(report.decomposition.parts).every(Number.isNaN)).toBe(true);
    // Elsewhere the same edit is finite and splits as usual: 1/((0−5)² + (80−90)²) = 1/125 = $0.008 on Urals.
    const elsewhere = open(linkOf(JOINT_DIVISION, '&drop=10')).report;
    expect(elsewhere.model.notFinite).toBeNull();
    expect(elsewhere.decomposition.finite).toBe(true);
    expect(elsewhere.prices.urals).toBeCloseTo(70 - 10 - 12 + 1 / (25 + 100), 12);
  });

  it('makes decompose return NaN parts marked not finite instead of throwing', () => {
    const applied = applyRemix(crudeLeverageModel, JOINT_DIVISION);
    if (!applied.ok) throw new Error(applied.problems.join('; '));
    const model = applied.model;
    const scenario = { ...model.defaults, ...JOINT_DIVISION_AT };
    expect(firstNonFiniteEquation(model, model.evaluate(scenario))).toBe('urals');
    const split = decompose(model, scenario, groupsForModel(crudeLeverageBundle, model), {
      measure: (results) => headlineOf(crudeLeverageBundle.outputs, results),
    });
    expect(split.finite).toBe(false);
    expect(split.total).toBeNaN();
  });
});

describe('the limit of 10 added parameters', () => {
  it('is the same in the panel (applyRemix) and in the link (decodeRemix)', () => {
    const applied = applyRemix(crudeLeverageModel, ELEVEN_ADDED);
    expect(applied.ok).toBe(false);
    if (!applied.ok) expect(applied.problems).toContain('a link carries at most 10 added parameters');
    const ten = { ...ELEVEN_ADDED, added: ELEVEN_ADDED.added.slice(0, 10) };
    expect(applyRemix(crudeLeverageModel, ten).ok).toBe(true);
    expect(modelForLink(standard, linkOf(ten)).remixProblem).toBeNull();
    expect(modelForLink(standard, linkOf(ELEVEN_ADDED)).remixProblem).toMatch(/more than 10 added parameters/);
  });
});

describe('sampleValues: where the edit check looks', () => {
  const parameter = (key: string) => standard.parameterByKey.get(key)!;

  it('tries every position of a slider with at most 41 (drop: −20 to 40 in steps of 1 has 61, so 41 spread out)', () => {
    const short = sampleValues({ ...parameter('drop'), min: 0, max: 40 });
    expect(short).toHaveLength(41);
    expect(new Set(short)).toEqual(new Set(Array.from({ length: 41 }, (_, i) => i)));
    const drop = sampleValues(parameter('drop'));
    expect(drop).toHaveLength(SAMPLES_PER_PARAMETER);
    expect(drop).toEqual(expect.arrayContaining([-20, 10, 40]));
  });

  it('keeps every sample on the slider grid, inside the range', () => {
    for (const p of standard.declaration.parameters) {
      for (const value of sampleValues(p)) {
        expect(value).toBeGreaterThanOrEqual(p.min);
        expect(value).toBeLessThanOrEqual(p.max);
        const steps = (value - p.min) / p.step;
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
      }
    }
  });
});
