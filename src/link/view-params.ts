// View settings a link may carry besides scenario values: declared once, parsed to valid/invalid/missing.

import { LANGUAGE_ALIASES, type Language } from '../i18n/languages.ts';

export { LANGUAGES, type Language } from '../i18n/languages.ts';

export const PANELS = ['assumptions'] as const;
export type Panel = (typeof PANELS)[number];

export const LESSON_MODES = ['full', 'basic'] as const;
export type LessonMode = (typeof LESSON_MODES)[number];

/** The charts the compact embedded view may show (`chart=`); the drop sweep unless the link says otherwise. */
export const EMBED_CHARTS = ['income-by-buyer', 'drop-sweep', 'calculus', 'waterfall', 'timeline'] as const;
export type EmbedChartId = (typeof EMBED_CHARTS)[number];
export const DEFAULT_EMBED_CHART: EmbedChartId = 'drop-sweep';

/** What a teacher set for a class: which sliders students may move, and how far. */
export interface Lesson {
  /** `basic` shows the headline sliders only, without the Assumptions panel. */
  mode: LessonMode;
  /** Parameter keys shown but not movable, in declaration order. */
  locked: string[];
  /** Parameter keys not shown at all, in declaration order; a key both hidden and locked is hidden. */
  hidden: string[];
  /** A narrower [min, max] inside a parameter's declared range, on its step, min below max. */
  ranges: Record<string, [number, number]>;
  /** The exercise the lesson asks (an id from the exercises list), or none. */
  exercise: string | null;
}

export interface ViewSettings {
  lang: Language;
  /** A panel opened by the link (the closed-by-default assumptions). */
  panel: Panel | null;
  /** Classroom settings; the default lesson leaves every slider free and writes nothing. */
  lesson: Lesson;
  /** `embed=1`: the compact view for an iframe (src/app/export/EmbedView.svelte). Absent: the full page. */
  embed?: boolean;
  /** The one chart the embedded view shows. Absent: DEFAULT_EMBED_CHART. */
  chart?: EmbedChartId;
  /**
   * `from=YYYY-MM`: the recorded month whose observed drivers are the starting point instead of the mid-2025
   * defaults (src/analysis/month-start.ts). Absent: mid-2025, so links made before it existed keep their meaning.
   */
  from?: string;
  /** `present=1`: the presenter view for a projector (src/app/classroom/PresenterView.svelte). Absent: the full page. */
  present?: boolean;
}

/** A fresh default lesson: callers may keep and change it. */
export function defaultLesson(): Lesson {
  return { mode: 'full', locked: [], hidden: [], ranges: {}, exercise: null };
}

export const DEFAULT_LESSON: Readonly<Lesson> = Object.freeze(defaultLesson());

export const DEFAULT_VIEW: ViewSettings = { lang: 'en', panel: null, lesson: DEFAULT_LESSON };

interface ViewParameter<K extends keyof ViewSettings> {
  key: K;
  parse(given: string): ViewSettings[K] | undefined;
  format(value: ViewSettings[K]): string | null;
}

const lang: ViewParameter<'lang'> = {
  key: 'lang',
  parse: (given) => LANGUAGE_ALIASES.get(given.trim().toLowerCase()),
  format: (value) => (value === DEFAULT_VIEW.lang ? null : value),
};

const panel: ViewParameter<'panel'> = {
  key: 'panel',
  parse: (given) => ((PANELS as readonly string[]).includes(given) ? (given as Panel) : undefined),
  format: (value) => value,
};

/** `YYYY-MM` with a month from 01 to 12: the form only; whether the record has the month is decided with the model. */
const MONTH_TEXT = /^\d{4}-(0[1-9]|1[0-2])$/;

export function parseMonthText(given: string): string | undefined {
  const trimmed = given.trim();
  return MONTH_TEXT.test(trimmed) ? trimmed : undefined;
}

/** The starting month's key (`from=YYYY-MM`): link decoding reads it before the values that apply on top of it. */
export const FROM_KEY = 'from' satisfies keyof ViewSettings;

const from: ViewParameter<'from'> = {
  key: FROM_KEY,
  parse: parseMonthText,
  format: (value) => value ?? null,
};

