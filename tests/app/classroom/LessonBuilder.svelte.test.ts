// Tests the lesson builder: the link and QR code for a chosen configuration, copying, previewing and leaving a lesson.
import { fireEvent, screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LessonBuilder from '../../../src/app/classroom/LessonBuilder.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import { applyRemix } from '../../../src/remix/apply-remix.ts';
import { encodeRemix } from '../../../src/remix/remix-format.ts';
import { LONG_VALID, prototypeNamed } from '../../remix/crafted-remixes.ts';

const PAGE = 'https://example.org/crude-leverage/';
const exercises = [
  { id: 'ten-lower-why', title: 'Why $10 lower matters' },
  { id: 'india-stops', title: 'If India stops buying' },
];
const label = (key: string) => model.parameterByKey.get(key)!.label.en;

function renderBuilder(prepare: (simulator: Simulator) => void = () => {}) {
  const simulator = new Simulator(model);
  prepare(simulator);
  const onapply = vi.fn((query: string) => simulator.openLink(query, { announce: false }));
  renderInApp(LessonBuilder, { exercises, onapply, pageUrl: PAGE }, { simulator, t: translator('en') });
  const link = () => (screen.getByRole('textbox', { name: 'Lesson link' }) as HTMLInputElement).value;
  return { simulator, onapply, link };
}

async function choose(name: string, value: string) {
  const select = screen.getByRole('combobox', { name }) as HTMLSelectElement;
  select.value = value;
  await fireEvent.change(select);
  await tick();
}

async function typeInto(name: string, text: string) {
  const input = screen.getByRole('spinbutton', { name }) as HTMLInputElement;
  input.value = text;
  await fireEvent.input(input);
  await tick();
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.restoreAllMocks();
});

