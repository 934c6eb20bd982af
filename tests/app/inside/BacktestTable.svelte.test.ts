// Tests the backtest table on the model-checks panel: it shows the same figures as `simulate --timeline`, in both languages.
import { screen, within } from '@testing-library/svelte';
import { renderInApp } from '../../setup/render-in-app.ts';
import { describe, expect, it } from 'vitest';
import '../../../src/i18n/register-details-messages.ts';
import { timelineReport } from '../../../src/analysis/backtest-report.ts';
import BacktestTable from '../../../src/app/inside/BacktestTable.svelte';
import { model } from '../../../src/app/model.ts';
import { translator } from '../../../src/i18n/translate.ts';
import type { Language } from '../../../src/link/view-params.ts';

const report = timelineReport(model);
const show = (lang: Language = 'en', given = report) =>
  renderInApp(BacktestTable, { report: given }, { lang, t: translator(lang) });
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('BacktestTable', () => {
  it('has one row a month with the report’s model, published figure, error and sources', () => {
    show();
    const rows = bodyRows();
    expect(rows).toHaveLength(report.months.length);
    const july = rows[6]!;
    expect(within(july).getByRole('rowheader').textContent).toBe('July 2025');
    const cells = within(july)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    const row = report.months[6]!;
    expect(cells).toEqual([
      `$${row.model!.toFixed(2)}bn`,
      `$${row.published!.toFixed(2)}bn`,
      `${row.errorPct! > 0 ? '+' : '\u2212'}${Math.abs(row.errorPct!).toFixed(1)}%`,
      row.sources.join(', '),
    ]);
  });

  it('marks a published figure that is derived (June), in words', () => {
    show();
    expect(within(bodyRows()[5]!).getAllByRole('cell')[1]!.textContent?.trim()).toBe('$13.40bn (derived)');
    expect(within(bodyRows()[6]!).getAllByRole('cell')[1]!.textContent?.trim()).toBe('$14.30bn');
  });

  it('says in words where a figure was not published or a month could not be run', () => {
    show();
    const february = within(bodyRows()[1]!).getAllByRole('cell');
    expect(february[0]!.textContent).toBe('no price published');
    expect(february[1]!.textContent?.trim()).toBe('not published');
    expect(february[2]!.textContent).toBe('—');
  });

  it('states the mean absolute error, how many months it covers and the worst month, with the reason', () => {
    show();
    const mae = report.meanAbsErrorPct!.toFixed(1);
    expect(screen.getByText(new RegExp(`Mean absolute error: ${mae}% over the 6 months`))).toBeTruthy();
    expect(screen.getByText(/The worst month is November 2025/)).toBeTruthy();
    expect(screen.getByText(/Why November: the model prices refined products at Brent less \$6/)).toBeTruthy();
  });

  it('gives no reason when another month is the worst', () => {
    show('en', { ...report, worstMonth: '2025-09' });
    expect(screen.getByText(/The worst month is September 2025/)).toBeTruthy();
    expect(screen.queryByText(/Why November/)).toBeNull();
  });

  it('speaks Traditional Chinese, amounts in 億美元', () => {
    show('zh-Hant');
    expect(screen.getByRole('heading', { name: '回測：2025年各月' })).toBeTruthy();
    const july = bodyRows()[6]!;
    expect(within(july).getByRole('rowheader').textContent).toBe('2025年7月');
    expect(within(july).getAllByRole('cell')[1]!.textContent).toBe('143.0億美元');
    expect(screen.getByText(/平均絕對誤差：在有公布數字的6個月中/)).toBeTruthy();
  });
});