/** View settings that each take one link key; the lesson takes several (LESSON_KEYS). */
export const VIEW_PARAMETERS = [lang, panel, from] as const;

const EMBED_VALUES: ReadonlyMap<string, boolean> = new Map([
  ['1', true],
  ['true', true],
  ['0', false],
  ['false', false],
]);

const embed: ViewParameter<'embed'> = {
  key: 'embed',
  parse: (given) => EMBED_VALUES.get(given.trim().toLowerCase()),
  format: (value) => (value ? '1' : null),
};

const chart: ViewParameter<'chart'> = {
  key: 'chart',
  parse: (given) =>
    (EMBED_CHARTS as readonly string[]).includes(given.trim()) ? (given.trim() as EmbedChartId) : undefined,
  format: (value) => (value && value !== DEFAULT_EMBED_CHART ? value : null),
};

/**
 * The embedded view's keys (`embed=1`, `chart=<id>`). Optional view settings, absent from DEFAULT_VIEW, so
 * a link without them decodes exactly as before; kept apart from VIEW_PARAMETERS, which the teachers' table lists.
 */
export const EMBED_PARAMETERS = [embed, chart] as const;

const present: ViewParameter<'present'> = {
  key: 'present',
  // The same yes/no spellings as embed; anything else is ignored (and reported) and the full page opens.
  parse: (given) => EMBED_VALUES.get(given.trim().toLowerCase()),
  format: (value) => (value ? '1' : null),
};

/** `present=1`: optional like the embed keys, so a link without it decodes exactly as before. */
export const PRESENTER_PARAMETERS = [present] as const;

/** Every view setting that takes one link key: what the link format reads and writes. */
export const LINK_VIEW_PARAMETERS = [...VIEW_PARAMETERS, ...EMBED_PARAMETERS, ...PRESENTER_PARAMETERS] as const;

/** Whether a decoded view asks for the embedded view, and which chart it shows. */
export function embedSettings(view: Pick<ViewSettings, 'embed' | 'chart'>): { embed: boolean; chart: EmbedChartId } {
  return { embed: view.embed === true, chart: view.chart ?? DEFAULT_EMBED_CHART };
}

/**
 * The lesson's link keys. `lock` and `hide` list parameter keys separated by commas; `r.<key>` is a
 * narrower range written `<min>_<max>` (an underscore, since a minus sign may start either number).
 */
export const LESSON_KEYS = { mode: 'mode', lock: 'lock', hide: 'hide', exercise: 'ex', rangePrefix: 'r.' } as const;

/** Every lesson key as the teachers' table writes it. */
export const LESSON_LINK_KEYS = ['mode', 'lock', 'hide', 'r.<key>', 'ex'] as const;

export function isLessonKey(key: string): boolean {
  const { mode, lock, hide, exercise, rangePrefix } = LESSON_KEYS;
  return key === mode || key === lock || key === hide || key === exercise || key.startsWith(rangePrefix);
}

/** Exercise ids are kebab-case, like parameter keys, and short enough to read aloud. */
const EXERCISE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_EXERCISE_ID_LENGTH = 64;

export function parseLessonMode(given: string): LessonMode | undefined {
  const trimmed = given.trim().toLowerCase();
  return (LESSON_MODES as readonly string[]).includes(trimmed) ? (trimmed as LessonMode) : undefined;
}

export function parseExerciseId(given: string): string | undefined {
  const trimmed = given.trim();
  return trimmed.length <= MAX_EXERCISE_ID_LENGTH && EXERCISE_ID.test(trimmed) ? trimmed : undefined;
}

/** The items of a comma-separated list, trimmed, without empty ones or repeats. */
export function parseKeyList(given: string): string[] {
  return [
    ...new Set(
      given
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** `<min>_<max>` as two finite numbers in the order written, or undefined. */
export function parseRangeText(given: string): [number, number] | undefined {
  const parts = given.split('_').map((part) => part.trim());
  if (parts.length !== 2 || !parts.every((part) => PLAIN_NUMBER.test(part))) return undefined;
  const [min, max] = parts.map(Number) as [number, number];
  return Number.isFinite(min) && Number.isFinite(max) ? [min, max] : undefined;
}
