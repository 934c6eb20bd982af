// The scenario link format: encode, decode, validate and migrate, generated from the parameter declarations.
// Decoding never throws: every key is valid, adjusted, ignored or missing, and the caller is told which.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { ModelVersionChange, Scenario } from '../engine/types.ts';
import { fitToRanges, lessonPairs, readLesson } from '../classroom/lesson.ts';
import { Address, FORMAT_KEY } from './address.ts';
import { type Adjustment, formatForLink } from './sanitize-value.ts';
import { monthStartFor, startingPointFor } from './month-starts.ts';
import { allowedValue } from './value-rule.ts';
import {
  DEFAULT_VIEW,
  FROM_KEY,
  LESSON_KEYS,
  LINK_VIEW_PARAMETERS,
  type ViewSettings,
  isLessonKey,
  parseMonthText,
} from './view-params.ts';

export const LINK_FORMAT_VERSION = 1;
/** Prefix of the pinned scenario's keys (`a.drop=10`); `a=1` alone pins the baseline. */
export const PINNED_PREFIX = 'a.';
/** `x` carries an edited model (src/remix/remix-format.ts); it is read before the scenario. */
export const REMIX_KEY = FORMAT_KEY.remix;
/** `p` carries a student's answers (src/classroom/answers-link.ts), read by the exercise panel and the class board. */
export const ANSWERS_KEY = FORMAT_KEY.answers;
/** Link keys of the format itself (never parameters). */
export const FORMAT_KEYS = Object.values(FORMAT_KEY);
const RESERVED: ReadonlySet<string> = new Set(FORMAT_KEYS);

export interface DecodedLink {
  scenario: Scenario;
  /** The scenario pinned for comparison, if the link has one. */
  pinned: Scenario | null;
  view: ViewSettings;
  /** Values that were out of range, not numbers, off the step or repeated, with what was used instead. */
  adjusted: Adjustment[];
  /** Keys this version does not know (including view settings with invalid values). */
  ignored: string[];
  /** Keys of parameters an older model had and this one retired: read, reported, and otherwise without effect. */
  retired: string[];
  /** The model version the link was made with, when it says. */
  modelVersion: number | null;
  /** True when the link was made with an older model whose numbers may differ. */
  fromOlderModel: boolean;
  /** The versions a link from a newer page says it was made with (`v=9&m=7`), or null for a link this page can read fully. */
  fromNewer: { formatVersion: number | null; modelVersion: number | null } | null;
  /** The `lang` value asked for when this page has no such language (it is also among `ignored`), else null. */
  unsupportedLanguage: string | null;
}

export interface EncodeInput {
  scenario: Scenario;
  pinned?: Scenario | null;
  view?: Partial<ViewSettings>;
  /** An edited model, already compressed (src/remix/remix-format.ts). */
  remix?: string | null;
}

/**
 * The query string (no leading `?`) for a scenario: version, model version and only what differs from the
 * starting point (the defaults, or with `view.from` that month's drivers).
 */
export function encodeLink(
  model: CompiledModel,
  { scenario, pinned = null, view = {}, remix = null }: EncodeInput,
): string {
  const pairs: [string, string][] = [
    [FORMAT_KEY.version, String(LINK_FORMAT_VERSION)],
    [FORMAT_KEY.model, String(model.declaration.version)],
  ];
  if (remix) pairs.push([REMIX_KEY, remix]);
  // A month the record cannot start from is not written: the link would only be read back without it.
  const from = view.from && monthStartFor(model, view.from) ? view.from : undefined;
  const start = startingPointFor(model, from);
  appendScenario(model, scenario, start, '', pairs);
  if (pinned) {
    pairs.push([FORMAT_KEY.pinned, '1']);
    appendScenario(model, pinned, start, PINNED_PREFIX, pairs);
  }
  const fullView = { ...DEFAULT_VIEW, ...view, from };
  // View keys in their declared order, whatever order the caller named them in.
  const viewText = viewUpdates(fullView);
  for (const { key } of LINK_VIEW_PARAMETERS) {
    const text = viewText[key];
    if (text !== null && text !== undefined) pairs.push([key, text]);
  }
  pairs.push(...lessonPairs(model.declaration.parameters, fullView.lesson ?? DEFAULT_VIEW.lesson));
  return Address.fromPairs(pairs).query;
}

