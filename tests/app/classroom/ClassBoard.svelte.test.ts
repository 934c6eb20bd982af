// Tests the class board: rows for valid links, problems for bad ones, pasted text shown as text, and nothing stored or sent.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ClassBoard from '../../../src/app/classroom/ClassBoard.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { answersLink, encodeAnswers } from '../../../src/classroom/answers-link.ts';
import { renderInApp } from '../../setup/render-in-app.ts';
import { encodeLink } from '../../../src/link/link-format.ts';
import { encodeRemix } from '../../../src/remix/remix-format.ts';
import { TINY_STEP, TINY_STEP_ACCEPTED } from '../../remix/crafted-remixes.ts';

const PAGE = 'https://example.org/crude-leverage/';
const linkFor = (values: Record<string, number>) =>
  `${PAGE}?${encodeLink(model, { scenario: { ...model.defaults, ...values } })}`;
const answered = (size: number) =>
  answersLink(linkFor({ drop: 10 }), { 'ten-dollars-lower': { 'income-month': { direction: 'down', size } } });

function renderBoard(lang: 'en' | 'zh-Hant' = 'en') {
  const simulator = new Simulator(model);
  simulator.lang = lang;
  return renderInApp(ClassBoard, { ownPages: [PAGE] }, { simulator });
}

async function paste(text: string) {
  const box = screen.getByRole('textbox', {
    name: 'Paste your students’ links or answer codes, one per line, or a form’s CSV or TSV export',
  });
  await fireEvent.input(box, { target: { value: text } });
  await fireEvent.click(screen.getByRole('button', { name: 'Show the class' }));
  await tick();
}

