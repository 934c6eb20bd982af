// Reads the simulate command's arguments (never throws) and writes its usage and help text from the model declaration.
import type { ModelDeclaration } from '../engine/types.ts';

export type OutputFormat = 'json' | 'csv';

export type ParsedArgs =
  | { ok: true; query: string; format: OutputFormat; help: boolean }
  | { ok: false; message: string };

export const USAGE = 'Usage: npm run simulate -- [query] [--json | --csv] [--help]';

const FORMAT_FLAGS: Readonly<Record<string, OutputFormat>> = { '--json': 'json', '--csv': 'csv' };
const HELP_FLAGS = new Set(['--help', '-h']);
const VALID_FLAGS = '--json, --csv, --help (-h)';

/** `--anything`, or one dash and a letter (`-x`); "-5" or "?drop=-5" are positionals. */
function isFlag(arg: string): boolean {
  return arg.startsWith('--') || /^-[A-Za-z]/.test(arg);
}

/**
 * Parses the arguments after the script name. One optional query (a query string with or without
 * "?", or a whole link); `--` ends the flags, so anything after it is a query.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  let format: OutputFormat | null = null;
  let help = false;
  let flagsEnded = false;
  for (const arg of argv) {
    if (!flagsEnded && arg === '--') {
      flagsEnded = true;
    } else if (flagsEnded || !isFlag(arg)) {
      positionals.push(arg);
    } else if (HELP_FLAGS.has(arg)) {
      help = true;
    } else if (Object.hasOwn(FORMAT_FLAGS, arg)) {
      const chosen = FORMAT_FLAGS[arg]!;
      if (format !== null && format !== chosen) {
        return { ok: false, message: 'Choose one output format: --json or --csv, not both.' };
      }
      format = chosen;
    } else {
      return { ok: false, message: `Unknown option "${arg}". Valid options: ${VALID_FLAGS}.` };
    }
  }
  if (positionals.length > 1) {
    const list = positionals.map((arg) => `"${arg}"`).join(', ');
    return {
      ok: false,
      message: `Expected at most one query, got ${positionals.length}: ${list}. Join the values with "&" in one quoted query.`,
    };
  }
  return { ok: true, query: positionals[0] ?? '', format: format ?? 'json', help };
}

/** The full --help text: what the query is, every parameter with its unit and range, and examples. */
export function helpText(declaration: ModelDeclaration): string {
  const unitSymbols = new Map(declaration.units.map((unit) => [unit.id, unit.symbol.en]));
  const rows = declaration.parameters.map((p) => {
    const unit = unitSymbols.get(p.unit) || p.unit;
    return [p.key, `${p.min} to ${p.max} ${unit}`, `step ${p.step}`, `default ${p.default}`, p.label.en];
  });
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)) + 2);
  const table = rows.map((row) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('').trimEnd()}`);
  return [
    USAGE,
    '',
    `Prints the report of one ${declaration.title.en} scenario (model version ${declaration.version}).`,
    '',
    'query       A scenario link: its query string, with or without "?" ("drop=10&tariff-india=50"),',
    '            or the whole link ("https://…/?drop=10"). Left out, every parameter takes its default.',
    '            Values out of range, off the step or not numbers are clamped or defaulted and listed',
    '            under "adjusted"; keys the model does not know are listed under "ignored".',
    '            "a=1" pins the baseline for comparison; "a.<key>=<value>" pins a changed scenario.',
    '--json      Print the whole report as JSON (the default).',
    '--csv       Print the monthly income by buyer as CSV (USD bn a month of 365/12 days).',
    '-h, --help  Print this help.',
    '',
    'Parameters (key, range and unit, step, default, what it is):',
    ...table,
    '',
    'Examples:',
    '  npm run simulate -- "?drop=10"',
    '  npm run simulate -- "?tariff-india=100&response-cut=10" --csv',
    '  npm run simulate -- "https://example.org/?drop=10&a=1"',
    '',
  ].join('\n');
}
