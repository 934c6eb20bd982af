// Tests choosing the model a link is about: standard, edited, or standard with a message when the edit is refused.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { modelForLink } from '../../src/remix/model-for-link.ts';
import { encodeRemix } from '../../src/remix/remix-format.ts';

const standard = compileModel(crudeLeverageModel);

describe('modelForLink', () => {
  it('uses the standard model for a link without an edit', () => {
    expect(modelForLink(standard, '?drop=10')).toEqual({ model: standard, remix: null, remixProblem: null });
  });

  it('uses the edited model and keeps its added parameter in a round trip', () => {
    const remix = {
      equations: { urals: 'max(0, brentNow - uralsDiscount - extraCost)' },
      added: [{ key: 'extra-cost', label: 'Extra', unit: 'usd-per-bbl', min: 0, max: 10, step: 1, default: 3 }],
    };
    const edited = modelForLink(standard, `?x=${encodeRemix(remix)}`);
    expect(edited.remix).toEqual(remix);
    const query = encodeLink(edited.model, {
      scenario: { ...edited.model.defaults, 'extra-cost': 7 },
      remix: encodeRemix(remix),
    });
    const reopened = modelForLink(standard, query);
    const decoded = decodeLink(reopened.model, query);
    expect(decoded.scenario['extra-cost']).toBe(7);
    expect(decoded.ignored).toEqual([]);
    expect(reopened.model.evaluate(decoded.scenario).urals).toBe(70 - 12 - 7);
  });

  it('falls back to the standard model with a message for a refused or damaged edit', () => {
    const refused = modelForLink(standard, `?x=${encodeRemix({ equations: { urals: 'config(1)' }, added: [] })}`);
    expect(refused.model).toBe(standard);
    expect(refused.remixProblem).toMatch(/config/);
    const damaged = modelForLink(standard, '?x=%%%garbage');
    expect(damaged.model).toBe(standard);
    expect(damaged.remixProblem).toMatch(/damaged/);
  });
});
