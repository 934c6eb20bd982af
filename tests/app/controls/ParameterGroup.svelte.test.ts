// Tests a group of sliders under a lesson: hidden sliders are absent, locked ones disabled and refused by the simulator.
import { fireEvent, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import ParameterGroup from '../../../src/app/controls/ParameterGroup.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { renderInApp } from '../../setup/render-in-app.ts';

const t = translator('en');
const group = (id: string) => model.declaration.groups.find((g) => g.id === id)!;
const label = (key: string) => model.parameterByKey.get(key)!.label.en;

function renderGroup(link: string, id = 'headline') {
  const simulator = new Simulator(model);
  simulator.openLink(link, { announce: false });
  return renderInApp(ParameterGroup, { group: group(id) }, { simulator, t });
}

describe('ParameterGroup under a lesson', () => {
  it('does not render hidden sliders at all', () => {
    const { container } = renderGroup('hide=india,tariff-china');
    expect(screen.queryByRole('slider', { name: label('india') })).toBeNull();
    expect(container.querySelector('[name="india"]')).toBeNull();
    expect(container.textContent).not.toContain(label('india'));
    expect(screen.getByRole('slider', { name: label('drop') })).toBeTruthy();
    expect(screen.getAllByRole('slider')).toHaveLength(3);
  });

  it('renders nothing for a group whose sliders are all hidden', () => {
    const { container } = renderGroup(
      'hide=brent,urals-discount,sanctions-discount,espo-discount,products-crack',
      'prices',
    );
    expect(container.querySelector('fieldset')).toBeNull();
  });

  it('shows a locked slider with its value, disabled, and the simulator refuses to move it', async () => {
    const { simulator } = renderGroup('drop=10&lock=drop');
    const range = screen.getByRole('slider', { name: label('drop') }) as HTMLInputElement;
    expect(range.disabled).toBe(true);
    expect(range.value).toBe('10');
    expect(screen.getByText('Locked by your teacher')).toBeTruthy();
    range.value = '20';
    await fireEvent.input(range);
    simulator.set('drop', 30);
    await tick();
    expect(simulator.scenario.drop).toBe(10);
    expect(range.value).toBe('10');
    expect(simulator.lastChanged).toBeNull();
  });

  it('refuses to move a hidden slider too', () => {
    const { simulator } = renderGroup('hide=drop');
    simulator.set('drop', 30);
    expect(simulator.scenario.drop).toBe(0);
  });

  it('sets a narrower range on the inputs and clamps moves into it', async () => {
    const { simulator } = renderGroup('r.tariff-india=0_100');
    const range = screen.getByRole('slider', { name: label('tariff-india') }) as HTMLInputElement;
    expect([range.min, range.max]).toEqual(['0', '100']);
    simulator.set('tariff-india', 300);
    await tick();
    expect(simulator.scenario['tariff-india']).toBe(100);
    expect(range.value).toBe('100');
  });

  it('keeps locked and hidden values through a preset and a reset; free ones follow', () => {
    const { simulator } = renderGroup('drop=15&india=1&lock=drop&hide=india&r.china=1_3');
    simulator.apply({ drop: 10, india: 0, china: 4, 'tariff-china': 50 });
    expect(simulator.scenario).toMatchObject({ drop: 15, india: 1, china: 3, 'tariff-china': 50 });
    simulator.reset();
    expect(simulator.scenario).toEqual({ ...model.defaults, drop: 15, india: 1 });
  });

  it('keeps the lesson in the simulator query', () => {
    const { simulator } = renderGroup('drop=15&lock=drop&mode=basic&ex=ten-lower');
    expect(simulator.query).toBe('v=1&m=2&drop=15&mode=basic&lock=drop&ex=ten-lower');
  });
});
