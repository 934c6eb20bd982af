// Where link decoding finds a `from=YYYY-MM` month's starting point: the months' record loads on demand, so a link that names no month never fetches it.
//
// The record (models/crude-leverage/months.ts, ~4 kB gzipped with the code that reads it) is not on the first load.
// src/analysis/month-start.ts provides its starting points here when it is imported; the page imports it with
// `loadMonthStarts()` before it reads a link that names a month (Simulator.openLink) or moves to a month (the
// picker), so no scenario is ever read without its month. Node code (the CLI, tests) imports month-start.ts directly.
import type { CompiledModel } from '../engine/compile-model.ts';
import type { Scenario } from '../engine/types.ts';
import { Address } from './address.ts';
import { FROM_KEY } from './view-params.ts';

/** A recorded month's starting point over the model's defaults, or null for a month the record cannot start from. */
export type MonthStartOf = (model: CompiledModel, month: string) => Scenario | null;

let startOf: MonthStartOf | null = null;
let loading: Promise<void> | null = null;
/** The last fetch failed (offline): a month then reads as one the record cannot start from, and the link says so. */
let unavailable = false;

/** Called once by month-start.ts as it loads. */
export function provideMonthStarts(monthStart: MonthStartOf): void {
  startOf = monthStart;
}

export const monthStartsLoaded = (): boolean => startOf !== null;

/** Loads the months' record and the code that maps a month to a starting point (once); tests pass their own `load`. */
export function loadMonthStarts(
  load: () => Promise<unknown> = () => import('../analysis/month-start.ts'),
): Promise<void> {
  if (startOf) return Promise.resolve();
  loading ??= load().then(
    () => {
      unavailable = false;
    },
    (error: unknown) => {
      // Tried again on the next call (the picker, a later link).
      loading = null;
      unavailable = true;
      throw error;
    },
  );
  return loading;
}

/** Whether a link names a starting month, so the record must be here before it is read. */
export function linkNamesMonth(input: string | Address): boolean {
  const address = input instanceof Address ? input : Address.parse(input);
  return address.get(FROM_KEY) !== null;
}

/**
 * The month's starting point, or null for a month the record cannot start from (or could not be fetched: the
 * link then opens from mid-2025 and its notice says the month was ignored). Asking before the record was
 * asked for is a fault of the caller, not of the link, so it throws rather than open the wrong scenario quietly.
 */
export function monthStartFor(model: CompiledModel, month: string): Scenario | null {
  if (startOf) return startOf(model, month);
  if (unavailable) return null;
  throw new Error(`The months' record is not loaded yet: call loadMonthStarts() before reading from=${month}`);
}

/** What a scenario's values apply on top of: the month's start with `from`, the model's defaults without. */
export function startingPointFor(model: CompiledModel, from: string | null | undefined): Scenario {
  return (from ? monthStartFor(model, from) : null) ?? model.defaults;
}
