// Tests the Assumptions panel under a lesson: a basic lesson leaves it out, as does one that hides all it holds.
import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AssumptionsPanel from '../../../src/app/controls/AssumptionsPanel.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { renderInApp } from '../../setup/render-in-app.ts';

function renderPanel(link: string) {
  const simulator = new Simulator(model);
  simulator.openLink(link, { announce: false });
  return renderInApp(AssumptionsPanel, {}, { simulator, t: translator('en') });
}

describe('AssumptionsPanel', () => {
  it('is there without a lesson', () => {
    const { container } = renderPanel('');
    expect(container.querySelector('details#assumptions')).not.toBeNull();
    expect(screen.getAllByRole('slider', { hidden: true }).length).toBeGreaterThan(10);
  });

  it('is left out in basic mode', () => {
    const { container } = renderPanel('mode=basic');
    expect(container.querySelector('details')).toBeNull();
    expect(screen.queryAllByRole('slider', { hidden: true })).toHaveLength(0);
  });

  it('is left out when the lesson hides every assumption', () => {
    const hidden = model.declaration.parameters.filter((p) => p.group !== 'headline').map((p) => p.key);
    expect(renderPanel(`hide=${hidden.join(',')}`).container.querySelector('details')).toBeNull();
  });

  it('leaves out a hidden assumption only', () => {
    renderPanel('hide=brent&lock=rub');
    expect(
      screen.queryByRole('slider', { hidden: true, name: model.parameterByKey.get('brent')!.label.en }),
    ).toBeNull();
    expect(
      (
        screen.getByRole('slider', {
          hidden: true,
          name: model.parameterByKey.get('rub')!.label.en,
        }) as HTMLInputElement
      ).disabled,
    ).toBe(true);
  });
});
