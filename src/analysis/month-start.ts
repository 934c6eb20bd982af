// The starting point a link's `from=YYYY-MM` names: a recorded month's observed drivers, on the slider grid, over the model's defaults.
//
// The month is read by scenarioForMonth, the same mapping the backtest uses, so a month "is" the same thing in
// both. After 22 Oct 2025 the sanctions lever (sanctions-discount) stays at 0 there, since the observed Urals
// price already carries the sanctions; a user who moves it adds sanctions on top of the month.
// Values are snapped to each slider's step and range (the one value rule), so the sliders show the start
// exactly and a link can leave out every value equal to it; the backtest keeps the unsnapped readings.
import { type MonthRecord, months } from '../../models/crude-leverage/months.ts';
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { provideMonthStarts } from '../link/month-starts.ts';
import { allowedValue } from '../link/value-rule.ts';
import { scenarioForMonth } from './month-scenario.ts';

/** The recorded months a scenario may start from: those with a Urals price (the others cannot be run). */
export function startMonths(record: readonly MonthRecord[] = months): string[] {
  return record.filter((month) => month.uralsTaxUsdPerBbl || month.uralsPortUsdPerBbl).map((month) => month.month);
}

/** Every parameter at the month's driver where the record sets it, else the default; null for a month not in the record or not runnable. */
export function monthStart(
  model: CompiledModel,
  month: string | null | undefined,
  record: readonly MonthRecord[] = months,
): Scenario | null {
  const found = month ? record.find((candidate) => candidate.month === month) : undefined;
  const mapped = found ? scenarioForMonth(found, model.defaults) : null;
  if (!mapped) return null;
  const start: Record<string, number> = {};
  for (const parameter of model.declaration.parameters) {
    const given = mapped.scenario[parameter.key] ?? model.defaults[parameter.key] ?? parameter.default;
    start[parameter.key] = allowedValue(parameter, given, { source: 'preset' }).value ?? parameter.default;
  }
  return start;
}

/** What a link's values apply on top of: the month's start with `from`, the model's mid-2025 defaults without. */
export function startingPoint(model: CompiledModel, from: string | null | undefined): Scenario {
  return monthStart(model, from) ?? model.defaults;
}

// Link decoding reads months through src/link/month-starts.ts, so the record stays off the page's first load.
provideMonthStarts(monthStart);
