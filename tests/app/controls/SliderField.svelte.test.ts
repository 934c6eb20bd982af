// Tests one slider field: the paired number field clamps, snaps and ignores junk; names, value text, marks, source, and a lesson's lock and range.
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import SliderField from '../../../src/app/controls/SliderField.svelte';
import { model } from '../../../src/app/model.ts';
import { translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';
import { renderInApp } from '../../setup/render-in-app.ts';

function field(key: string, lang: Language = 'en', lesson: { locked?: boolean; range?: [number, number] } = {}) {
  const parameter = model.parameterByKey.get(key)!;
  const unit = model.declaration.units.find((u) => u.id === parameter.unit);
  const changes: number[] = [];
  const props = $state({
    parameter,
    unit,
    value: parameter.default,
    onchange: (value: number) => {
      changes.push(value);
      props.value = value;
    },
    ...lesson,
  });
  renderInApp(SliderField, props, { lang });
  const label = parameter.label[lang];
  return {
    props,
    changes,
    range: screen.getByRole('slider', { name: label }) as HTMLInputElement,
    number: screen.getByRole('spinbutton', {
      name: translator(lang)('controls.numberLabel', { label }),
    }) as HTMLInputElement,
  };
}

async function type(input: HTMLInputElement, text: string) {
  input.value = text;
  await fireEvent.change(input);
  await tick();
}

describe('SliderField number field', () => {
  it('sets the value typed in range', async () => {
    const { number, range, changes } = field('drop');
    await type(number, '15');
    expect(changes).toEqual([15]);
    expect(range.value).toBe('15');
    expect(number.value).toBe('15');
  });

  it('clamps a value above the maximum or below the minimum', async () => {
    const { number, range, changes } = field('drop');
    await type(number, '99');
    expect(range.value).toBe('40');
    expect(number.value).toBe('40');
    await type(number, '-50');
    expect(range.value).toBe('-20');
    expect(number.value).toBe('-20');
    expect(changes).toEqual([40, -20]);
  });

  it('keeps the current value when the text is not a number or is cleared', async () => {
    const { number, range, props } = field('drop');
    await type(number, '5');
    for (const junk of ['abc', '', '0x10', '1,5']) {
      await type(number, junk);
      expect(props.value, junk).toBe(5);
      expect(range.value).toBe('5');
      expect(number.value).toBe('5');
    }
  });

  it('snaps to the step', async () => {
    const drop = field('drop');
    await type(drop.number, '3.6');
    expect(drop.props.value).toBe(4);
    expect(drop.number.value).toBe('4');
  });

  it('snaps a fine-grained parameter to its two decimals', async () => {
    const india = field('india');
    await type(india.number, '1.234');
    expect(india.props.value).toBe(1.23);
    expect(india.range.value).toBe('1.23');
  });
});

describe('SliderField range input', () => {
  it('is named by its parameter key and labelled by its parameter label', () => {
    const { range } = field('tariff-india');
    expect(range.name).toBe('tariff-india');
    expect(range.min).toBe('0');
    expect(range.max).toBe('500');
    expect(range.step).toBe('5');
    expect(range.value).toBe('25');
  });

  it('reports its value to onchange as a number', async () => {
    const { range, changes } = field('drop');
    range.value = '10';
    await fireEvent.input(range);
    expect(changes).toEqual([10]);
  });

  it('speaks its value in words with the unit', async () => {
    const { range, props } = field('drop');
    expect(range.getAttribute('aria-valuetext')).toBe('0 US dollars a barrel');
    props.value = 10;
    await tick();
    expect(range.getAttribute('aria-valuetext')).toBe('10 US dollars a barrel');
    expect(range.getAttribute('aria-valuetext')).not.toMatch(/\$/);
  });

  it('speaks percent and million barrels a day', () => {
    expect(field('tariff-india').range.getAttribute('aria-valuetext')).toBe('25 percent');
    expect(field('china').range.getAttribute('aria-valuetext')).toBe('2.00 million barrels a day');
  });

  it('speaks Traditional Chinese when the page is in Chinese', () => {
    const { range } = field('drop', 'zh-Hant');
    expect(range.getAttribute('aria-valuetext')).toBe('0美元每桶');
  });

  it('is described by its note, which names the source and the default', () => {
    const { range } = field('drop');
    const note = document.getElementById(range.getAttribute('aria-describedby')!)!;
    expect(note.textContent).toContain('Default 0 $/bbl');
    expect(note.textContent).toContain('Source');
    expect(screen.getByRole('link', { name: 'P3' }).getAttribute('href')).toBe('#source-P3');
  });

  it('labels an unsourced default as an assumption in words', () => {
    field('products-crack');
    expect(screen.getByText('assumption')).toBeTruthy();
  });
});

describe('SliderField marks', () => {
  it('sets the marked value and shows it as pressed', async () => {
    const { changes } = field('drop');
    const mark = screen.getByRole('button', { name: '$10 lower' });
    expect(mark.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(mark);
    await tick();
    expect(changes).toEqual([10]);
    expect(mark.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('SliderField in a lesson', () => {
  it('is disabled when locked, says so in words and still shows its value', () => {
    const { range, number, props } = field('drop', 'en', { locked: true });
    props.value = 10;
    expect(range.disabled).toBe(true);
    expect(number.disabled).toBe(true);
    expect(screen.getByText('Locked by your teacher')).toBeTruthy();
    expect(range.getAttribute('aria-describedby')).toContain('param-drop-locked');
    expect((screen.getByRole('button', { name: '$10 lower' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('is not locked by default', () => {
    const { range, number } = field('drop');
    expect(range.disabled || number.disabled).toBe(false);
    expect(screen.queryByText('Locked by your teacher')).toBeNull();
  });

  it('takes a narrower range as min and max, and clamps typed values into it', async () => {
    const { range, number, changes } = field('drop', 'en', { range: [0, 10] });
    expect([range.min, range.max, number.min, number.max]).toEqual(['0', '10', '0', '10']);
    await type(number, '25');
    await type(number, '-5');
    expect(changes).toEqual([10, 0]);
  });

  it('leaves out marks outside the narrower range', () => {
    field('drop', 'en', { range: [-5, 5] });
    expect(screen.queryByRole('button', { name: '$10 lower' })).toBeNull();
  });
});

describe('SliderField in Chinese for an amount in USD bn', () => {
  it('shows and takes the exact value in 億, the unit of its label, and keeps USD bn in the model', async () => {
    // India's exports to the US: default 86.5 USD bn a year = 865億美元.
    const { number, range, changes } = field('india-exports-us', 'zh-Hant');
    expect(number.value).toBe('865');
    expect(range.value).toBe('86.5');
    expect(document.body.textContent).toContain('865億美元/年');
    expect(document.body.textContent).not.toContain('十億');
    await type(number, '900');
    expect(changes).toEqual([90]);
    expect(number.value).toBe('900');
    // The step is 0.5 USD bn = 5億: 903 snaps to 905 (90.5 bn); above the 150 bn maximum clamps to 1,500億.
    await type(number, '903');
    expect(changes.at(-1)).toBe(90.5);
    expect(number.value).toBe('905');
    await type(number, '99999');
    expect(changes.at(-1)).toBe(150);
    expect(number.value).toBe('1500');
    await type(number, '0x10');
    expect(changes.at(-1)).toBe(150);
  });
});
