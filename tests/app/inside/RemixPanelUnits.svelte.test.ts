// Tests the Remix panel's unit choice: every unit is named in the page's language, none by its internal id.
import { screen, within } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import RemixPanel from '../../../src/app/inside/RemixPanel.svelte';
import { model } from '../../../src/app/model.ts';
import { Simulator } from '../../../src/app/simulator.svelte.ts';
import '../../../src/i18n/register-details-messages.ts';
import { ensureLanguage, translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';

async function unitOptions(lang: Language): Promise<string[]> {
  await ensureLanguage(lang);
  const simulator = new Simulator(model);
  simulator.lang = lang;
  const t = translator(lang);
  renderInApp(RemixPanel, { deliberate: (change: () => void) => change() }, { simulator, t });
  const select = screen.getByRole('combobox', { name: t('remix.unit') });
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('RemixPanel units', () => {
  it('names the unitless share in Chinese, not by its id "share"', async () => {
    const options = await unitOptions('zh-Hant');
    expect(options).toHaveLength(model.declaration.units.length);
    expect(options).toContain('無單位（比例，例如0.25）');
    expect(options).toContain('億美元/月');
    for (const option of options) expect(option, option).not.toMatch(/[a-z]{3,}/);
  });

  it('names it in English words too', async () => {
    const options = await unitOptions('en');
    expect(options).toContain('none (a share, such as 0.25)');
    expect(options).not.toContain('share');
  });
});
