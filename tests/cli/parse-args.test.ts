// Checks how the simulate command reads its arguments and what its help text lists.
import { describe, expect, it } from 'vitest';
import { USAGE, helpText, parseArgs } from '../../src/cli/parse-args.ts';
import { crudeLeverageModel } from '../../models/crude-leverage/index.ts';

describe('parseArgs', () => {
  it('defaults to no query, JSON and no help', () => {
    expect(parseArgs([])).toEqual({ ok: true, query: '', format: 'json', help: false, draws: 2000, timeline: false });
  });

  it('takes one query, with or without "?", or a whole link', () => {
    for (const query of ['?drop=10', 'drop=10', 'https://example.org/?drop=10&india=abc', '?drop=-5', '-5', '-', '']) {
      expect(parseArgs([query])).toEqual({
        ok: true,
        query,
        format: 'json',
        help: false,
        draws: 2000,
        timeline: false,
      });
    }
  });

  it('reads --csv, --json and --help or -h, before or after the query', () => {
    expect(parseArgs(['--csv', '?drop=10'])).toEqual({
      ok: true,
      query: '?drop=10',
      format: 'csv',
      help: false,
      draws: 2000,
      timeline: false,
    });
    expect(parseArgs(['?drop=10', '--json'])).toEqual({
      ok: true,
      query: '?drop=10',
      format: 'json',
      help: false,
      draws: 2000,
      timeline: false,
    });
    expect(parseArgs(['--help'])).toMatchObject({ ok: true, help: true });
    expect(parseArgs(['-h', '--csv'])).toEqual({
      ok: true,
      query: '',
      format: 'csv',
      help: true,
      draws: 2000,
      timeline: false,
    });
    expect(parseArgs(['--csv', '--csv'])).toMatchObject({ ok: true, format: 'csv' });
  });

  it('refuses an unknown flag, naming it and the valid ones', () => {
    for (const flag of ['--foo', '-x', '--csv=1', '--HELP', '---', '-help']) {
      const parsed = parseArgs(['?drop=10', flag]);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.message).toContain(`"${flag}"`);
      expect(parsed.message).toContain('--json, --csv, --draws N, --timeline, --help (-h)');
    }
  });

  it('refuses two queries and two formats', () => {
    const two = parseArgs(['drop=10', 'india=1']);
    expect(two).toMatchObject({ ok: false });
    if (!two.ok) expect(two.message).toMatch(/at most one query, got 2/);
    expect(parseArgs(['--csv', '--json'])).toMatchObject({ ok: false });
  });

  it('treats everything after "--" as the query', () => {
    expect(parseArgs(['--csv', '--', '--weird'])).toEqual({
      ok: true,
      query: '--weird',
      format: 'csv',
      help: false,
      draws: 2000,
      timeline: false,
    });
    expect(parseArgs(['--', 'a', 'b'])).toMatchObject({ ok: false });
  });

  it('reads --draws N or --draws=N, a whole number from 0 to 100000', () => {
    expect(parseArgs(['?drop=10', '--draws', '500'])).toEqual({
      ok: true,
      query: '?drop=10',
      format: 'json',
      help: false,
      draws: 500,
      timeline: false,
    });
    expect(parseArgs(['--draws=0', 'drop=10'])).toMatchObject({ ok: true, query: 'drop=10', draws: 0 });
    expect(parseArgs(['--draws', '100000'])).toMatchObject({ ok: true, draws: 100000 });
    expect(parseArgs(['--draws', '7', '--draws=7'])).toMatchObject({ ok: true, draws: 7 });
  });

  it('refuses a bad --draws with a message that says what it needs', () => {
    for (const argv of [
      ['--draws'],
      ['--draws', '-1'],
      ['--draws', '1.5'],
      ['--draws', '1e3'],
      ['--draws', '100001'],
      ['--draws=abc'],
      ['--draws', '--csv'],
      ['--draws='],
    ]) {
      const parsed = parseArgs(argv);
      expect(parsed.ok, argv.join(' ')).toBe(false);
      if (!parsed.ok)
        expect(parsed.message).toMatch(
          /^--draws needs a whole number from 0 to 100000 \(0 leaves the band out\), got /,
        );
    }
    expect(parseArgs(['--draws', '5', '--draws', '6'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/once/),
    });
  });

  it('reads --timeline with a format, a query naming the starting month and --draws for its band', () => {
    expect(parseArgs(['--timeline'])).toEqual({
      ok: true,
      query: '',
      format: 'json',
      help: false,
      draws: 2000,
      timeline: true,
    });
    expect(parseArgs(['--timeline', '--csv'])).toMatchObject({ ok: true, format: 'csv', timeline: true });
    expect(parseArgs(['--timeline', '?from=2025-11&drop=10', '--draws', '10'])).toEqual({
      ok: true,
      query: '?from=2025-11&drop=10',
      format: 'json',
      help: false,
      draws: 10,
      timeline: true,
    });
    expect(parseArgs(['--timeline', 'from=2025-11', 'drop=10'])).toMatchObject({ ok: false });
    expect(parseArgs(['--timeline', '--help'])).toMatchObject({ ok: true, help: true });
  });

  it('never throws', () => {
    for (const argv of [['-'], ['--'], ['--', '--'], ['-1e5'], ['--constructor'], ['--__proto__'], ['--toString']]) {
      expect(() => parseArgs(argv)).not.toThrow();
    }
    expect(parseArgs(['--toString'])).toMatchObject({ ok: false });
  });
});

