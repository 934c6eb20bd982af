// Tests the Remix panel's limits: it stops at the number of added parameters a link carries, and says so.
import { render, screen } from '@testing-library/svelte';
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

function renderWith(count: number) {
  const remix = { equations: {}, added: ELEVEN_ADDED.added.slice(0, count) };
  const simulator = new Simulator(model);
  if (count > 0) {
    const applied = applyRemix(crudeLeverageModel, remix);
    if (!applied.ok) throw new Error(applied.problems.join('; '));
    simulator.useModel(applied.model, remix, encodeRemix(remix));
  }
  render(RemixPanel, { simulator, t: translator('en'), deliberate: (change: () => void) => change() });
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
});
