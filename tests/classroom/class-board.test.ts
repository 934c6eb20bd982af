// Tests reading the class board's pasted links: rows, names, problems, limits, duplicates, edited models and answers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { model } from '../../src/app/model.ts';
import { answersLink } from '../../src/classroom/answers-link.ts';
import {
  MAX_BOARD_LINES,
  MAX_LINE_LENGTH,
  answeredQuestions,
  duplicateOf,
  predictionsFor,
  problemText,
  readClassBoard,
} from '../../src/classroom/class-board.ts';
import '../../src/i18n/register-classroom-messages.ts';
import { translator } from '../../src/i18n/translate.ts';
import { encodeLink } from '../../src/link/link-format.ts';
import { encodeRemix } from '../../src/remix/remix-format.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';

const PAGE = 'https://example.org/crude-leverage/';
const linkFor = (values: Record<string, number>) =>
  `${PAGE}?${encodeLink(model, { scenario: { ...model.defaults, ...values } })}`;
const withAnswers = (link: string, size: number, direction: 'down' | 'up' = 'down') =>
  answersLink(link, { 'ten-dollars-lower': { 'income-month': { direction, size } } });
const read = (...lines: string[]) => readClassBoard(lines.join('\n'), model, crudeLeverageBundle);
const kinds = (board: ReturnType<typeof read>) => board.lines.map((line) => line.problems.map((p) => p.kind));
const baseline = model.baseline.totalMonth!;

describe('readClassBoard: good links', () => {
  it('reads each link into a student row with income, change and the differing parameters', () => {
    const board = read(linkFor({ drop: 10 }), linkFor({}));
    expect(board.lines.map((line) => [line.student, line.name, line.problems])).toEqual([
      [1, null, []],
      [2, null, []],
    ]);
    const [lower, mid] = board.lines.map((line) => line.result!);
    expect(lower!.incomeUsdBnPerMonth).toBeCloseTo(model.evaluate({ ...model.defaults, drop: 10 }).totalMonth!, 10);
    expect(lower!.changeUsdBnPerMonth).toBeCloseTo(-2.2356, 3);
    expect(lower!.changes).toEqual([{ key: 'drop', value: 10, defaultValue: 0 }]);
    expect(mid!.changes).toEqual([]);
    expect(mid!.incomeUsdBnPerMonth).toBe(baseline);
    expect(board.baselineUsdBnPerMonth).toBe(baseline);
    expect(board.leftOut).toBe(0);
  });

  it('accepts our keys on any http(s) site and in a file:// fragment', () => {
    const board = read('http://copy.example/page?drop=5', 'file:///C:/crude-leverage.html#drop=5');
    expect(board.lines.map((line) => line.result?.scenario.drop)).toEqual([5, 5]);
    expect(kinds(board)).toEqual([[], []]);
  });
});

describe('readClassBoard: names and lines', () => {
  it('takes a name from "Name: link" or "Name<TAB>link", otherwise numbers the student', () => {
    const link = linkFor({ drop: 10 });
    const board = read(`Alex: ${link}`, `Bea Wong\t${link}`, `  ${link}  `, `陳大文：${link}`);
    expect(board.lines.map((line) => line.name)).toEqual(['Alex', 'Bea Wong', null, '陳大文']);
    expect(board.lines.every((line) => line.result?.scenario.drop === 10)).toBe(true);
  });

  it('strips control and bidirectional characters from a name and shortens a long one', () => {
    const board = read(`Eve\u202Egnp.exe\u0007: ${linkFor({})}`, `${'x'.repeat(300)}: ${linkFor({})}`);
    expect(board.lines[0]!.name).toBe('Eve gnp.exe');
    expect(board.lines[1]!.name!.length).toBeLessThanOrEqual(60);
  });

  it('skips blank lines but counts them in line numbers', () => {
    const board = read('', linkFor({}), '   ', '\t', linkFor({ drop: 5 }));
    expect(board.lines.map((line) => [line.line, line.student])).toEqual([
      [2, 1],
      [5, 2],
    ]);
  });

  it(`reads the first ${MAX_BOARD_LINES} non-blank lines of 41 and counts the rest`, () => {
    const lines = Array.from({ length: 41 }, (_, i) => linkFor({ drop: i - 20 }));
    const board = read(...lines.slice(0, 10), '', ...lines.slice(10));
    expect(board.lines).toHaveLength(40);
    expect(board.leftOut).toBe(1);
    expect(board.lines.at(-1)!.result!.scenario.drop).toBe(19);
    expect(board.lines.at(-1)!.line).toBe(41);
  });

  it('keeps a duplicate link but marks it with the first student who sent it', () => {
    const link = linkFor({ drop: 10 });
    const board = read(`Ann: ${link}`, linkFor({}), `Ben: ${link}`);
    expect(board.lines.every((line) => line.result)).toBe(true);
    expect(board.lines.map(duplicateOf)).toEqual([null, null, 1]);
  });
});

