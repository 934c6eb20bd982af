// Tests link migration: links made with an older model version keep the defaults and keys of that version.
import { describe, expect, it } from 'vitest';
import { compileModel } from '../../src/engine/compile-model.ts';
import type { ModelVersionChange } from '../../src/engine/types.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';

const note = { en: 'test change', 'zh-Hant': '測試變更' };
/** The shipped model declared as `version`, with `history` saying what earlier versions did differently. */
const modelAt = (version: number, history: ModelVersionChange[]) =>
  compileModel({ ...crudeLeverageModel, version, history });

describe('a default that changed between versions 1 and 2', () => {
  // Version 1 defaulted drop to 5 and reroute-share to 40; version 2 defaults them to 0 and 50.
  const model = modelAt(2, [{ version: 1, defaults: { drop: 5, 'reroute-share': 40 }, note }]);

  it('fills in the old defaults for a version-1 link that lacks those keys', () => {
    const decoded = decodeLink(model, 'v=1&m=1');
    expect(decoded.scenario).toEqual({ ...model.defaults, drop: 5, 'reroute-share': 40 });
    expect(decoded).toMatchObject({ modelVersion: 1, fromOlderModel: true, adjusted: [], ignored: [] });
  });

  it('keeps a value the old link did carry', () => {
    expect(decodeLink(model, 'v=1&m=1&drop=7').scenario).toMatchObject({ drop: 7, 'reroute-share': 40 });
  });

  it('fills the pinned scenario too when the old link has one', () => {
    const decoded = decodeLink(model, 'v=1&m=1&a=1&a.brent=80');
    expect(decoded.pinned).toEqual({ ...model.defaults, drop: 5, 'reroute-share': 40, brent: 80 });
  });

  it('fills the pinned scenario when it is given by a.<key> alone, as decodeLink accepts', () => {
    const decoded = decodeLink(model, 'v=1&m=1&a.brent=80');
    expect(decoded.pinned).toEqual({ ...model.defaults, drop: 5, 'reroute-share': 40, brent: 80 });
  });

  it('pins nothing for an old link whose only a.<key> names no parameter, as for a new link', () => {
    expect(decodeLink(model, 'v=1&m=2&a.foo=1').pinned).toBeNull();
    expect(decodeLink(model, 'v=1&m=1&a.foo=1').pinned).toBeNull();
  });

  it('does not treat __proto__, constructor or toString as renamed keys of an old link', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const decoded = decodeLink(model, 'v=1&m=1&__proto__=1&constructor=2&toString=x');
    expect(decoded.ignored).toEqual(['__proto__', 'constructor', 'toString']);
    expect(decoded.scenario).toEqual({ ...model.defaults, drop: 5, 'reroute-share': 40 });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  });

  it('leaves a version-2 link and a link without a version alone', () => {
    expect(decodeLink(model, 'v=1&m=2')).toMatchObject({ scenario: model.defaults, fromOlderModel: false });
    expect(decodeLink(model, 'v=1')).toMatchObject({
      scenario: model.defaults,
      modelVersion: null,
      fromOlderModel: false,
    });
  });

  it('writes m=2 and reads its own links back unchanged', () => {
    const scenario = { ...model.defaults, drop: 12 };
    const link = encodeLink(model, { scenario });
    expect(link).toBe('v=1&m=2&drop=12');
    expect(decodeLink(model, link)).toMatchObject({ scenario, fromOlderModel: false });
  });

  it('clamps an old default that the new range no longer allows', () => {
    // Say version 1 let india go to 3 mb/d by default; today's max is 2.5.
    const narrowed = modelAt(2, [{ version: 1, defaults: { india: 3 }, note }]);
    const decoded = decodeLink(narrowed, 'm=1');
    expect(decoded.scenario.india).toBe(2.5);
    expect(decoded.adjusted).toEqual([{ key: 'india', given: '3', used: 2.5, reason: 'above-max' }]);
  });
});

