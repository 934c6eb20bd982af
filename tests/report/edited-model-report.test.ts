// Tests the report of a link that carries an edited model: flagged, decomposed completely, or refused with a reason.
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink } from '../../src/link/link-format.ts';
import { modelForLink } from '../../src/remix/model-for-link.ts';
import { encodeRemix } from '../../src/remix/remix-format.ts';
import { buildScenarioReport } from '../../src/report/scenario-report.ts';

const standard = compileModel(crudeLeverageModel);

function reportOf(query: string) {
  const { model, remixProblem } = modelForLink(standard, query);
  return buildScenarioReport(crudeLeverageBundle, model, decodeLink(model, query), {
    draws: 0,
    editProblem: remixProblem,
  });
}

describe('the report of an edited model', () => {
  it('is flagged as edited and accounts for every part of the change', () => {
    // Urals now falls with a weaker rouble, so `rub` (in no shipped group) moves income.
    const remix = encodeRemix({
      equations: { urals: 'max(0, brentNow - uralsDiscount - (rub - 80) / 10)' },
      added: [],
    });
    const report = reportOf(`?x=${remix}&rub=100&drop=5`);
    expect(report.model.edited).toBe(true);
    expect(report.model.editProblem).toBeNull();
    expect(report.prices.urals).toBe(70 - 5 - 12 - 2);
    const parts = Object.values(report.decomposition.parts);
    expect(parts.reduce((sum, part) => sum + part, 0)).toBeCloseTo(report.change.usdBnPerMonth, 12);
    expect(report.decomposition.parts['other-settings']).toBeLessThan(0);
  });

  it('falls back to the standard model and says why when the edit is refused', () => {
    const remix = encodeRemix({ equations: { urals: 'config({})' }, added: [] });
    const report = reportOf(`?x=${remix}`);
    expect(report.model.edited).toBe(false);
    expect(report.model.editProblem).toMatch(/config/);
    expect(report.month.total).toBe(report.baseline.month.total);
  });
});