describe('readClassBoard: problems', () => {
  it('refuses text that is not a link, and keeps a short excerpt of it', () => {
    const board = read('hello there', 'javascript:alert(1)', 'ftp://example.org/?drop=10', '%%%?&&==', 'https://');
    expect(kinds(board)).toEqual([['not-a-link'], ['not-a-link'], ['not-a-link'], ['not-a-link'], ['not-a-link']]);
    expect(board.lines.every((line) => line.result === null)).toBe(true);
    expect(board.lines[0]!.text).toBe('hello there');
  });

  it('says a link with none of our keys is not a Crude Leverage link', () => {
    const board = read(
      'https://evil.example/?q=1&utm_source=mail',
      'https://example.org/crude-leverage/',
      'https://example.org/#top',
    );
    expect(kinds(board)).toEqual([['not-ours'], ['not-ours'], ['not-ours']]);
    expect(problemText(board.lines[0]!.problems[0]!, translator('en'), String)).toBe(
      'this is not a Crude Leverage link',
    );
  });

  it('reports adjusted values and unknown keys, and still shows the student', () => {
    const board = read(`${PAGE}?v=1&drop=999&india=abc&colour=red`);
    const line = board.lines[0]!;
    expect(line.result!.scenario.drop).toBe(40);
    expect(line.problems).toEqual([
      { kind: 'adjusted', keys: ['drop', 'india'] },
      { kind: 'ignored', keys: ['colour'] },
    ]);
    const t = translator('en');
    expect(line.problems.map((p) => problemText(p, t, String))).toEqual([
      'values that were out of range or not valid were adjusted: drop, india',
      'settings this page does not know were ignored: colour',
    ]);
  });

  it('lists at most five unknown keys, each shortened', () => {
    const keys = Array.from({ length: 9 }, (_, i) => `k${i}${'z'.repeat(50)}`);
    const board = read(`${PAGE}?v=1&${keys.map((k) => `${k}=1`).join('&')}`);
    const text = problemText(board.lines[0]!.problems[0]!, translator('en'), String);
    expect(text.endsWith(', …')).toBe(true);
    expect(text.split(', ')).toHaveLength(6);
    expect(text).not.toContain('z'.repeat(40));
  });

  it('does not decode a line that is too long', () => {
    const board = read(`${PAGE}?v=1&q=${'a'.repeat(MAX_LINE_LENGTH)}`);
    expect(kinds(board)).toEqual([['too-long']]);
    expect(board.lines[0]!.text.length).toBeLessThan(100);
  });

  it('reports damaged and unknown answers but keeps the scenario and the good answers', () => {
    const board = read(
      `${PAGE}?v=1&drop=10&p=1*ten-dollars-lower_income-month_zz`,
      `${PAGE}?v=1&p=1*no-such-exercise_a_d1*ten-dollars-lower_income-month_d2`,
    );
    expect(board.lines[0]!.problems).toEqual([{ kind: 'answers', problem: 'bad-answer' }]);
    expect(board.lines[0]!.result!.answers).toEqual({});
    expect(board.lines[1]!.problems).toEqual([{ kind: 'answers', problem: 'unknown-exercise' }]);
    expect(board.lines[1]!.result!.answers).toEqual({
      'ten-dollars-lower': { 'income-month': { direction: 'down', size: 2 } },
    });
    expect(problemText(board.lines[0]!.problems[0]!, translator('en'), String)).toBe(
      'part of the answers is damaged and was left out',
    );
  });

  it('never throws and never reads more than the limit, whatever is pasted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.webUrl({ withQueryParameters: true, withFragments: true })), {
          maxLength: 60,
        }),
        (lines) => {
          const board = read(...lines);
          expect(board.lines.length).toBeLessThanOrEqual(MAX_BOARD_LINES);
          for (const line of board.lines) expect(line.result !== null || line.problems.length > 0).toBe(true);
        },
      ),
    );
  });
});

