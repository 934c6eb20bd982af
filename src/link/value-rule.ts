// One rule for what a parameter may hold here: its declared range and step, a lesson's narrower range, and
// whether the lesson locks or hides it. The slider, the number field, the link decoder, presets, Reset and the CLI all ask it.
import type { ParameterDeclaration } from '../engine/types.ts';
import { type Adjustment, type AdjustmentReason, formatForLink, sanitizeValue, snapToStep } from './sanitize-value.ts';
import { DEFAULT_LESSON, type Lesson } from './view-params.ts';

export type Access = 'free' | 'locked' | 'hidden';

/**
 * Who is setting the value, which decides what a lock means and what "not a number" falls back to:
 * - `link`: a link (or the CLI) sets the starting values, locked ones included; not a number → the default.
 * - `user`: a slider or number field; a locked or hidden parameter, or not a number, changes nothing (null).
 * - `preset`: a preset or Reset; a locked or hidden parameter keeps its value (null); no value → the default.
 */
export type ValueSource = 'link' | 'user' | 'preset';

export interface ValueContext {
  source: ValueSource;
  /** The lesson in force; none by default. */
  lesson?: Lesson;
}

export interface AllowedValue {
  /** The value to hold, or null when this source may not change the parameter. */
  value: number | null;
  /** Set when the value used differs from the one given, with the reason. */
  adjustment?: Adjustment;
}

/** Whether students may move a parameter, see it locked, or not see it. */
export function accessOf(lesson: Lesson, key: string): Access {
  if (lesson.hidden.includes(key)) return 'hidden';
  return lesson.locked.includes(key) ? 'locked' : 'free';
}

/** The slider's range in this lesson: the narrower one if set, else the declared one. */
export function rangeOf(lesson: Lesson, parameter: ParameterDeclaration): [number, number] {
  return Object.hasOwn(lesson.ranges, parameter.key) ? lesson.ranges[parameter.key]! : [parameter.min, parameter.max];
}

/** The declaration narrowed to the lesson's range: the grid stays the same, since range ends lie on it. */
export function narrowed(lesson: Lesson, parameter: ParameterDeclaration): ParameterDeclaration {
  const [min, max] = rangeOf(lesson, parameter);
  return min === parameter.min && max === parameter.max ? parameter : { ...parameter, min, max };
}

/**
 * What `parameter` may hold when `given` (link text, a typed number field, a slider position or a preset's
 * value) is set by `source` under `lesson`: clamped into the lesson's range (else the declared one) and
 * snapped to the step, with the reason whenever the value used is not the one given. Never throws.
 */
export function allowedValue(
  parameter: ParameterDeclaration,
  given: string | number | undefined,
  { source, lesson = DEFAULT_LESSON }: ValueContext,
): AllowedValue {
  if (source !== 'link' && accessOf(lesson, parameter.key) !== 'free') return { value: null };
  const rule = narrowed(lesson, parameter);
  if (typeof given === 'string') {
    const read = sanitizeValue(rule, given);
    // A typed value that is not a number keeps the current one rather than jumping to the default.
    if (!read.adjustment) return read;
    if (source === 'user' && read.adjustment.reason === 'not-a-number') return { value: null };
    // The default stands in for text that is not a number, moved into the lesson's range like any other value.
    const value = read.adjustment.reason === 'not-a-number' ? snapToStep(rule, parameter.default) : read.value;
    return { value, adjustment: { ...read.adjustment, key: parameter.key, used: value } };
  }
  if (given === undefined || !Number.isFinite(given)) {
    return source === 'user' ? { value: null } : { value: snapToStep(rule, parameter.default) };
  }
  const value = snapToStep(rule, given);
  if (value === given) return { value };
  const reason: AdjustmentReason = given < rule.min ? 'below-min' : given > rule.max ? 'above-max' : 'off-step';
  return { value, adjustment: { key: parameter.key, given: formatForLink(parameter, given), used: value, reason } };
}
