// Reads a record by a key that may come from a link: only the record's own entries count, never Object.prototype's.

/**
 * `record[key]` when the record itself holds `key`, else undefined. Why: an added parameter may be called
 * `constructor` (or have the symbol `toString`), and a plain `record[key] ?? fallback` would then return a
 * function inherited from Object.prototype instead of the fallback.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
