// Tests the model checks panel: each check with its scenarios and a pass or fail said in words, not colour alone.
import { screen } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import { modelChecks } from '../../../models/crude-leverage/checks.ts';
import { type CheckResult, runChecks } from '../../../src/analysis/model-checks.ts';
import { model } from '../../../src/app/model.ts';
import ModelChecks from '../../../src/app/results/ModelChecks.svelte';
import type { Language } from '../../../src/link/view-params.ts';

const results = runChecks(model, modelChecks);
const show = (given: readonly CheckResult[], lang: Language = 'en') =>
  renderInApp(ModelChecks, { checks: modelChecks, results: given }, { lang });

describe('ModelChecks', () => {
  it('lists every check with its title, scenario count and a written verdict', () => {
    show(results);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(modelChecks.length);
    expect(items[0]!.textContent).toContain('✓ Passed');
    expect(items[0]!.textContent).toContain('Income is never negative or undefined');
    expect(items[0]!.textContent).toContain('3,444 scenarios');
    expect(screen.getByText(/All 16 checks passed\./)).toBeTruthy();
    expect(screen.getByText(/17,883 scenarios in all/)).toBeTruthy();
  });

  it('shows the calibration against R1', () => {
    show(results);
    const r1 = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('July 2025 income'))!;
    expect(r1.textContent).toContain('Model 13.89 against 14.30: −2.9% off (allowed ±3%)');
  });

  it('shows the budget calibration table, with the 2025 outturn as a check and its error', () => {
    show(results);
    const rows = screen.getAllByRole('listitem').filter((li) => li.textContent?.includes('Budget'));
    expect(rows).toHaveLength(5);
    const outturn = rows.find((li) => li.textContent?.includes('2025 outturn'))!;
    expect(outturn.textContent).toContain('Budget check: 2025 outturn (a check, not fitted)');
    expect(outturn.textContent).toMatch(/Model 7\.61 against 8\.48: −10\.3% off \(allowed ±15%\)/);
  });

  it('says which check failed and where', () => {
    const broken = results.map((r) =>
      r.id === 'drop-lowers-income'
        ? { id: r.id, passed: false, evaluated: 3, failure: { scenario: { drop: -19 }, detail: 'totalIncome rose' } }
        : r,
    );
    show(broken);
    expect(screen.getByText(/1 of 16 checks failed\./)).toBeTruthy();
    const item = screen.getAllByRole('listitem').find((li) => li.textContent?.includes('✗ Failed'))!;
    expect(item.textContent).toContain('A bigger oil-price drop never raises income');
    expect(item.textContent).toContain('Fails at drop = -19: totalIncome rose');
  });

  it('speaks Traditional Chinese', () => {
    show(results, 'zh-Hant');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('模型檢查');
    expect(screen.getAllByRole('listitem')[0]!.textContent).toContain('✓ 通過');
    expect(screen.getByText(/全部16項檢查均通過/)).toBeTruthy();
  });
});
