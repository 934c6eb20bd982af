// Tests download file names: the scenario's values, the chart and the date, in lower-case letters, digits and dashes only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import {
  MAX_NAMED_VALUES,
  exportFileName,
  isoDate,
  linkIsEdited,
  linkScenarioValues,
} from '../../src/export/file-name.ts';

const date = new Date(2026, 2, 1, 12, 0, 0);

describe('exportFileName', () => {
  it('names the scenario, the chart and the date', () => {
    const values = linkScenarioValues(
      model,
      'https://example.org/?v=1&m=2&drop=10&india=1.2&lang=zh-Hant&a=1&a.drop=5',
    );
    expect(values).toEqual([
      ['drop', '10'],
      ['india', '1.2'],
    ]);
    expect(exportFileName({ values, chartId: 'drop-sweep', date, extension: 'png' })).toBe(
      'crude-leverage-drop10-india1p2-drop-sweep-2026-03-01.png',
    );
  });

  it('calls the defaults "baseline", writes a minus as m and marks an edited model', () => {
    expect(exportFileName({ values: [], date, extension: 'json' })).toBe('crude-leverage-baseline-2026-03-01.json');
    expect(exportFileName({ values: [['drop', '-5']], edited: true, date, extension: 'csv' })).toBe(
      'crude-leverage-edited-dropm5-2026-03-01.csv',
    );
    expect(linkIsEdited('?x=abc&drop=1')).toBe(true);
    expect(linkIsEdited('?drop=1')).toBe(false);
  });

  it(`names at most ${MAX_NAMED_VALUES} values and counts the rest`, () => {
    const values = linkScenarioValues(model, '?drop=1&india=1&china=1&tariff-india=50&tariff-china=50&rub=90');
    expect(exportFileName({ values, date, extension: 'svg' })).toBe(
      'crude-leverage-drop1-india1-china1-tariff-india50-plus2-2026-03-01.svg',
    );
  });

  it('is always safe: [a-z0-9-] then the extension, whatever the link holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 6 }),
        fc.option(fc.string()),
        (values, chartId) => {
          const name = exportFileName({ values, chartId, date, extension: 'png' });
          expect(name).toMatch(/^crude-leverage(-[a-z0-9]+)*-2026-03-01\.png$/);
        },
      ),
    );
  });

  it('uses the local calendar date', () => {
    expect(isoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});