describe('several versions', () => {
  // Version 1 defaulted drop to 5, version 2 to 8, version 3 (today) to 0. History is newest first.
  const model = modelAt(3, [
    { version: 2, defaults: { drop: 8 }, note },
    { version: 1, defaults: { drop: 5 }, note },
  ]);

  it('uses the default of the version the link was made with', () => {
    expect(decodeLink(model, 'm=1').scenario.drop).toBe(5);
    expect(decodeLink(model, 'm=2').scenario.drop).toBe(8);
    expect(decodeLink(model, 'm=3').scenario.drop).toBe(0);
  });
});

describe('a renamed key', () => {
  // Version 1 called drop "oil-drop"; version 2 renamed it.
  const model = modelAt(2, [{ version: 1, defaults: {}, renamed: { 'oil-drop': 'drop' }, note }]);

  it('follows the rename in the scenario and the pinned scenario', () => {
    const decoded = decodeLink(model, 'v=1&m=1&oil-drop=10&a=1&a.oil-drop=3');
    expect(decoded.scenario.drop).toBe(10);
    expect(decoded.pinned?.drop).toBe(3);
    expect(decoded.ignored).toEqual([]);
  });

  it('does not rename in a link made after the rename', () => {
    const decoded = decodeLink(model, 'v=1&m=2&oil-drop=10');
    expect(decoded.scenario.drop).toBe(0);
    expect(decoded.ignored).toEqual(['oil-drop']);
  });

  it('carries an old default across a later rename', () => {
    // Version 1 defaulted "old-drop" to 5; version 2 renamed it to drop; version 3 is today.
    const renamedLater = modelAt(3, [
      { version: 2, defaults: {}, renamed: { 'old-drop': 'drop' }, note },
      { version: 1, defaults: { 'old-drop': 5 }, note },
    ]);
    expect(decodeLink(renamedLater, 'm=1').scenario.drop).toBe(5);
  });
});

describe('the shipped model: a version-1 link from before the buyer-calculus choice', () => {
  const model = compileModel(crudeLeverageModel);

  it('opens to the same parameter values, with the older-model notice', () => {
    const decoded = decodeLink(model, 'v=1&m=1&drop=10&tariff-india=50&china=1.5');
    // Version 1 had no world-price response and no market repricing, so an old link opens with both off;
    // the buyer's-calculus parameters it did not have take their defaults.
    const oldRules = { 'price-response': 0, 'market-repricing': 0 };
    expect(decoded.scenario).toEqual({ ...model.defaults, ...oldRules, drop: 10, 'tariff-india': 50, china: 1.5 });
    expect(decoded).toMatchObject({ modelVersion: 1, fromOlderModel: true, adjusted: [], ignored: [] });
    expect(crudeLeverageModel.history.find((change) => change.version === 1)?.defaults).toEqual(oldRules);
  });

  it('writes a new link as version 2', () => {
    expect(encodeLink(model, { scenario: model.defaults, pinned: null })).toMatch(/(^|&)m=2(&|$)/);
  });
});

describe('a retired parameter (budget-sensitivity, retired in model version 2)', () => {
  const real = compileModel(crudeLeverageModel);

  it('is reported, not ignored, and changes nothing else in the link', () => {
    const decoded = decodeLink(real, 'v=1&m=1&budget-sensitivity=0.2&drop=10');
    expect(decoded.retired).toEqual(['budget-sensitivity']);
    expect(decoded.ignored).toEqual([]);
    expect(decoded.fromOlderModel).toBe(true);
    expect(decoded.scenario).toEqual(decodeLink(real, 'v=1&m=1&drop=10').scenario);
  });

  it('is reported once, also when pinned or without a model version', () => {
    const decoded = decodeLink(real, 'm=2&budget-sensitivity=0.15&a=1&a.budget-sensitivity=0.2');
    expect(decoded.retired).toEqual(['budget-sensitivity']);
    expect(decoded.scenario).toEqual(real.defaults);
    expect(decoded.pinned).toEqual(real.defaults);
  });

  it('is absent from a new link', () => {
    expect(decodeLink(real, 'v=1&m=2&drop=10').retired).toEqual([]);
  });
});
