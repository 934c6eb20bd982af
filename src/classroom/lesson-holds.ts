// What a scenario applied under a lesson could not show: each value the lesson's locks and ranges kept, and why.
import { ownValue } from '../engine/own-value.ts';
import type { ParameterDeclaration } from '../engine/types.ts';
import { formatForLink } from '../link/sanitize-value.ts';
import { type Access, accessOf, rangeOf } from '../link/value-rule.ts';
import type { Lesson } from '../link/view-params.ts';

type Parameters = readonly ParameterDeclaration[];

/** A value a lesson kept a scenario from having: what the scenario has, what the page holds, and why. */
export interface LessonHold {
  key: string;
  /** The scenario's value. */
  wanted: number;
  /** The value the page holds under the lesson. */
  used: number;
  /** 'locked' or 'hidden': the lesson keeps its own value. 'free': clamped into `range`. */
  access: Access;
  /** The slider's range in this lesson. */
  range: [number, number];
}

/**
 * The parameters whose value in `used` is not the one in `wanted` (as a link would write them), with the lesson's reason,
 * in declaration order: what a scenario applied under a lesson (a reveal's "Show this scenario") could not show.
 */
export function lessonHolds(
  parameters: Parameters,
  lesson: Lesson,
  wanted: Readonly<Record<string, number | undefined>>,
  used: Readonly<Record<string, number>>,
): LessonHold[] {
  return parameters.flatMap((parameter) => {
    const [from, to] = [ownValue(wanted, parameter.key), ownValue(used, parameter.key)];
    if (from === undefined || to === undefined || formatForLink(parameter, from) === formatForLink(parameter, to))
      return [];
    return [
      {
        key: parameter.key,
        wanted: from,
        used: to,
        access: accessOf(lesson, parameter.key),
        range: rangeOf(lesson, parameter),
      },
    ];
  });
}
