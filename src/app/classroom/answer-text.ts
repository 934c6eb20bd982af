// Words for predictions and reveals: answers, the gap and the drivers, in the active language.
import { type ExerciseQuestion, answerKindOf } from '../../engine/exercise-types.ts';
import type { Comparison, Direction, Driver, ModelAnswer, StudentAnswer } from '../../classroom/exercise-answer.ts';
import type { CompiledModel } from '../../engine/compile-model.ts';
import type { UnitDeclaration } from '../../engine/types.ts';
import { formatWithUnit } from '../../i18n/format.ts';
import { local, type MessageKey, type Translate } from '../../i18n/translate.ts';
import { stepDecimals } from '../../link/sanitize-value.ts';
import type { Language } from '../../link/view-params.ts';

export interface TextContext {
  model: CompiledModel;
  question: ExerciseQuestion;
  lang: Language;
  t: Translate;
}

const CHOICE: Record<ExerciseQuestion['kind'], Record<Direction, MessageKey>> = {
  change: { down: 'predict.choiceDown', up: 'predict.choiceUp', none: 'predict.choiceNone' },
  level: { down: 'predict.choiceBelow', up: 'predict.choiceAbove', none: 'predict.choiceZero' },
};
const VERB: Record<ExerciseQuestion['kind'], Record<Direction, MessageKey>> = {
  change: { down: 'predict.verbDown', up: 'predict.verbUp', none: 'predict.verbNone' },
  level: { down: 'predict.verbBelow', up: 'predict.verbAbove', none: 'predict.verbZero' },
};

export function answerUnit(model: CompiledModel, question: ExerciseQuestion): UnitDeclaration | undefined {
  return model.declaration.units.find((unit) => unit.id === question.answerUnit);
}

/** The label of a direction choice (radio button): "Falls" / "Below zero". */
export function choiceLabel({ question, t }: TextContext, direction: Direction): string {
  return t(CHOICE[question.kind][direction]);
}

/** How the thing moves, as a verb phrase: "falls" / "is below zero". */
export function directionVerb({ question, t }: TextContext, direction: Direction): string {
  return t(VERB[question.kind][direction]);
}

/** A size or signed value with the question's unit, at its answer precision. */
export function amount(context: TextContext, value: number, digits: number, signed = false): string {
  return formatWithUnit(value, answerUnit(context.model, context.question), context.lang, digits, signed);
}

/** "falls by 2.24 $bn/month", "no change", or a level's signed value. */
export function answerText(context: TextContext, direction: Direction, size: number, digits: number): string {
  const { question, t } = context;
  if (question.kind === 'level') {
    const signed = direction === 'down' ? -Math.abs(size) : direction === 'up' ? Math.abs(size) : 0;
    return amount(context, signed, digits);
  }
  if (direction === 'none') return t('predict.noChange');
  return t(direction === 'down' ? 'predict.fallsBy' : 'predict.risesBy', {
    size: amount(context, Math.abs(size), digits),
  });
}

export function studentText(context: TextContext, student: StudentAnswer, digits: number): string {
  return answerText(context, student.direction, student.size, Math.max(digits, decimalsOf(student.size)));
}

export function modelText(context: TextContext, answer: ModelAnswer): string {
  return answerText(context, answer.direction, answer.value, answer.digits);
}

/** The gap in words, always with how far off the prediction was: a signed question's direction first, then its size. */
export function gapText(
  context: TextContext,
  student: StudentAnswer,
  answer: ModelAnswer,
  comparison: Comparison,
): string {
  const { question, t } = context;
  const distance = amount(context, Math.abs(comparison.gap), answer.digits);
  if (answerKindOf(question) === 'count') {
    if (comparison.within) return t('predict.countClose', { gap: distance });
    return offText(context, comparison.gap, answer, COUNT_OFF);
  }
  if (!comparison.directionRight) {
    return t('predict.directionWrong', {
      yours: directionVerb(context, student.direction),
      theirs: directionVerb(context, answer.direction),
      gap: distance,
    });
  }
  const gap = amount(context, Math.abs(comparison.sizeGap), answer.digits);
  if (comparison.close) return t('predict.close', { gap });
  const pct = Math.round(Math.abs(comparison.gapPct ?? 0));
  return t(comparison.sizeGap > 0 ? 'predict.tooBig' : 'predict.tooSmall', { gap, pct });
}

/** A short verdict for a table of answers: "within 10%", "off by 15 months, 55% low", "other direction, off by …". */
export function verdictText(context: TextContext, answer: ModelAnswer, comparison: Comparison): string {
  const { question, t } = context;
  if (comparison.close) return t('exercises.close');
  const off = (gap: number) => offText(context, gap, answer, VERDICT_OFF);
  if (answerKindOf(question) === 'count') return off(comparison.gap);
  if (!comparison.directionRight)
    return t('exercises.wrongDirectionBy', { gap: amount(context, Math.abs(comparison.gap), answer.digits) });
  return t('exercises.rightDirectionOff', { off: off(comparison.sizeGap) });
}

interface OffKeys {
  off: MessageKey;
  low: MessageKey;
  high: MessageKey;
}
const COUNT_OFF: OffKeys = { off: 'predict.countOff', low: 'predict.countLow', high: 'predict.countHigh' };
const VERDICT_OFF: OffKeys = { off: 'exercises.offBy', low: 'exercises.offLow', high: 'exercises.offHigh' };

/** "off by 15 months, 56% low": a signed gap's size, and its share of the model's answer unless that shows as zero. */
function offText(context: TextContext, gap: number, answer: ModelAnswer, keys: OffKeys): string {
  const size = amount(context, Math.abs(gap), answer.digits);
  const pct = percentOff(gap, answer);
  if (pct === null) return context.t(keys.off, { gap: size });
  return context.t(gap > 0 ? keys.high : keys.low, { gap: size, pct: Math.abs(pct) });
}

/** A gap as a whole percentage of the model's answer, signed; null when the answer shows as zero. */
function percentOff(gap: number, answer: ModelAnswer): number | null {
  const size = Math.abs(answer.value);
  return size < 0.5 * 10 ** -answer.digits ? null : Math.round((gap / size) * 100);
}

/** One driver in words, with the parameter's label and values. */
export function driverText(context: TextContext, driver: Driver, digits: number): string {
  const { model, lang, t } = context;
  const parameter = model.parameterByKey.get(driver.key);
  if (!parameter) return driver.key;
  const unit = model.declaration.units.find((u) => u.id === parameter.unit);
  const value = (v: number) => formatWithUnit(v, unit, lang, stepDecimals(parameter.step));
  const effect = amount(context, driver.effect, digits, true);
  const label = local(parameter.label, lang);
  if (driver.role === 'moved')
    return t('predict.driverMoved', { label, from: value(driver.fromValue), to: value(driver.toValue), effect });
  return t('predict.driverAssumption', {
    label,
    value: value(driver.toValue),
    probe: value(driver.probeValue ?? driver.toValue),
    effect,
  });
}

function decimalsOf(value: number): number {
  const text = String(value);
  const dot = text.indexOf('.');
  return dot === -1 || text.includes('e') ? 0 : Math.min(3, text.length - dot - 1);
}