const table = () => screen.getByRole('table', { name: 'The class, student by student' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('ClassBoard', () => {
  it('says on screen that nothing is stored on a server, before anything is pasted', () => {
    renderBoard();
    expect(document.body.textContent).toContain('Nothing is stored on a server, or sent anywhere');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('renders a row per valid link with income, change, settings and predictions against the model', async () => {
    renderBoard();
    await paste([`Ann: ${answered(2)}`, linkFor({}), `Cy\t${answered(5)}`].join('\n'));
    const rows = bodyRows();
    expect(rows.map((row) => row.querySelector('th')!.textContent!.trim())).toEqual(['Ann', 'Student 2', 'Cy']);
    const ann = within(rows[0]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent!.trim());
    expect(ann[0]).toBe('$11.39bn');
    expect(ann[1]).toBe('−$2.24bn');
    expect(ann[2]).toBe('Oil-price drop: 10 $/bbl (default 0 $/bbl)');
    expect(ann[3]).toContain(
      'falls by 2.00 $bn/month; the model: falls by 2.24 $bn/month; gap +0.24 $bn/month (right direction)',
    );
    const mid = within(rows[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent!.trim());
    expect(mid.slice(1)).toEqual(['$0.00bn', 'Nothing: the mid-2025 settings', 'No prediction committed']);
    expect(screen.getByRole('status').textContent).toContain('Students shown: 3 of 3 lines.');
    expect(screen.getByRole('heading', { name: 'Each student’s monthly income' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /^Predictions: / })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Question shown in the chart' })).toBeTruthy();
  });

  it('charts the question chosen, starting with the first one answered', async () => {
    renderBoard();
    const both = answersLink(linkFor({}), {
      'ten-dollars-lower': { 'income-month': { direction: 'down', size: 2 } },
      'india-penalty': { 'tariff-bill': { direction: 'up', size: 9 } },
    });
    await paste([both, answered(3)].join('\n'));
    const select = screen.getByRole('combobox', { name: 'Question shown in the chart' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      '"$10 lower": would Russian oil collapse?, question 1',
      "India's 25% penalty tariff, question 1",
    ]);
    expect(select.value).toBe('ten-dollars-lower/income-month');
    expect(
      screen.getByRole('heading', { name: 'Predictions: "$10 lower": would Russian oil collapse?, question 1' }),
    ).toBeTruthy();
    select.value = 'india-penalty/tariff-bill';
    await fireEvent.change(select);
    await tick();
    expect(screen.getByRole('heading', { name: "Predictions: India's 25% penalty tariff, question 1" })).toBeTruthy();
    expect(document.getElementById('class-board-predictions-summary')!.textContent).toBe(
      // 60.55 × (1 − 1.25^−0.76) = 9.445: the prediction of 9 is within 10%.
      'Predictions: 1. The model’s answer: rises by 9.4 $bn/yr. Close: 1; right direction but off in size: 0; other direction: 0.',
    );
  });

  it('grades a count question (months the Fund lasts) by its size only, never by a direction', async () => {
    renderBoard();
    const months = (direction: 'up' | 'none', size: number) =>
      answersLink(linkFor({}), { 'ten-dollars-lower': { 'fund-months': { direction, size } } });
    // The model: 4.1 trillion roubles over the extra shortfall at $10 lower, 33.5 months (10% of it: 3.35).
    await paste([`Ann: ${months('up', 35)}`, `Ben: ${months('up', 100)}`, `Cy: ${months('none', 0)}`].join('\n'));
    const said = bodyRows().map((row) => within(row).getAllByRole('cell').at(-1)!.textContent!);
    expect(said[0]).toContain('(close (within 10%))');
    expect(said[1]).toContain('(more than 10% off)');
    expect(said[2]).toContain('(more than 10% off)');
    expect(said.join(' ')).not.toMatch(/direction/);
    expect(document.getElementById('class-board-predictions-summary')!.textContent).toBe(
      'Predictions: 3. The model’s answer: 34 months. Within 10%: 1; more than 10% off: 2.',
    );
  });

  it('lists the problems of bad lines by line number, and leaves them out of the table', async () => {
    renderBoard();
    await paste(
      ['hello there', '', 'https://evil.example/?q=1', linkFor({ drop: 5 }), `${PAGE}?v=1&drop=999`].join('\n'),
    );
    expect(bodyRows()).toHaveLength(2);
    const problems = [...document.querySelectorAll('.problems li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(problems[0]).toMatch(/^Line 1 \(Student 1\): this is not a link hello there$/);
    expect(problems[1]).toMatch(
      /^Line 3 \(Student 2\): this link is to another site or page \(https:\/\/evil\.example\), not this simulator/,
    );
    expect(problems[2]).toMatch(
      /^Line 5 \(Student 4\): values that were out of range or not valid were adjusted: drop$/,
    );
    expect(screen.getByText('No student link carries a committed prediction yet.')).toBeTruthy();
  });

  it('marks a duplicate and an over-long paste', async () => {
    renderBoard();
    const lines = [
      `Ann: ${linkFor({})}`,
      linkFor({}),
      ...Array.from({ length: 40 }, (_, i) => linkFor({ drop: i - 20 })),
    ];
    await paste(lines.join('\n'));
    expect(bodyRows()).toHaveLength(40);
    expect(bodyRows()[1]!.querySelector('th')!.textContent).toContain('(same link as Ann)');
    expect(screen.getByRole('status').textContent).toContain(
      'Only the first 40 links are read; 2 more lines were left out.',
    );
  });

  it('shows text from links as text: a pasted tag creates no element', async () => {
    renderBoard();
    const tag = '<img src=x onerror=alert(1)>';
    await paste([tag, `${tag}: ${linkFor({ drop: 10 })}`, `${PAGE}?v=1&${encodeURIComponent(tag)}=1`].join('\n'));
    expect(document.querySelector('img')).toBeNull();
    expect(document.body.textContent).toContain(tag);
    expect(bodyRows()[0]!.querySelector('th')!.textContent).toContain('<img src=x onerror=alert(1)');
  });

  it('stores nothing and fetches nothing', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    renderBoard();
    await paste(answered(2));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(setItem).not.toHaveBeenCalled();
    expect(localStorage.length).toBe(0);
    vi.unstubAllGlobals();
  });

  it('speaks Traditional Chinese', async () => {
    renderBoard('zh-Hant');
    const box = screen.getByRole('textbox', {
      name: '貼上學生的連結或答案代碼（每行一個），或表單匯出的CSV、TSV檔內容',
    });
    await fireEvent.input(box, { target: { value: linkFor({ drop: 10 }) } });
    await fireEvent.click(screen.getByRole('button', { name: '顯示全班' }));
    await tick();
    expect(screen.getByRole('table', { name: '全班逐一列出' }).textContent).toContain('學生1');
  });

  it('shows a student whose edited parameter has a step too fine to format, next to the others', async () => {
    renderBoard();
    const tiny = `${PAGE}?v=1&m=1&x=${encodeRemix(TINY_STEP_ACCEPTED)}&tiny=3e-25`;
    const refused = `${PAGE}?v=1&m=1&x=${encodeRemix(TINY_STEP)}&tiny=5`;
    await paste([`Ann: ${linkFor({ drop: 10 })}`, `Bob: ${tiny}`, `Cy: ${refused}`].join('\n'));
    expect(bodyRows().map((row) => row.querySelector('th')!.textContent!.trim())).toEqual([
      'Ann',
      'Bob (edited model)',
      'Cy',
    ]);
    expect(document.body.textContent).toContain('its edited model could not be used');
  });

  it('hides names on request, in the table, the problem list and its excerpts, and shows them again', async () => {
    renderBoard();
    await paste([`Ann Lee: ${answered(2)}`, 'Bo Chan says hi', `Cy: ${answered(5)}`].join('\n'));
    const names = () => bodyRows().map((row) => row.querySelector('th')!.textContent!.trim());
    expect(names()).toEqual(['Ann Lee', 'Cy']);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Hide names (Student 1, 2, …) for the projector' }));
    expect(names()).toEqual(['Student 1', 'Student 3']);
    for (const name of ['Ann', 'Bo Chan', 'Cy']) expect(document.body.textContent).not.toContain(name);
    // The pasted text, names and all, is off the screen too.
    expect(screen.queryByRole('textbox')).toBeNull();
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Hide names (Student 1, 2, …) for the projector' }));
    expect(names()).toEqual(['Ann Lee', 'Cy']);
  });

  it('reads answer codes beside links: predictions, but no income for a code', async () => {
    renderBoard();
    const answers = { 'ten-dollars-lower': { 'income-month': { direction: 'down' as const, size: 3 } } };
    const code = encodeAnswers(answers, model.declaration.version);
    await paste([`Ann: ${answered(2)}`, `Bea ${code}`].join('\n'));
    const cells = within(bodyRows()[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.textContent!.trim());
    expect(bodyRows()[1]!.querySelector('th')!.textContent!.trim()).toBe('Bea');
    expect(cells.slice(0, 3)).toEqual(['—', '—', 'answer code: no scenario']);
    expect(cells[3]).toContain('falls by 3.00 $bn/month; the model: falls by 2.24 $bn/month');
  });
});
