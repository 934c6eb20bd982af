// View settings a link may carry besides scenario values: declared once, parsed to valid/invalid/missing.

export const LANGUAGES = ['en', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PANELS = ['assumptions'] as const;
export type Panel = (typeof PANELS)[number];

export interface ViewSettings {
  lang: Language;
  /** A panel opened by the link (the closed-by-default assumptions). */
  panel: Panel | null;
}

export const DEFAULT_VIEW: ViewSettings = { lang: 'en', panel: null };

interface ViewParameter<K extends keyof ViewSettings> {
  key: K;
  parse(given: string): ViewSettings[K] | undefined;
  format(value: ViewSettings[K]): string | null;
}

const LANGUAGE_ALIASES: ReadonlyMap<string, Language> = new Map(Object.entries({
  en: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  'zh-hant': 'zh-Hant',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  zh: 'zh-Hant',
} as Record<string, Language>));

const lang: ViewParameter<'lang'> = {
  key: 'lang',
  parse: (given) => LANGUAGE_ALIASES.get(given.trim().toLowerCase()),
  format: (value) => (value === DEFAULT_VIEW.lang ? null : value),
};

const panel: ViewParameter<'panel'> = {
  key: 'panel',
  parse: (given) => (PANELS as readonly string[]).includes(given) ? (given as Panel) : undefined,
  format: (value) => value,
};

export const VIEW_PARAMETERS = [lang, panel] as const;
