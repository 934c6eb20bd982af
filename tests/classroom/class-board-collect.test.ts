// Tests the class board collecting a class in one paste: answer codes, a form's CSV, and links to other sites left out.
import { describe, expect, it } from 'vitest';
import { exercises } from '../../models/crude-leverage/exercises.ts';
import { crudeLeverageBundle } from '../../models/crude-leverage/index.ts';
import { model } from '../../src/app/model.ts';
import { answersLink, encodeAnswers } from '../../src/classroom/answers-link.ts';
import { answeredQuestions, predictionsFor, problemText, readClassBoard } from '../../src/classroom/class-board.ts';
import '../../src/i18n/register-classroom-messages.ts';
import { translator } from '../../src/i18n/translate.ts';
import { encodeLink } from '../../src/link/link-format.ts';

const PAGE = 'https://teacher.example/crude-leverage/';
const OWN = { ownPages: [PAGE] };
const linkOn = (page: string, values: Record<string, number>, size: number) =>
  answersLink(
    `${page}?${encodeLink(model, { scenario: { ...model.defaults, ...values } })}`,
    { 'ten-dollars-lower': { 'income-month': { direction: 'down', size } } },
    model.declaration.version,
  );
const code = (size: number, direction: 'down' | 'up' = 'down') =>
  encodeAnswers({ 'ten-dollars-lower': { 'income-month': { direction, size } } }, model.declaration.version);

describe('readClassBoard: answer codes', () => {
  it('reads a code as the answers alone, graded like a link’s, with no scenario', () => {
    const board = readClassBoard(
      `Ann ${code(2.5)}\n${linkOn(PAGE, { drop: 10 }, 2.5)}`,
      model,
      crudeLeverageBundle,
      OWN,
    );
    const [fromCode, fromLink] = board.lines;
    expect(fromCode!.name).toBe('Ann');
    expect(fromCode!.problems).toEqual([]);
    expect(fromCode!.result).toMatchObject({ fromCode: true, changes: [], edited: false });
    expect(fromLink!.result!.fromCode).toBe(false);
    const [question] = answeredQuestions(board, exercises, model);
    const predictions = predictionsFor(board, question!);
    // The same answer, from a code or a link, meets the same model answer.
    expect(predictions.map((p) => p.answer)).toEqual([
      { direction: 'down', size: 2.5 },
      { direction: 'down', size: 2.5 },
    ]);
    expect(predictions[0]!.comparison).toEqual(predictions[1]!.comparison);
  });

  it('says a code with no readable answer holds none, and marks a repeated code', () => {
    const board = readClassBoard(`1*nothing-here\n${code(1)}\n${code(1)}`, model, crudeLeverageBundle);
    expect(board.lines[0]!.result).toBeNull();
    expect(board.lines[0]!.problems[0]).toEqual({ kind: 'bad-code' });
    expect(problemText(board.lines[0]!.problems[0]!, translator('en'), String)).toBe(
      'this answer code holds no answer this page can read',
    );
    expect(board.lines[2]!.problems).toEqual([{ kind: 'duplicate', of: 2 }]);
  });
});

describe('readClassBoard: other sites', () => {
  it('leaves out a link to another host or another path, names it, and reads the rest', () => {
    const board = readClassBoard(
      [
        linkOn(PAGE, { drop: 5 }, 1),
        linkOn('https://evil.example/crude-leverage/', { drop: 5 }, 1),
        linkOn('https://teacher.example/other-page/', { drop: 5 }, 1),
        linkOn('https://TEACHER.example/crude-leverage/index.html', { drop: 5 }, 1),
        linkOn('https://teacher.example/crude-leverage', { drop: 5 }, 1),
      ].join('\n'),
      model,
      crudeLeverageBundle,
      OWN,
    );
    expect(board.lines.map((line) => line.result !== null)).toEqual([true, false, false, true, true]);
    expect(board.lines[1]!.problems).toEqual([{ kind: 'foreign', page: 'https://evil.example/crude-leverage' }]);
    expect(problemText(board.lines[2]!.problems[0]!, translator('en'), String)).toBe(
      'this link is to another site or page (https://teacher.example/other-page), not this simulator, so it was left out',
    );
  });

  it('accepts either own address (the offline file and its public address) and a student’s copy of the offline file', () => {
    const file = 'file:///home/t/crude-leverage-offline.html';
    const board = readClassBoard(
      [
        linkOn(PAGE, {}, 1),
        `${file}#drop=5`,
        'https://elsewhere.example/?drop=5',
        'file:///C:/Users/kid/Downloads/crude-leverage-offline.html#drop=5',
        'file:///C:/Users/kid/Downloads/other.html#drop=5',
      ].join('\n'),
      model,
      crudeLeverageBundle,
      { ownPages: [file, PAGE] },
    );
    expect(board.lines.map((line) => line.problems.map((p) => p.kind))).toEqual([[], [], ['foreign'], [], ['foreign']]);
  });
});

describe('readClassBoard: a form export', () => {
  it('reads five students from a CSV with quoted names, one from another site left out by name', () => {
    const csv = [
      'Timestamp,"Name",Email address,Link to your answers',
      `3/1/2026 9:00:00,"Wong, Bea",b@school.example,${linkOn(PAGE, { drop: 10 }, 2)}`,
      `3/1/2026 9:01:00,Chan Tai Man,c@school.example,"${linkOn(PAGE, { drop: 5 }, 1)}"`,
      `3/1/2026 9:02:00,Dee,d@school.example,${linkOn('https://copycat.example/sim/', { drop: 5 }, 1)}`,
      `3/1/2026 9:03:00,"Eve ""E"" Ng",e@school.example,${code(3)}`,
      `3/1/2026 9:04:00,Fay,f@school.example,${linkOn(PAGE, {}, 0.5)}`,
    ].join('\n');
    const board = readClassBoard(csv, model, crudeLeverageBundle, OWN);
    expect(board.lines.map((line) => [line.line, line.name, line.result !== null])).toEqual([
      [2, 'Wong, Bea', true],
      [3, 'Chan Tai Man', true],
      [4, 'Dee', false],
      [5, 'Eve "E" Ng', true],
      [6, 'Fay', true],
    ]);
    expect(board.lines[2]!.problems).toEqual([{ kind: 'foreign', page: 'https://copycat.example/sim' }]);
    expect(board.lines[0]!.result!.scenario.drop).toBe(10);
    const [question] = answeredQuestions(board, exercises, model);
    expect(predictionsFor(board, question!).map((p) => p.answer.size)).toEqual([2, 1, 3, 0.5]);
  });
});
