// Okabe–Ito colour-blind-safe colours and the dash patterns that tell series apart without colour.

/** The eight Okabe–Ito colours (Okabe & Ito 2008), as hex. */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/**
 * Colours used for lines and outlines. Each has at least 3:1 contrast against white (WCAG 1.4.11);
 * orange, sky blue and yellow do not (about 2.3, 2.3 and 1.3) and are never used for a line.
 */
export const seriesColour = {
  scenario: okabeIto.blue, // 5.2:1
  baseline: okabeIto.black, // 21:1
  pinned: okabeIto.reddishPurple, // 3.1:1
  saving: okabeIto.bluishGreen, // 3.4:1
  tariffCost: okabeIto.vermillion, // 3.9:1
  level: okabeIto.black,
} as const;

/** Reference lines cycle through these colours, each paired with its own dash pattern. */
export const referenceColours: readonly string[] = [
  okabeIto.vermillion,
  okabeIto.bluishGreen,
  okabeIto.reddishPurple,
  okabeIto.blue,
];

/** Canvas line dash patterns ([] is solid). Every series kind has its own, so colour is never the only cue. */
export const dash = {
  scenario: [] as number[],
  baseline: [6, 4],
  pinned: [2, 3],
  level: [12, 3, 3, 3],
} as const;

/** Reference lines cycle through these patterns; none equals a series pattern above. */
export const referenceDashes: readonly (readonly number[])[] = [
  [10, 5],
  [1, 4],
  [10, 3, 1, 3, 1, 3],
  [16, 6],
];

/** Fill used by outline-only (baseline) bars. */
export const transparent = 'rgba(0, 0, 0, 0)';

/** `#RRGGBB` plus an alpha in [0, 1], as `rgba(...)`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** WCAG contrast ratio of two `#RRGGBB` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16);
    const channel = (v: number) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