describe('LessonBuilder', () => {
  it('starts with the page as it is: the current values and no lesson', () => {
    const { link } = renderBuilder((simulator) => simulator.set('drop', 10));
    expect(link()).toBe(`${PAGE}?v=1&m=2&drop=10`);
  });

  it('produces the query for a chosen lesson, without navigating', async () => {
    const { link, onapply } = renderBuilder((simulator) => simulator.set('drop', 10));
    await choose(`${label('drop')}: what students may do`, 'locked');
    await choose(`${label('brent')}: what students may do`, 'hidden');
    await typeInto(`${label('india')}: lowest value students may set`, '1');
    await typeInto(`${label('india')}: highest value students may set`, '2');
    await choose('Sliders shown', 'basic');
    await choose('Language of the lesson', 'zh-Hant');
    await choose('Exercise', 'ten-lower-why');
    expect(link()).toBe(
      `${PAGE}?v=1&m=2&drop=10&lang=zh-Hant&mode=basic&lock=drop&hide=brent&r.india=1_2&ex=ten-lower-why`,
    );
    expect(onapply).not.toHaveBeenCalled();
  });

  it('opens the same lesson in the presenter view, and prints its worksheet and answer key through onprint', async () => {
    const simulator = new Simulator(model);
    simulator.set('drop', 10);
    const onprint = vi.fn();
    renderInApp(LessonBuilder, { exercises, onprint, pageUrl: PAGE }, { simulator, t: translator('en') });
    await choose('Exercise', 'india-stops');
    const lessonLink = `${PAGE}?v=1&m=2&drop=10&ex=india-stops`;
    const present = screen.getByRole('link', { name: 'Present' });
    expect(present.getAttribute('href')).toBe(`${lessonLink}&present=1`);
    expect(present.getAttribute('target')).toBe('_blank');
    await fireEvent.click(screen.getByRole('button', { name: 'Print answer key' }));
    expect(onprint).toHaveBeenLastCalledWith({
      kind: 'answer-key',
      scenario: expect.objectContaining({ drop: 10 }),
      exerciseId: 'india-stops',
      link: lessonLink,
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Print worksheet' }));
    expect(onprint).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'worksheet', link: lessonLink }));
  });

  it('moves a starting value into its range, takes the slider end for an empty end, and disables ranges of locked sliders', async () => {
    const { link } = renderBuilder();
    await typeInto(`${label('india')}: lowest value students may set`, '1.8');
    expect(link()).toBe(`${PAGE}?v=1&m=2&india=1.8&r.india=1.8_2.5`);
    await choose(`${label('india')}: what students may do`, 'locked');
    expect(
      (screen.getByRole('spinbutton', { name: `${label('india')}: lowest value students may set` }) as HTMLInputElement)
        .disabled,
    ).toBe(true);
    expect(link()).toBe(`${PAGE}?v=1&m=2&lock=india`);
  });

  it('leaves out a reversed range', async () => {
    const { link } = renderBuilder();
    await typeInto(`${label('drop')}: lowest value students may set`, '10');
    await typeInto(`${label('drop')}: highest value students may set`, '5');
    expect(link()).toBe(`${PAGE}?v=1&m=2`);
  });

  it('shows the link as a QR code', async () => {
    const { link } = renderBuilder();
    await choose('Sliders shown', 'basic');
    const svg = screen.getByRole('img', { name: 'QR code of the lesson link' });
    expect(link()).toBe(`${PAGE}?v=1&m=2&mode=basic`);
    expect(Number(svg.getAttribute('data-modules'))).toBeGreaterThan(20);
  });

  it('copies the link', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { link } = renderBuilder();
    await fireEvent.click(screen.getByRole('button', { name: 'Copy lesson link' }));
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Lesson link copied.'));
    expect(writeText).toHaveBeenCalledWith(link());
  });

  it('previews the lesson on the page through onapply, then leaves it', async () => {
    const { simulator, onapply } = renderBuilder((s) => s.set('drop', 10));
    await choose(`${label('drop')}: what students may do`, 'locked');
    expect(screen.queryByRole('button', { name: 'Leave lesson mode' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Preview as student' }));
    expect(onapply).toHaveBeenLastCalledWith('v=1&m=2&drop=10&lock=drop');
    expect(simulator.lesson.locked).toEqual(['drop']);
    await tick();
    await fireEvent.click(screen.getByRole('button', { name: 'Leave lesson mode' }));
    expect(onapply).toHaveBeenLastCalledWith('v=1&m=2&drop=10');
    expect(simulator.lesson.locked).toEqual([]);
  });

  it('starts from the lesson the page is in', () => {
    const { link } = renderBuilder((s) =>
      s.openLink('drop=5&lock=drop&hide=rub&r.china=1_3&mode=basic&ex=india-stops', { announce: false }),
    );
    expect(link()).toBe(`${PAGE}?v=1&m=2&drop=5&mode=basic&lock=drop&hide=rub&r.china=1_3&ex=india-stops`);
    expect((screen.getByRole('combobox', { name: 'Exercise' }) as HTMLSelectElement).value).toBe('india-stops');
  });

  it('says why there is no QR code when a valid edited model makes the link too long, instead of throwing', () => {
    const applied = applyRemix(crudeLeverageModel, LONG_VALID);
    if (!applied.ok) throw new Error(applied.problems.join('; '));
    const { link } = renderBuilder((simulator) =>
      simulator.useModel(applied.model, LONG_VALID, encodeRemix(LONG_VALID)),
    );
    expect(link().length).toBeGreaterThan(2331);
    expect(screen.queryByRole('img', { name: 'QR code of the lesson link' })).toBeNull();
    expect(document.body.textContent).toContain(
      `No QR code: this link is ${link().length} characters long, more than a QR code can hold.`,
    );
  });

  it('writes a lesson range for an added parameter named "constructor"', async () => {
    const remix = prototypeNamed('constructor', 'constructor');
    const applied = applyRemix(crudeLeverageModel, remix);
    if (!applied.ok) throw new Error(applied.problems.join('; '));
    const { link } = renderBuilder((simulator) => simulator.useModel(applied.model, remix, encodeRemix(remix)));
    await typeInto('constructor: lowest value students may set', '2');
    expect(new URL(link()).searchParams.get('r.constructor')).toBe('2_10');
  });

  describe('on a page opened from disk', () => {
    const FILE = 'file:///home/teacher/crude-leverage-offline.html';
    const renderFromDisk = (publicUrl: string | null) => {
      renderInApp(
        LessonBuilder,
        { exercises, pageUrl: FILE, publicUrl },
        { simulator: new Simulator(model), t: translator('en') },
      );
      return (screen.getByRole('textbox', { name: 'Lesson link' }) as HTMLInputElement).value;
    };

    it('points the link and the QR code at the public address the build was given, and says so', () => {
      const link = renderFromDisk(PAGE);
      expect(link.startsWith(`${PAGE}?`)).toBe(true);
      expect(link).not.toContain('file:');
      expect(screen.getByRole('img', { name: 'QR code of the lesson link' })).toBeTruthy();
      expect(document.querySelector('.offline-address')!.textContent).toContain(
        `the simulator’s public address instead: ${PAGE}`,
      );
    });

    it('without a public address, explains that students need the online address or the file, and shows no QR code', () => {
      const link = renderFromDisk(null);
      expect(link.startsWith(`${FILE}#`)).toBe(true);
      expect(screen.queryByRole('img', { name: 'QR code of the lesson link' })).toBeNull();
      expect(document.querySelector('.offline-address')!.textContent).toContain(
        'students need the simulator’s online address, or a copy of this file',
      );
    });

    it('on a page served from a site, ignores the public address', () => {
      renderInApp(
        LessonBuilder,
        { exercises, pageUrl: PAGE, publicUrl: 'https://elsewhere.example/' },
        { simulator: new Simulator(model), t: translator('en') },
      );
      expect((screen.getByRole('textbox', { name: 'Lesson link' }) as HTMLInputElement).value.startsWith(PAGE)).toBe(
        true,
      );
      expect(document.querySelector('.offline-address')).toBeNull();
    });
  });
});
