// The shape of a model declaration: the data in models/ that the engine checks, compiles and runs.

/** A text in every language the app speaks. */
export interface LocalText {
  en: string;
  'zh-Hant': string;
}

/**
 * Where a default comes from: row IDs of shared/data/BASELINE-2025.md, the word "assumption", or
 * "definition" for calendar and unit facts (365 days a year) that need no source.
 */
export type Source = readonly string[] | 'assumption' | 'definition';

export interface ParameterDeclaration {
  /** Link key, kebab-case (`urals-discount`); its camelCase form is the symbol in equations. */
  key: string;
  label: LocalText;
  /** Unit id, one of the declaration's `units`. */
  unit: string;
  min: number;
  max: number;
  step: number;
  default: number;
  source: Source;
  /**
   * Why the default is what it is, in plain words. Every declared parameter has one (the build refuses a
   * declaration without); the page's first load leaves out those of the sliders in the closed Assumptions panel,
   * which load with it (src/build/page-declaration.ts), and an edited model's copy of the page's declaration lacks them too.
   */
  note?: LocalText;
  /** Which panel the slider sits in; the model's `groups` says the order. */
  group: string;
  /**
   * How uncertain the value is: a plausible range from `below` under to `above` over the value in use,
   * from the spread of the sources (or an assumption). Scenario choices such as the tariffs have none.
   */
  spread?: { below: number; above: number; source: Source };
  /** Values worth a one-click mark on the slider (e.g. "$10 lower"). */
  marks?: readonly { value: number; label: LocalText }[];
}

export interface ConstantDeclaration {
  /** Symbol used in equations (camelCase). */
  name: string;
  label: LocalText;
  unit: string;
  value: number;
  source: Source;
  note: LocalText;
}

export interface EquationDeclaration {
  /** Symbol the result is stored under (camelCase). */
  name: string;
  /** A mathjs expression over parameters, constants, earlier equations and `base_<name>` (the baseline's value). */
  expr: string;
  unit: string;
  label: LocalText;
}

export interface UnitDeclaration {
  id: string;
  /** Short symbol shown after numbers, per language. */
  symbol: LocalText;
  /** Spoken form for value texts ("US dollars a barrel"). */
  spoken: LocalText;
  /**
   * Where a language counts in another unit (USD bn as 億, hundred millions, in Chinese): how many of the
   * shown unit one model unit is. `symbol` and `spoken` name the shown unit. Missing means 1.
   */
  shownScale?: Partial<Record<keyof LocalText, number>>;
}

export interface GroupDeclaration {
  id: string;
  label: LocalText;
  /** Headline groups are shown as the main sliders; the others sit in the closed "Assumptions" section. */
  headline: boolean;
}

export interface ModelDeclaration {
  id: string;
  /** Bumped whenever a default, an equation or a parameter changes; links carry it. */
  version: number;
  title: LocalText;
  units: readonly UnitDeclaration[];
  groups: readonly GroupDeclaration[];
  parameters: readonly ParameterDeclaration[];
  constants: readonly ConstantDeclaration[];
  equations: readonly EquationDeclaration[];
  /** Ready-made scenarios: values on top of the defaults. */
  presets: readonly PresetDeclaration[];
  /** Earlier model versions whose defaults differed, newest first, so old links still reproduce. */
  history: readonly ModelVersionChange[];
}

export interface PresetDeclaration {
  /** Stable id, used in lesson links and tests. */
  id: string;
  title: LocalText;
  explanation: LocalText;
  /** The claim it puts a number on (see shared/seed/CLAIMS.md), if any. */
  claim: string | null;
  /** Parameter values that differ from the defaults. */
  values: Readonly<Record<string, number>>;
}

/** What changed when the model moved from `version` to the next one. */
export interface ModelVersionChange {
  version: number;
  /** Defaults of that version that differ from the next version's (keys as in that version). */
  defaults: Readonly<Record<string, number>>;
  /** Parameter keys renamed in the next version: old key → new key. */
  renamed?: Readonly<Record<string, string>>;
  /**
   * Parameter keys whose value moves to one or more keys of the next version, times a factor: 1 copies it
   * (one setting split in two), −1 flips its sign (a discount below Brent became a premium above it).
   */
  mapped?: Readonly<Record<string, readonly { key: string; factor: 1 | -1 }[]>>;
  /** Parameter keys of that version that the next one dropped: a link carrying one is told so and otherwise unchanged. */
  retired?: readonly string[];
  note: LocalText;
}

/** A scenario: every parameter key with its value. */
export type Scenario = Readonly<Record<string, number>>;

/** Every equation's value (and every parameter's and constant's, under its symbol). */
export type Results = Readonly<Record<string, number>>;

/** A checked model ready to run: the interpreted one (compile-model.ts) or the generated one (generated-model.ts). */
export interface CompiledModel<R extends Results = Results> {
  readonly declaration: ModelDeclaration;
  /** Every parameter at its default. */
  readonly defaults: Scenario;
  /** Results of the default scenario; scenarios read it through `base_<name>` symbols. */
  readonly baseline: R;
  readonly parameterByKey: ReadonlyMap<string, ParameterDeclaration>;
  /** Results of a scenario. Keys missing from `scenario` take their defaults. */
  evaluate(scenario: Partial<Scenario>): R;
}

/** What a sampler needs of a parameter: its range, default and spread, without the texts (the Monte Carlo worker carries only this). */
export type ParameterRange = Pick<ParameterDeclaration, 'key' | 'min' | 'max' | 'default'> & {
  spread?: { below: number; above: number };
};
