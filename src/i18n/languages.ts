// The language registry: one entry per language the page speaks. The link's `lang=`, the language switch, the
// html `lang` attribute, number formats and the catalogue loaders all read it; a new language is an entry here
// plus a catalogue folder beside this file (en/ holds the keys every folder must have).

/** The parts of a catalogue folder: `core` comes with the first screen, the others with the code that needs them. */
export const CATALOGUE_PARTS = ['core', 'classroom', 'details', 'export'] as const;
export type CataloguePart = (typeof CATALOGUE_PARTS)[number];

/** How a language writes amounts and lists; applied by format.ts to numbers Intl has already formatted. */
export interface WritingConventions {
  /** Shown units per USD bn: 10 where amounts count in 億 (10^8). */
  usdBnScale: number;
  /** Text around an amount: a prefix takes the sign before it ("−$2.2bn"), a bare suffix follows the signed number. */
  usd: { prefix: string; suffix: string };
  usdBn: { prefix: string; suffix: string };
  trnRub: { prefix: string; suffix: string };
  /** Between a number and its unit symbol or spoken unit: ' ' in English, none in Chinese print. */
  unitGap: string;
  /** Joins the items of a list written in one line, and a label to its text. */
  listSeparator: string;
  labelSeparator: string;
  /** Quotation marks around a quoted name. */
  quotes: readonly [open: string, close: string];
}

export interface LanguageEntry {
  /** The value of `lang=` in a link, and the key of a model text (LocalText) translated into it. */
  code: string;
  /** BCP 47 tag for Intl formats, plural rules and the html `lang` attribute. */
  locale: string;
  /** The language's name in itself, for the language switch and the lesson builder. */
  nativeName: string;
  /** Other spellings of `lang=` that open it, lower case (old links and hand-typed ones). */
  aliases: readonly string[];
  writing: WritingConventions;
  /**
   * Loads one part of its catalogue folder (a chunk of its own in the build; one import per part, which builds
   * smaller than a template-literal import). The fallback language has none:
   * its core comes with the page and each other part with the code that needs it (the register-*-messages files).
   */
  load?: (part: CataloguePart) => Promise<{ messages: Readonly<Record<string, string>> }>;
}

export const LANGUAGE_REGISTRY = [
  {
    code: 'en',
    locale: 'en-US',
    nativeName: 'English',
    aliases: ['en-us', 'en-gb'],
    writing: {
      usdBnScale: 1,
      usd: { prefix: '$', suffix: '' },
      usdBn: { prefix: '$', suffix: 'bn' },
      trnRub: { prefix: '', suffix: ' trn RUB' },
      unitGap: ' ',
      listSeparator: '; ',
      labelSeparator: ': ',
      quotes: ['“', '”'],
    },
  },
  {
    code: 'zh-Hant',
    locale: 'zh-Hant-TW',
    nativeName: '繁體中文',
    aliases: ['zh-tw', 'zh-hk', 'zh'],
    writing: {
      usdBnScale: 10,
      usd: { prefix: '', suffix: '美元' },
      usdBn: { prefix: '', suffix: '億美元' },
      trnRub: { prefix: '', suffix: '兆盧布' },
      unitGap: '',
      listSeparator: '；',
      labelSeparator: '：',
      quotes: ['「', '」'],
    },
    load: (part) =>
      ({
        core: () => import('./zh-Hant/core.ts'),
        classroom: () => import('./zh-Hant/classroom.ts'),
        details: () => import('./zh-Hant/details.ts'),
        export: () => import('./zh-Hant/export.ts'),
      })[part](),
  },
] as const satisfies readonly LanguageEntry[];

export type Language = (typeof LANGUAGE_REGISTRY)[number]['code'];

/** Every language code, in the order the switch lists them; the first is the default and the fallback. */
export const LANGUAGES: readonly Language[] = LANGUAGE_REGISTRY.map((entry) => entry.code);

export const FALLBACK_LANGUAGE: Language = LANGUAGES[0]!;

/** Each language's name in itself, for the language switch and the lesson builder's language picker. */
export const NATIVE_NAMES: Readonly<Record<Language, string>> = Object.fromEntries(
  LANGUAGE_REGISTRY.map((entry) => [entry.code, entry.nativeName]),
) as Record<Language, string>;

const byCode: ReadonlyMap<string, LanguageEntry> = new Map(LANGUAGE_REGISTRY.map((entry) => [entry.code, entry]));

/** The registry line of a language; an unknown code (only possible through a cast) gets the fallback's. */
export function languageEntry(lang: Language): LanguageEntry {
  return byCode.get(lang) ?? LANGUAGE_REGISTRY[0];
}

/** `lang=` values, codes and aliases alike, lower case → the language they open. */
export const LANGUAGE_ALIASES: ReadonlyMap<string, Language> = new Map(
  LANGUAGE_REGISTRY.flatMap((entry): [string, Language][] => [
    [entry.code.toLowerCase(), entry.code],
    ...entry.aliases.map((alias): [string, Language] => [alias, entry.code]),
  ]),
);
