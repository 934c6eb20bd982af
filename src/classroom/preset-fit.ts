// Whether a preset can be applied as declared under a lesson's locks, hidden sliders and narrower ranges, and why not.
import { ownValue } from '../engine/own-value.ts';
import type { ParameterDeclaration } from '../engine/types.ts';
import { accessOf, rangeOf } from '../link/value-rule.ts';
import type { Lesson } from '../link/view-params.ts';

/**
 * Why a preset cannot be applied as declared:
 * - `locked` / `hidden`: the preset names a value for a parameter the lesson locks or hides, other than the value it holds;
 * - `outside-range`: the preset would set a free parameter (to its own value, or back to the default) outside the lesson's range.
 */
export interface PresetConflict {
  key: string;
  reason: 'locked' | 'hidden' | 'outside-range';
  /** The value the preset would set. */
  wanted: number;
  /** The lesson's range for the parameter (its declared range when the lesson does not narrow it). */
  range: [number, number];
  /** The value the parameter holds now. */
  current: number;
}

/**
 * The first parameter that stops a preset from applying exactly as declared, or null when it applies.
 * The rule, decided for every preset alike: a preset is offered only when applying it gives its declared
 * scenario, so a lesson never turns "Sanctioning Russia Act, 500%" quietly into 100%. Parameters the
 * preset does not name and the lesson locks or hides keep the lesson's value, as Reset does; that is
 * the lesson's starting point, not a change the preset makes.
 */
export function presetConflict(
  parameters: readonly ParameterDeclaration[],
  lesson: Lesson,
  current: Readonly<Record<string, number>>,
  values: Readonly<Record<string, number | undefined>>,
): PresetConflict | null {
  for (const parameter of parameters) {
    const named = ownValue(values, parameter.key);
    const wanted = named ?? parameter.default;
    const held = current[parameter.key] ?? parameter.default;
    const range = rangeOf(lesson, parameter);
    const access = accessOf(lesson, parameter.key);
    if (access !== 'free') {
      if (named !== undefined && named !== held)
        return { key: parameter.key, reason: access, wanted, range, current: held };
      continue;
    }
    if (wanted < range[0] || wanted > range[1])
      return { key: parameter.key, reason: 'outside-range', wanted, range, current: held };
  }
  return null;
}