function appendScenario(
  model: CompiledModel,
  scenario: Scenario,
  start: Scenario,
  prefix: string,
  pairs: [string, string][],
): void {
  for (const parameter of model.declaration.parameters) {
    const value = scenario[parameter.key];
    if (value === undefined || !Number.isFinite(value)) continue;
    const text = formatForLink(parameter, value);
    if (text !== formatForLink(parameter, start[parameter.key] ?? parameter.default)) {
      pairs.push([prefix + parameter.key, text]);
    }
  }
}

/**
 * The link text of the view settings given (null where a setting writes nothing, as at its default), in
 * the order given: for Address.with, e.g. the embed link's `{ chart, embed: true }`.
 */
export function viewUpdates(view: Partial<ViewSettings>): Record<string, string | null> {
  const updates: Record<string, string | null> = {};
  for (const key of Object.keys(view)) {
    const parameter = LINK_VIEW_PARAMETERS.find((candidate) => candidate.key === key);
    if (parameter) updates[key] = (parameter.format as (value: unknown) => string | null)(view[parameter.key]);
  }
  return updates;
}

export interface DecodeOptions {
  /** The exercises a lesson may name; without it, any well-formed exercise id is kept. */
  exerciseIds?: readonly string[];
}

/** Reads a query string, a `#` fragment, a whole URL or an Address. Never throws. */
export function decodeLink(
  model: CompiledModel,
  input: string | Address,
  { exerciseIds }: DecodeOptions = {},
): DecodedLink {
  const address = input instanceof Address ? input : Address.parse(input);
  const pairs = migrate(model, readPairs(address));
  const adjusted: Adjustment[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  // `from` first: the month it names is what every other value applies on top of. A month the record
  // cannot start from is reported like any unknown value and the link starts from mid-2025.
  const fromGiven = address.get(FROM_KEY);
  const fromParsed = fromGiven === null ? undefined : parseMonthText(fromGiven);
  const fromStart = fromParsed ? monthStartFor(model, fromParsed) : null;
  if (fromGiven !== null && !fromStart) ignored.push(FROM_KEY);
  const start = fromStart ?? model.defaults;
  const scenario: Record<string, number> = { ...start };
  const pinnedValues: Record<string, number> = { ...start };
  let hasPinned = false;
  const view: ViewSettings = fromStart ? { ...DEFAULT_VIEW, from: fromParsed } : { ...DEFAULT_VIEW };
  const lessonEntries: [string, string][] = [];
  const retiredKeys = new Set(model.declaration.history.flatMap((change) => change.retired ?? []));
  const retired: string[] = [];

  for (const [key, given] of pairs.entries) {
    if (RESERVED.has(key)) {
      if (key === 'a') hasPinned = true;
      continue;
    }
    if (key === FROM_KEY) continue;
    const isPinned = key.startsWith(PINNED_PREFIX);
    const parameterKey = isPinned ? key.slice(PINNED_PREFIX.length) : key;
    const parameter = model.parameterByKey.get(parameterKey);
    if (parameter) {
      if (seen.has(key)) {
        adjusted.push({ key, given, used: (isPinned ? pinnedValues : scenario)[parameterKey]!, reason: 'repeated' });
        continue;
      }
      seen.add(key);
      const { value, adjustment } = allowedValue(parameter, given, { source: 'link' });
      if (adjustment) adjusted.push({ ...adjustment, key });
      (isPinned ? pinnedValues : scenario)[parameterKey] = value!;
      hasPinned ||= isPinned;
      continue;
    }
    if (isLessonKey(key)) {
      lessonEntries.push([key, given]);
      continue;
    }
    if (retiredKeys.has(parameterKey)) {
      if (!retired.includes(parameterKey)) retired.push(parameterKey);
      continue;
    }
    const viewParameter = LINK_VIEW_PARAMETERS.find((candidate) => candidate.key === key);
    const parsed = viewParameter?.parse(given);
    if (viewParameter && parsed !== undefined) {
      (view as unknown as Record<string, unknown>)[viewParameter.key] = parsed;
    } else {
      ignored.push(key);
    }
  }
  const lesson = readLesson(model.declaration.parameters, lessonEntries, exerciseIds);
  view.lesson = lesson.lesson;
  adjusted.push(...lesson.adjusted);
  ignored.push(...lesson.ignored);
  // A starting value outside the lesson's range is clamped into it, and said so like any other adjustment.
  fitToRanges(model.declaration.parameters, view.lesson, scenario, adjusted);
  const newerFormat = (address.formatVersion ?? 0) > LINK_FORMAT_VERSION;
  const newerModel = (pairs.modelVersion ?? 0) > model.declaration.version;
  const language = address.get('lang');
  return {
    scenario,
    pinned: hasPinned ? pinnedValues : null,
    view,
    adjusted,
    ignored,
    retired,
    modelVersion: pairs.modelVersion,
    fromOlderModel: pairs.modelVersion !== null && pairs.modelVersion < model.declaration.version,
    fromNewer:
      newerFormat || newerModel
        ? {
            formatVersion: newerFormat ? address.formatVersion : null,
            modelVersion: newerModel ? pairs.modelVersion : null,
          }
        : null,
    unsupportedLanguage: language !== null && ignored.includes('lang') ? language : null,
  };
}

/** One raw value of a link (the first), or null. Never throws. */
export function linkParam(input: string | Address, key: string): string | null {
  return (typeof input === 'string' ? Address.parse(input) : input).get(key);
}

interface RawPairs {
  entries: [string, string][];
  modelVersion: number | null;
}

function readPairs(input: string | Address): RawPairs {
  const address = input instanceof Address ? input : Address.parse(input);
  return { entries: address.entries.map(([key, value]) => [key, value]), modelVersion: address.modelVersion };
}

/** Where a key of the version before `change` went: renamed, mapped to several keys, or kept. */
function targetsOf(change: ModelVersionChange): (bare: string) => readonly { key: string; factor: 1 | -1 }[] {
  const renamed = change.renamed ?? {};
  const mapped = change.mapped ?? {};
  return (bare) => {
    if (Object.hasOwn(mapped, bare) && mapped[bare]) return mapped[bare];
    return [{ key: (Object.hasOwn(renamed, bare) ? renamed[bare] : undefined) || bare, factor: 1 }];
  };
}

/**
 * A value (or a lesson's `min_max` range) times ±1. Text that is not a number is left as it is, so that
 * decoding later reports it exactly as it would have without the migration.
 */
function scaleText(value: string, factor: 1 | -1, isRange: boolean): string {
  if (factor === 1) return value;
  const flip = (text: string) => (/^\s*-?\d+(\.\d+)?\s*$/.test(text) ? String(-Number(text)) : null);
  if (!isRange) return flip(value) ?? value;
  const parts = value.split('_');
  const flipped = parts.map(flip);
  // Negating a range swaps its ends: 2_8 below Brent is −8_−2 above it.
  return parts.length === 2 && flipped[0] !== null && flipped[1] !== null ? `${flipped[1]}_${flipped[0]}` : value;
}

/**
 * Brings a link made with an older model up to date: renamed keys follow their parameter, and a
 * default that has changed since is filled in with the value the link's model used, so the link
 * still means the scenario it was made for.
 */
function migrate(model: CompiledModel, pairs: RawPairs): RawPairs {
  if (pairs.modelVersion === null) return pairs;
  let entries = pairs.entries;
  const changes = [...model.declaration.history].filter((change) => change.version >= pairs.modelVersion!);
  changes.sort((a, b) => a.version - b.version);
  for (const change of changes) {
    const targets = targetsOf(change);
    const rename = (key: string) => {
      const prefix = [PINNED_PREFIX, LESSON_KEYS.rangePrefix].find((start) => key.startsWith(start)) ?? '';
      return targets(key.slice(prefix.length)).map(({ key: bare, factor }) => ({ key: prefix + bare, factor, prefix }));
    };
    // A lesson's lists name parameters too: `lock=old-key` follows its parameter as `old-key=5` does.
    const isList = (key: string) => key === LESSON_KEYS.lock || key === LESSON_KEYS.hide;
    entries = entries.flatMap(([key, value]): [string, string][] => {
      if (isList(key)) {
        const items = value.split(',').flatMap((item) => targets(item.trim()).map((target) => target.key));
        return [[key, items.join(',')]];
      }
      return rename(key).map((target) => [
        target.key,
        scaleText(value, target.factor, target.prefix === LESSON_KEYS.rangePrefix),
      ]);
    });
    const present = new Set(entries.map(([key]) => key));
    const hasPinned = [...present].some(
      (key) =>
        key === 'a' || (key.startsWith(PINNED_PREFIX) && model.parameterByKey.has(key.slice(PINNED_PREFIX.length))),
    );
    for (const [oldKey, oldDefault] of Object.entries(change.defaults)) {
      for (const { key, factor } of targets(oldKey)) {
        const value = String(oldDefault * factor);
        if (!present.has(key)) entries.push([key, value]);
        if (hasPinned && !present.has(PINNED_PREFIX + key)) entries.push([PINNED_PREFIX + key, value]);
      }
    }
  }
  return { entries, modelVersion: pairs.modelVersion };
}
