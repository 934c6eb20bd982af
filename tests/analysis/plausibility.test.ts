// Tests the plausibility warnings: each triggers just beyond its line and not at it, reads only what the model has, cites its source.
import { describe, expect, it } from 'vitest';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';
import { sources } from '../../models/crude-leverage/sources.ts';
import { plausibilityWarnings } from '../../models/crude-leverage/warnings.ts';
import type { PlausibilityWarning } from '../../src/engine/warning-types.ts';
import { conditionReads, triggeredWarnings } from '../../src/analysis/plausibility.ts';
import { compileModel } from '../../src/engine/compile-model.ts';

const model = compileModel(crudeLeverageModel);
const warned = (scenario: Record<string, number>) =>
  triggeredWarnings(plausibilityWarnings, scenario, model.evaluate(scenario)).map((w) => w.warning.id);
const byId = (id: string) => plausibilityWarnings.find((w) => w.id === id)!;

describe('plausibility warnings (data)', () => {
  it('have unique ids, both languages, and a message and a fix', () => {
    const ids = plausibilityWarnings.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const w of plausibilityWarnings) {
      for (const text of [w.message, w.fix]) {
        expect(text.en.trim(), w.id).not.toBe('');
        expect(text['zh-Hant'], w.id).toMatch(/[\u3400-\u9fff]/);
      }
    }
  });

  it('read only parameters and results the model has', () => {
    for (const w of plausibilityWarnings) {
      const { params, outputs } = conditionReads(w.when);
      for (const key of params) expect(model.parameterByKey.has(key), `${w.id}: ${key}`).toBe(true);
      for (const name of outputs) expect(model.baseline, `${w.id}: ${name}`).toHaveProperty([name]);
    }
  });

  it('cite rows of the data file, or say the line is an assumption and name its anchors', () => {
    for (const w of plausibilityWarnings) {
      const rows = [...(Array.isArray(w.source) ? w.source : []), ...(w.anchors ?? [])];
      expect(w.source === 'assumption' || rows.length > 0, w.id).toBe(true);
      for (const row of rows) {
        expect(sources, `${w.id}: ${row}`).toHaveProperty([row]);
        expect(w.message.en, `${w.id} names ${row}`).toContain(`(${row})`);
      }
      if (w.source === 'assumption') expect(w.message.en, w.id).toMatch(/assumption/);
    }
  });

  it('stay silent at the defaults and in every preset but the Sanctioning Russia Act', () => {
    expect(warned(model.defaults)).toEqual([]);
    for (const preset of crudeLeverageModel.presets) {
      const ids = warned({ ...model.defaults, ...preset.values });
      expect(ids, preset.id).toEqual(preset.id === 'sanctions-act' ? ['response-cut-observed'] : []);
    }
  });
});

describe('each warning', () => {
  it('India above 2.1 mb/d (V16, V15)', () => {
    expect(warned({ india: 2.1 })).toEqual([]);
    expect(warned({ india: 2.11 })).toEqual(['india-record']);
    // What India actually buys counts: a tariff response that brings it under the line silences it.
    expect(warned({ india: 2.5, 'india-response-cut': 10, 'tariff-india': 25 })).not.toContain('india-record');
  });

  it('China above 2.6 mb/d (assumption anchored on V11, V14)', () => {
    expect(warned({ china: 2.6 })).toEqual([]);
    expect(warned({ china: 2.61 })).toEqual(['china-record']);
    expect(byId('china-record').source).toBe('assumption');
  });

  it('China pipeline above 0.88 mb/d (V14)', () => {
    expect(warned({ 'china-pipeline': 0.88 })).toEqual([]);
    expect(warned({ 'china-pipeline': 0.89 })).toEqual(['china-pipeline-capacity']);
  });

  it('Urals under $25 (assumption: no cost figure in the data file)', () => {
    // Urals = 70 − drop − 12: a drop of 33 leaves 25, a drop of 34 leaves 24.
    expect(warned({ drop: 33 })).toEqual([]);
    expect(warned({ drop: 34 })).toEqual(['urals-below-cost']);
    expect(warned({ 'urals-discount': 30, drop: 16 })).toEqual(['urals-below-cost']);
    expect(byId('urals-below-cost').source).toBe('assumption');
  });

  it('crude exports above 5.3 mb/d (assumption anchored on V1, V5, V3)', () => {
    // Defaults add up to 4.6; 0.7 more from other buyers reaches 5.3, 0.71 passes it.
    expect(warned({ other: 1.22 })).toEqual([]);
    expect(warned({ other: 1.23 })).toEqual(['crude-exports-capacity']);
  });

  it('a purchase cut under a tariff contradicts I4, but not when no tariff is in force', () => {
    expect(warned({ 'india-response-cut': 0.5 })).toEqual(['response-cut-observed']);
    expect(warned({ 'india-response-cut': 5, 'tariff-india': 0 })).toEqual([]);
    expect(warned({ 'china-response-cut': 5, 'tariff-india': 0, 'tariff-china': 5 })).toEqual([
      'response-cut-observed',
    ]);
  });

  it('the rouble outside 78–100 per dollar (B15)', () => {
    expect(warned({ rub: 78 })).toEqual([]);
    expect(warned({ rub: 100 })).toEqual([]);
    expect(warned({ rub: 77.5 })).toEqual(['rouble-outside-2025']);
    expect(warned({ rub: 100.5 })).toEqual(['rouble-outside-2025']);
  });
});

describe('triggeredWarnings', () => {
  const warning = (when: PlausibilityWarning['when']): PlausibilityWarning => ({
    id: 'w',
    when,
    source: 'assumption',
    message: { en: 'm', 'zh-Hant': '訊息' },
    fix: { en: 'f', 'zh-Hant': '修正' },
  });

  it('says which value crossed the line', () => {
    const [hit] = triggeredWarnings(plausibilityWarnings, { drop: 40 }, model.evaluate({ drop: 40 }));
    expect(hit!.reading).toEqual({ name: 'urals', value: 18 });
  });

  it('reads parameters as the model used them, from the scenario only when the results lack them', () => {
    const rule = [warning({ param: 'x-rate', above: 1 })];
    expect(triggeredWarnings(rule, { 'x-rate': 2 }, {})).toHaveLength(1);
    expect(triggeredWarnings(rule, { 'x-rate': 2 }, { xRate: 0 })).toHaveLength(0);
  });

  it('ignores names the model does not have and values that are not finite', () => {
    expect(triggeredWarnings([warning({ output: 'gone', below: 1 })], {}, { other: 0 })).toEqual([]);
    expect(triggeredWarnings([warning({ output: 'nan', below: 1 })], {}, { nan: Number.NaN })).toEqual([]);
    expect(triggeredWarnings([warning({ output: 'v' })], {}, { v: 5 })).toEqual([]);
  });

  it('combines all and any', () => {
    const both = [
      warning({
        all: [
          { output: 'a', above: 0 },
          {
            any: [
              { output: 'b', above: 0 },
              { output: 'c', below: 0 },
            ],
          },
        ],
      }),
    ];
    expect(triggeredWarnings(both, {}, { a: 1, b: 0, c: 0 })).toEqual([]);
    expect(triggeredWarnings(both, {}, { a: 1, b: 0, c: -1 })[0]!.reading).toEqual({ name: 'a', value: 1 });
    expect(triggeredWarnings(both, {}, { a: 0, b: 1, c: -1 })).toEqual([]);
  });
});
