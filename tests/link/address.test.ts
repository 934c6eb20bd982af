// Tests the address type: the forms it reads, immutable updates, how it writes a query, and that nothing else builds one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Address } from '../../src/link/address.ts';

const web = { protocol: 'https:', origin: 'https://example.org', pathname: '/app/' };
const disk = { protocol: 'file:', origin: 'null', pathname: '/home/x/index.html' };

describe('Address.parse', () => {
  it('reads a whole URL, a ?query, a #fragment and a bare query', () => {
    const url = Address.parse('https://example.org/app/?v=1&drop=10#results');
    expect([url.base, url.form, url.tail, url.get('drop')]).toEqual([
      'https://example.org/app/',
      'query',
      '#results',
      '10',
    ]);
    expect(Address.parse('?drop=10').get('drop')).toBe('10');
    expect(Address.parse('#drop=10').form).toBe('fragment');
    expect(Address.parse('#drop=10').get('drop')).toBe('10');
    expect(Address.parse('drop=10&a=1').keys).toEqual(['drop', 'a']);
    // The query after `?` wins over a fragment that follows it.
    expect(Address.parse('/p/?drop=1#drop=2').get('drop')).toBe('1');
  });

  it('reads a page address with no query as a page, keeping file:// pages in the # form', () => {
    expect(Address.parse('https://example.org/').keys).toEqual([]);
    expect(Address.parse('https://example.org/').with({ p: '1' }).toString()).toBe('https://example.org/?p=1');
    expect(Address.parse('file:///x/page.html').with({ drop: '5' }).toString()).toBe('file:///x/page.html#drop=5');
  });

  it('keeps repeats in order, gives the first value, and says the versions only when they are plain numbers', () => {
    const address = Address.parse('?drop=1&drop=2&v=9&m=7');
    expect(address.get('drop')).toBe('1');
    expect(address.entries.filter(([key]) => key === 'drop')).toHaveLength(2);
    expect([address.formatVersion, address.modelVersion]).toEqual([9, 7]);
    expect(Address.parse('?m=1e3&v=-1').modelVersion).toBeNull();
    expect(Address.parse('?m=1e3&v=-1').formatVersion).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (input) => void Address.parse(input).toString()));
    fc.assert(fc.property(fc.string(), (input) => void Address.parse(input).with({ x: input }).query));
    expect(Address.parse('?%E0%A4%A=1&ok=2').get('ok')).toBe('2');
  });
});

describe('Address updates', () => {
  it('never change the address they start from', () => {
    const start = Address.parse('?v=1&drop=10&drop=11');
    const next = start.with({ drop: '5', lang: 'zh-Hant' }).without(['v']);
    expect(start.query).toBe('v=1&drop=10&drop=11');
    // Set in place of the first, repeats dropped, new keys at the end.
    expect(next.query).toBe('drop=5&lang=zh-Hant');
    expect(start.with({ drop: null }).query).toBe('v=1');
    expect(start.withQuery('?a=1').toString()).toBe('?a=1');
  });

  it('builds the page link on a server (after ?) and from disk (after #)', () => {
    expect(Address.forPage(web, 'v=1&drop=10').toString()).toBe('https://example.org/app/?v=1&drop=10');
    expect(Address.forPage(disk, 'v=1&drop=10').toString()).toBe('file:///home/x/index.html#v=1&drop=10');
  });

  it('gives what follows the page: ?query on a server, #query from disk, nothing without a query', () => {
    const disk = { protocol: 'file:', origin: 'null', pathname: '/home/t/crude-leverage-offline.html' };
    expect(Address.forPage(disk, 'v=1&m=2&drop=10').suffix).toBe('#v=1&m=2&drop=10');
    expect(Address.forPage({ protocol: 'https:', origin: 'https://a.example', pathname: '/' }, 'drop=5').suffix).toBe(
      '?drop=5',
    );
    expect(Address.forPage(disk).suffix).toBe('');
  });

  it('reads the page as the browser shows it, relative to the document', () => {
    const location = { protocol: 'https:', pathname: '/app/', search: '?drop=10', hash: '#results' };
    expect(Address.current(location).toString()).toBe('/app/?drop=10');
    const fromDisk = { protocol: 'file:', pathname: '/x.html', search: '', hash: '#drop=10' };
    expect(Address.current(fromDisk).toString()).toBe('/x.html#drop=10');
  });

  it('escapes what a value holds, keeping the commas of a lesson list readable', () => {
    const address = Address.fromPairs([
      ['x', 'a&b=c#d e+f%'],
      ['lock', 'india,drop'],
      ['p', '2*m1*ex_q_d2.5'],
    ]);
    expect(address.query).toBe('x=a%26b%3Dc%23d+e%2Bf%25&lock=india,drop&p=2*m1*ex_q_d2.5');
    expect(Address.parse(address.query).get('x')).toBe('a&b=c#d e+f%');
  });
});

/** Every source file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|svelte)$/.test(name) ? [path] : [];
  });
}

describe('one address module', () => {
  it('is the only code that uses URLSearchParams or joins a query by hand', () => {
    // `?${…}` or `&key=` in a template, a choice of '#' or '?', or `.join('&')`: a query by hand.
    const handMade =
      /URLSearchParams|[`'"][?#&]\$\{|\}[?#&]\$\{|\}&[a-z.]+=|'[?#]'\s*:\s*'[?#]'|join\(\s*['"]&['"]\s*\)/;
    const offenders = sources('src')
      .filter((path) => !path.endsWith(join('link', 'address.ts')))
      .filter((path) =>
        readFileSync(path, 'utf8')
          .split('\n')
          // Comments may name URLSearchParams; only code counts.
          .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
          .some((line) => handMade.test(line)),
      );
    expect(offenders).toEqual([]);
  });
});
