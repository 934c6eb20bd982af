// Tests that links made with version 1 of the shipped model open to the same parameter values in version 2.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';

const model = compileModel(crudeLeverageModel);
/** What version 1 computed for India stopping (hand sum in tests/models/crude-leverage/equations.test.ts). */
const V1_INDIA_STOPS_USD_M_PER_DAY = 393.6;

describe('a version-1 link', () => {
  it('opens with no world-price response and no market repricing, as version 1 computed', () => {
    const decoded = decodeLink(model, 'v=1&m=1&india=0');
    expect(decoded.scenario).toMatchObject({ india: 0, 'price-response': 0, 'market-repricing': 0 });
    expect(decoded.fromOlderModel).toBe(true);
    expect(model.evaluate(decoded.scenario).totalIncome).toBeCloseTo(V1_INDIA_STOPS_USD_M_PER_DAY, 9);
  });

  it('gives its response-cut and response-discount to both India and China', () => {
    const { scenario, ignored } = decodeLink(model, 'v=1&m=1&response-cut=20&response-discount=1.5');
    expect(scenario).toMatchObject({
      'india-response-cut': 20,
      'china-response-cut': 20,
      'india-response-discount': 1.5,
      'china-response-discount': 1.5,
    });
    expect(ignored).toEqual([]);
  });

  it('turns products-discount into a crack of the opposite sign, in the scenario, the pinned one and a lesson range', () => {
    const decoded = decodeLink(
      model,
      'v=1&m=1&products-discount=4&a=1&a.products-discount=-2.5&r.products-discount=2_8',
    );
    expect(decoded.scenario['products-crack']).toBe(-4);
    expect(decoded.pinned?.['products-crack']).toBe(2.5);
    expect(decoded.view.lesson.ranges['products-crack']).toEqual([-8, -2]);
  });

  it('follows a split key in a lesson lock list', () => {
    const decoded = decodeLink(model, 'v=1&m=1&lock=response-cut,drop');
    expect(decoded.view.lesson.locked).toEqual(['drop', 'india-response-cut', 'china-response-cut']);
  });

  it('keeps a text that is not a number as it is, so decoding reports it', () => {
    const decoded = decodeLink(model, 'v=1&m=1&products-discount=abc');
    expect(decoded.scenario['products-crack']).toBe(-6);
    expect(decoded.adjusted.map((a) => a.key)).toContain('products-crack');
  });

  it('is written back as a version-2 link that means the same scenario', () => {
    const decoded = decodeLink(model, 'v=1&m=1&india=0&response-cut=5');
    const again = decodeLink(model, encodeLink(model, { scenario: decoded.scenario }));
    expect(again.scenario).toEqual(decoded.scenario);
    expect(again.fromOlderModel).toBe(false);
  });
});