describe('readClassBoard: edited models', () => {
  const remix = {
    equations: { urals: 'max(0, brentNow - uralsDiscount - extraCost)' },
    added: [{ key: 'extra-cost', label: 'Extra cost', unit: 'usd-per-bbl', min: 0, max: 10, step: 1, default: 3 }],
  };

  it('reads a link with x= against its edit, and flags it', () => {
    const board = read(`${PAGE}?v=1&m=2&x=${encodeRemix(remix)}&extra-cost=7`, linkFor({}));
    const [edited, standard] = board.lines.map((line) => line.result!);
    expect(edited!.edited).toBe(true);
    expect(edited!.model).not.toBe(model);
    expect(edited!.changes).toEqual([{ key: 'extra-cost', value: 7, defaultValue: 3 }]);
    expect(edited!.incomeUsdBnPerMonth).toBeLessThan(baseline);
    expect(edited!.changeUsdBnPerMonth).toBeCloseTo(edited!.incomeUsdBnPerMonth - baseline, 10);
    expect(standard!.edited).toBe(false);
    expect(board.lines[0]!.problems).toEqual([]);
  });

  it('falls back to the standard model, and says why, when the edit is refused', () => {
    const board = read(`${PAGE}?v=1&drop=10&x=${encodeRemix({ equations: { urals: 'config(1)' }, added: [] })}`);
    const line = board.lines[0]!;
    expect(line.result!.edited).toBe(false);
    expect(line.result!.model).toBe(model);
    expect(line.problems.map((p) => p.kind)).toEqual(['remix-refused']);
    expect(problemText(line.problems[0]!, translator('en'), String)).toMatch(
      /^its edited model could not be used \(.*config.*\); the standard model was used instead$/,
    );
  });
});

describe('answeredQuestions and predictionsFor', () => {
  it('lists only the questions someone answered, each with the standard model’s answer', () => {
    const board = read(withAnswers(linkFor({}), 2), linkFor({ drop: 10 }), withAnswers(linkFor({}), 1, 'up'));
    const questions = answeredQuestions(board, exercises, model);
    expect(questions.map((q) => [q.id, q.number])).toEqual([['ten-dollars-lower/income-month', 1]]);
    expect(questions[0]!.answer.value).toBeCloseTo(-2.2356, 3);
    const predictions = predictionsFor(board, questions[0]!);
    expect(predictions.map((p) => p.line.student)).toEqual([1, 3]);
    expect(predictions[0]!.comparison.gap).toBeCloseTo(0.2356, 3);
    expect(predictions[0]!.comparison.directionRight).toBe(true);
    expect(predictions[1]!.comparison.directionRight).toBe(false);
  });

  it('words a duplicate with the label of the first student', () => {
    const board = read(`Ann: ${linkFor({})}`, linkFor({}));
    const label = (n: number) => board.lines[n - 1]!.name ?? `Student ${n}`;
    expect(problemText(board.lines[1]!.problems[0]!, translator('en'), label)).toBe(
      'the same link as Ann (kept on the board)',
    );
  });
});

describe('readClassBoard: answers made under another model', () => {
  // The page's model after a further change; the links below were made under today's version.
  const made = crudeLeverageModel.version;
  const newer = compileModel({ ...crudeLeverageModel, version: made + 1 });
  const answers = { 'ten-dollars-lower': { 'income-month': { direction: 'down' as const, size: 2 } } };
  const t = translator('en');

  it('marks answers made under an older model, whether the answers or only the link say so', () => {
    const sayVersion = answersLink(linkFor({ drop: 10 }), answers, made);
    const formatOne = answersLink(linkFor({ drop: 10 }), answers);
    const board = readClassBoard([sayVersion, formatOne].join('\n'), newer, crudeLeverageBundle);
    for (const line of board.lines) {
      expect(line.result!.answersOlderModel).toBe(made);
      const problem = line.problems.find((p) => p.kind === 'answers-older-model')!;
      expect(problemText(problem, t, String)).toContain(`older model (version ${made})`);
    }
  });

  it('does not mark answers made under the model the board runs', () => {
    const current = answersLink(linkFor({ drop: 10 }), answers, model.declaration.version);
    const line = read(current).lines[0]!;
    expect(line.result!.answersOlderModel).toBeNull();
    expect(line.problems).toEqual([]);
  });
});

describe('readClassBoard: a link that trips an error', () => {
  it('costs that line only, with the reason, and the other students stay on the board', () => {
    // A model that fails for one scenario stands in for any error not yet foreseen.
    const fragile = {
      ...model,
      evaluate: (scenario: Parameters<typeof model.evaluate>[0]) => {
        if (scenario.drop === 13) throw new Error('unforeseen');
        return model.evaluate(scenario);
      },
    };
    const board = readClassBoard(
      [`Ann: ${linkFor({ drop: 10 })}`, `Bob: ${linkFor({ drop: 13 })}`, `Cy: ${linkFor({})}`].join('\n'),
      fragile,
      crudeLeverageBundle,
    );
    expect(board.lines.map((line) => line.result !== null)).toEqual([true, false, true]);
    expect(board.lines[1]!.problems).toEqual([{ kind: 'unreadable', reason: 'unforeseen' }]);
    expect(problemText(board.lines[1]!.problems[0]!, translator('en'), String)).toBe(
      'this link could not be read (unforeseen) and was left off the board',
    );
  });
});
