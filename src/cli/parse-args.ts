// Reads the simulate command's arguments (never throws) and writes its usage and help text from the model declaration.
import { DEFAULT_DRAWS, MAX_DRAWS } from '../analysis/monte-carlo.ts';
import type { ModelDeclaration } from '../engine/types.ts';
import { quoteForTerminal } from './terminal-text.ts';

export type OutputFormat = 'json' | 'csv';

export type ParsedArgs =
  /** `draws`: Monte Carlo draws for the report's band, 0 to leave it out. `timeline`: print the monthly record instead. */
  | { ok: true; query: string; format: OutputFormat; help: boolean; draws: number; timeline: boolean }
  | { ok: false; message: string };

/** The levers of model version 2, in both languages: what the report's prices.brent and prices.brentBeforeResponse mean. */
const LEVERS_HELP = [
  'World price, sanctions and refineries:',
  '  Russian oil lost to the world market (dropped barrels not rerouted, plus the lost share of a refinery',
  "  outage) lifts Brent by price-response × (1 − replacement-share/100) per mb/d; every buyer's price follows.",
  '  The report gives prices.brentBeforeResponse and prices.brent (after it). sanctions-discount widens the',
  "  discount on every seaborne Urals barrel and leaves Brent alone; market-repricing passes a buyer's cut on",
  '  to all seaborne Urals; products are priced at Brent + products-crack; refinery-outage moves barrels from',
  '  product exports to crude exports, less outage-lost-share. India and China have their own tariff responses.',
  '國際油價、制裁與煉油廠：',
  '  離開世界市場的俄油（未轉售的放棄量，加上煉油廠停工中損失的部分）每日每百萬桶使布蘭特上漲',
  '  price-response ×（1 − replacement-share/100）美元，所有買家的價格隨之變動。報告列出 prices.brentBeforeResponse',
  '  與反應後的 prices.brent。sanctions-discount 擴大每一桶海運烏拉爾的折價，不動布蘭特；market-repricing 把買家減購',
  '  轉嫁給所有海運烏拉爾；成品油以布蘭特 + products-crack 計價；refinery-outage 把成品油出口轉為原油出口，',
  '  扣除 outage-lost-share。印度與中國各有自己的關稅反應。',
];

export const USAGE =
  'Usage: npm run simulate -- [query] [--json | --csv] [--draws N] [--help]\n       npm run simulate -- --timeline [query with from=YYYY-MM] [--json | --csv] [--draws N]';

const FORMAT_FLAGS: Readonly<Record<string, OutputFormat>> = { '--json': 'json', '--csv': 'csv' };
const HELP_FLAGS = new Set(['--help', '-h']);
const VALID_FLAGS = '--json, --csv, --draws N, --timeline, --help (-h)';
const TIMELINE_FLAG = '--timeline';
const DRAWS_FLAG = '--draws';

/** A whole number of draws from 0 to MAX_DRAWS, written in plain digits; null for anything else. */
function readDraws(text: string | undefined): number | null {
  if (text === undefined || !/^\d{1,6}$/.test(text)) return null;
  const draws = Number(text);
  return draws <= MAX_DRAWS ? draws : null;
}

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
  let draws: number | null = null;
  let timeline = false;
  let flagsEnded = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!flagsEnded && arg === '--') {
      flagsEnded = true;
    } else if (!flagsEnded && (arg === DRAWS_FLAG || arg.startsWith(`${DRAWS_FLAG}=`))) {
      const text = arg === DRAWS_FLAG ? argv[++index] : arg.slice(DRAWS_FLAG.length + 1);
      const chosen = readDraws(text);
      if (chosen === null) {
        const given = text === undefined ? 'nothing' : quoteForTerminal(text);
        return {
          ok: false,
          message: `--draws needs a whole number from 0 to ${MAX_DRAWS} (0 leaves the band out), got ${given}.`,
        };
      }
      if (draws !== null && draws !== chosen)
        return { ok: false, message: 'Give --draws once, or the same number each time.' };
      draws = chosen;
    } else if (flagsEnded || !isFlag(arg)) {
      positionals.push(arg);
    } else if (HELP_FLAGS.has(arg)) {
      help = true;
    } else if (arg === TIMELINE_FLAG) {
      timeline = true;
    } else if (Object.hasOwn(FORMAT_FLAGS, arg)) {
      const chosen = FORMAT_FLAGS[arg]!;
      if (format !== null && format !== chosen) {
        return { ok: false, message: 'Choose one output format: --json or --csv, not both.' };
      }
      format = chosen;
    } else {
      return { ok: false, message: `Unknown option ${quoteForTerminal(arg)}. Valid options: ${VALID_FLAGS}.` };
    }
  }
  if (positionals.length > 1) {
    const list = positionals.map(quoteForTerminal).join(', ');
    return {
      ok: false,
      message: `Expected at most one query, got ${positionals.length}: ${list}. Join the values with "&" in one quoted query.`,
    };
  }
  const query = positionals[0] ?? '';
  return { ok: true, query, format: format ?? 'json', help, draws: draws ?? DEFAULT_DRAWS, timeline };
}