describe('helpText', () => {
  const help = helpText(crudeLeverageModel);

  it('starts with the usage line and ends with examples', () => {
    expect(help.startsWith(USAGE)).toBe(true);
    expect(help).toContain('npm run simulate -- "?drop=10"');
    expect(help).toContain('--draws N');
    expect(help).toContain('npm run simulate -- "?drop=10" --draws 10000');
    expect(help).toContain('npm run simulate -- --timeline --csv');
  });

  it('says what --timeline prints and how a query continues a scenario from its month', () => {
    expect(help).toMatch(/--timeline\s+Print the monthly record of 2025 and the backtest/);
    expect(help).toContain('"forward" adds the scenario continued for the 12 months after it');
    expect(help).toContain('npm run simulate -- --timeline "from=2025-11&drop=10"');
  });

  it('lists every parameter key with its range, unit, step and default', () => {
    for (const p of crudeLeverageModel.parameters) {
      const line = help.split('\n').find((candidate) => candidate.trimStart().startsWith(`${p.key} `));
      expect(line, p.key).toBeDefined();
      expect(line).toContain(`${p.min} to ${p.max}`);
      expect(line).toContain(`default ${p.default}`);
      expect(line).toContain(p.label.en);
    }
    expect(help).toMatch(/drop\s+-20 to 40 \$\/bbl\s+step 1\s+default 0\s+Oil-price drop/);
  });

  it('describes the world-price, sanctions and refinery levers in English and Traditional Chinese', () => {
    expect(help).toMatch(/price-response × \(1 − replacement-share\/100\)/);
    expect(help).toContain('prices.brentBeforeResponse');
    for (const key of [
      'sanctions-discount',
      'market-repricing',
      'products-crack',
      'refinery-outage',
      'outage-lost-share',
    ])
      expect(help.split('國際油價、制裁與煉油廠')[1], key).toContain(key);
  });
});

describe('parseArgs: hostile arguments', () => {
  it('quotes a bad flag, a bad --draws and extra queries with every control character escaped', () => {
    const unknown = parseArgs(['--x\u001b[2J']);
    expect(unknown).toEqual({ ok: false, message: expect.stringContaining('Unknown option "--x\\u001b[2J"') });
    const draws = parseArgs(['--draws', '5\u009b31m']);
    expect(draws).toEqual({ ok: false, message: expect.stringContaining('got "5\\u009b31m"') });
    const extra = parseArgs(['a', 'b\u202e']);
    expect(extra).toEqual({ ok: false, message: expect.stringContaining('"a", "b\\u202e"') });
    for (const result of [unknown, draws, extra]) if (!result.ok) expect(result.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  });
});
