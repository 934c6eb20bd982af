// Property over generated edited models: opening the link never throws, and `simulate` prints a report and exits 0.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crudeLeverageBundle, crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { runSimulate } from '../../src/cli/run-simulate.ts';
import { shipped } from '../../src/cli/shipped-model.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { keyToSymbol } from '../../src/engine/symbols.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { modelForLink } from '../../src/remix/model-for-link.ts';
import { type AddedParameter, type Remix, encodeRemix } from '../../src/remix/remix-format.ts';
import { buildScenarioReport } from '../../src/report/scenario-report.ts';
import { PROTOTYPE_KEYS } from '../remix/crafted-remixes.ts';

const standard = compileModel(crudeLeverageModel);

/** Names every object has (constructor, to-string, …) and a few ordinary ones. */
const keyArb = fc.constantFrom(...PROTOTYPE_KEYS.map(([key]) => key), 'extra', 'my-cost', 'k2');
/** Steps down to the smallest double, and ordinary ones. */
const stepArb = fc.constantFrom(Number.MIN_VALUE, 1e-300, 1e-25, 1e-9, 0.01, 0.5, 1, 5);
const parameterSymbols = ['drop', 'rub', 'uralsDiscount', 'india'];

const addedArb: fc.Arbitrary<AddedParameter> = fc
  .record({ key: keyArb, step: stepArb, min: fc.integer({ min: -10, max: 0 }), span: fc.integer({ min: 1, max: 20 }) })
  .map(({ key, step, min, span }) => ({
    key,
    label: key,
    unit: 'usd-per-bbl',
    min,
    max: min + span,
    step,
    default: min,
  }));

/** Urals edited to divide by (parameter − constant): by an added parameter, a slider, or one minus the other. */
function remixArb(): fc.Arbitrary<Remix> {
  return fc.array(addedArb, { maxLength: 3 }).chain((added) => {
    const symbols = [...parameterSymbols, ...added.map((p) => keyToSymbol(p.key))];
    return fc
      .record({
        over: fc.constantFrom(...symbols),
        minus: fc.constantFrom(...symbols),
        at: fc.integer({ min: -20, max: 100 }),
      })
      .map(({ over, minus, at }) => ({
        equations: { urals: `max(0, brentNow - uralsDiscount + 1 / (${over} - ${at}) + 1 / (${over} - ${minus}))` },
        added,
      }));
  });
}

/** Values for the link: each at a point where the division above may well be by zero. */
const valuesArb = fc.dictionary(
  fc.constantFrom('drop', 'rub', ...PROTOTYPE_KEYS.map(([key]) => key), 'extra'),
  fc.integer({ min: -20, max: 100 }),
  { maxKeys: 3 },
);

describe('generated edited models', { timeout: 120_000 }, () => {
  it('open without throwing, and simulate exits 0 with a report', () => {
    fc.assert(
      fc.property(remixArb(), valuesArb, fc.boolean(), (remix, values, withLesson) => {
        const rest = Object.entries(values).map(
          ([key, value]) => `&${key}=${value}${withLesson ? `&r.${key}=1_5` : ''}`,
        );
        const query = `?v=1&m=1&x=${encodeRemix(remix)}${rest.join('')}`;
        const chosen = modelForLink(standard, query);
        const decoded = decodeLink(chosen.model, query);
        encodeLink(chosen.model, { scenario: decoded.scenario, view: decoded.view, remix: null });
        buildScenarioReport(crudeLeverageBundle, chosen.model, decoded, { draws: 0, editProblem: chosen.remixProblem });
        const run = runSimulate(shipped, [query, '--draws', '20']);
        expect(run.stderr).toBe('');
        expect(run.exitCode).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report.model.edited).toBe(chosen.remixProblem === null);
      }),
      { numRuns: 40 },
    );
  });
});
