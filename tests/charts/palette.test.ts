// Tests the palette: Okabe–Ito values, contrast of line colours against white, distinct dash patterns.
import { describe, expect, it } from 'vitest';
import {
  contrastRatio,
  dash,
  okabeIto,
  referenceColours,
  referenceDashes,
  seriesColour,
  withAlpha,
} from '../../src/charts/palette.ts';

describe('palette', () => {
  it('holds the eight Okabe–Ito colours', () => {
    expect(Object.values(okabeIto)).toHaveLength(8);
    expect(okabeIto.blue).toBe('#0072B2');
  });

  it('uses only colours with at least 3:1 contrast against white for lines and outlines', () => {
    for (const colour of [...Object.values(seriesColour), ...referenceColours]) {
      expect(contrastRatio(colour, '#FFFFFF'), colour).toBeGreaterThanOrEqual(3);
    }
    expect(contrastRatio(okabeIto.orange, '#FFFFFF')).toBeLessThan(3);
  });

  it('gives every series kind and reference line its own dash pattern', () => {
    const all = [...Object.values(dash), ...referenceDashes].map((d) => JSON.stringify(d));
    expect(new Set(all).size).toBe(all.length);
  });

  it('converts hex to rgba', () => {
    expect(withAlpha('#CC79A7', 0.35)).toBe('rgba(204, 121, 167, 0.35)');
  });
});
