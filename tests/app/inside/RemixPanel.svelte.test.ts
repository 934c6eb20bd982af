// Tests the Remix panel's limits: it stops at the number of added parameters a link carries, and says so.
import { fireEvent, screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../../models/crude-leverage/index.ts';
import RemixPanel from '../../../src/app/inside/RemixPanel.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import '../../../src/i18n/register-details-messages.ts';
import { translator } from '../../../src/i18n/translate.ts';
import { applyRemix } from '../../../src/remix/apply-remix.ts';
import { MAX_ADDED, encodeRemix } from '../../../src/remix/remix-format.ts';
import { ELEVEN_ADDED } from '../../remix/crafted-remixes.ts';

let lastSimulator: Simulator | null = null;

function renderWith(count: number) {
  const remix = { equations: {}, added: ELEVEN_ADDED.added.slice(0, count) };
  const simulator = new Simulator(model);
  if (count > 0) {
    const applied = applyRemix(crudeLeverageModel, remix);
    if (!applied.ok) throw new Error(applied.problems.join('; '));
    simulator.useModel(applied.model, remix, encodeRemix(remix));
  }
  lastSimulator = simulator;
  renderInApp(RemixPanel, { deliberate: (change: () => void) => change() }, { simulator, t: translator('en') });
  return screen.getByRole('button', { name: 'Add parameter' }) as HTMLButtonElement;
}

describe('RemixPanel', () => {
  it('lets a tenth parameter be added', () => {
    expect(MAX_ADDED).toBe(10);
    expect(renderWith(9).disabled).toBe(false);
    expect(document.body.textContent).not.toContain('A link carries at most');
  });

  it('stops at ten added parameters, the most a link carries, and says so', () => {
    const button = renderWith(10);
    expect(button.disabled).toBe(true);
    expect(document.body.textContent).toContain('A link carries at most 10 added parameters, and this edit has 10.');
  });

  it('adds a parameter typed as "constructor" and writes it into the page\'s link', async () => {
    renderWith(0);
    const simulator = lastSimulator!;
    const key = screen.getByRole('textbox', { name: /^Key/ }) as HTMLInputElement;
    await fireEvent.input(key, { target: { value: 'constructor' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add parameter' }));
    expect(simulator.model.parameterByKey.has('constructor')).toBe(true);
    expect(simulator.scenario.constructor).toBe(0);
    simulator.set('constructor', 4);
    expect(new URLSearchParams(simulator.query).get('constructor')).toBe('4');
  });
});