/** The full --help text: what the query is, every parameter with its unit and range, and examples. */
export function helpText(declaration: ModelDeclaration): string {
  const unitSymbols = new Map(declaration.units.map((unit) => [unit.id, unit.symbol.en]));
  const rows = declaration.parameters.map((p) => {
    const unit = unitSymbols.get(p.unit) || p.unit;
    return [p.key, `${p.min} to ${p.max} ${unit}`, `step ${p.step}`, `default ${p.default}`, p.label.en];
  });
  const widths = [0, 1, 2, 3].map((column) => Math.max(...rows.map((row) => row[column]!.length)) + 2);
  const table = rows.map(
    (row) =>
      `  ${row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('')
        .trimEnd()}`,
  );
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
    '            Keys an older model had and this one retired (budget-sensitivity) are listed under',
    '            "retired" and change nothing.',
    '--json      Print the whole report as JSON (the default).',
    '--csv       Print the monthly income by buyer as CSV (USD bn a month of 365/12 days).',
    `--draws N   Draws for the JSON report's "band" (default ${DEFAULT_DRAWS}; 0 to ${MAX_DRAWS}; 0 prints "band": null).`,
    '            The band gives the 10th, 50th and 90th percentiles of month.total (linear interpolation)',
    '            when every parameter with a documented spread is drawn uniformly from it, and the share',
    '            of draws below the baseline and with the tax price of Urals (0.78 Urals + 0.22 ESPO) below',
    "            the fiscal-rule and budget prices. The seed is a hash of the model version and the scenario's",
    '            values, so the same scenario always gives the same band, here and on the page.',
    '--timeline  Print the monthly record of 2025 and the backtest instead of a scenario: for each month',
    '            "month" (YYYY-MM), "model" (the model run on that month\'s observed drivers, USD bn for the',
    '            month\'s real number of days), "published" (the IEA\'s estimate, first print, or null),',
    '            "publishedDerived" (true where that figure is derived, not printed), "errorPct" and',
    '            "sources" (row IDs), then "meanAbsErrorPct" over the months with both.',
    '            With --csv, one row a month. With a query that names a starting month ("from=2025-11&drop=10"),',
    '            "forward" adds the scenario continued for the 12 months after it: "scenario" (its drivers held',
    '            fixed: the model is static, not a forecast), "low" and "high" (the band, p10 and p90, from',
    '            --draws N draws; 0 leaves them null), "baseline" (the month\'s own drivers) and "published".',
    '            A query without from, or with a month the record cannot start from, gives "forward": null.',
    '            The CSV adds these as rows after the record. See models/crude-leverage/MODEL.md, "Backtest".',
    '-h, --help  Print this help.',
    '',
    'Budget: "budget" in the report computes oil and gas revenue from Russia\'s tax rules, in trn RUB a year:',
    '  oilGasRevenueRubTrnPerYear (the level) = extraction tax + profit tax - damper + gas and other, each in',
    '  partsRubTrnPerYear; changeRubTrnPerYear is the change from the defaults. The taxes use the tax price',
    '  (0.78 x Urals + 0.22 x ESPO) on every barrel produced (refining + crude exports); nwfFlowRubTrnPerYear',
    '  is the oil tax above (+) or below (-) what the $60 base price brings, i.e. to or from the National',
    '  Wealth Fund; deficitNotFromFundRubTrnPerYear is the deficit left to borrow or cut. It is set by the',
    '  parameters rub-pass-through, refining, met-add-on, ndd-share, ndd-cost, damper-share,',
    '  damper-reference, gas-other (see the table and models/crude-leverage/MODEL.md).',
    '',
    'Parameters (key, range and unit, step, default, what it is):',
    ...table,
    '',
    ...LEVERS_HELP,
    '',
    'Examples:',
    '  npm run simulate -- "?drop=10"',
    '  npm run simulate -- "?tariff-india=100&india-response-cut=10" --csv',
    '  npm run simulate -- "?india=0&price-response=1.3"',
    '  npm run simulate -- "?drop=10" --draws 10000',
    '  npm run simulate -- "https://example.org/?drop=10&a=1"',
    '  npm run simulate -- --timeline --csv',
    '  npm run simulate -- --timeline "from=2025-11&drop=10"',
    '',
  ].join('\n');
}
