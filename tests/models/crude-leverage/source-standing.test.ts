// Tests how each source link is marked: publisher's page, secondary copy or none, and which sources are weak and why.
import { describe, expect, it } from 'vitest';
import { sourceStanding } from '../../../models/crude-leverage/source-standing.ts';
import { type SourceRow, sources } from '../../../models/crude-leverage/sources.ts';

const row = (over: Partial<SourceRow>): SourceRow => ({
  id: 'Z1',
  figure: 'A figure',
  value: '1',
  period: '',
  publisher: 'Some Paper',
  url: 'https://paper.example/a',
  ...over,
});
const standing = (id: string) => sourceStanding(sources[id]!);

describe('sourceStanding on made-up rows', () => {
  it('calls an outlet’s own page the publisher’s page, and "via" or "copy" a secondary copy', () => {
    expect(sourceStanding(row({}))).toEqual({ link: 'publisher', weak: [] });
    expect(sourceStanding(row({ publisher: 'IEA via Some Paper' })).link).toBe('secondary');
    expect(sourceStanding(row({ publisher: 'Reuters copy' })).link).toBe('secondary');
    expect(sourceStanding(row({ url: '' }))).toEqual({ link: 'none', weak: [] });
  });

  it('flags a raw IP address, an aggregator, a partisan outlet and a staging server as weak', () => {
    expect(sourceStanding(row({ url: 'http://3.127.128.221/x' })).weak).toEqual(['raw-ip']);
    expect(sourceStanding(row({ url: 'https://www.europesays.com/1' })).weak).toEqual(['aggregator']);
    expect(sourceStanding(row({ url: 'https://tass.com/economy/1' })).weak).toEqual(['partisan']);
    expect(sourceStanding(row({ url: 'https://greece.news-pravda.com/x' })).weak).toEqual(['partisan']);
    expect(sourceStanding(row({ url: 'https://stg-gpi.jabil.com/x' })).weak).toEqual(['staging']);
    // A copy on an aggregator is never the publisher's own page; a partisan outlet's own page still is.
    expect(sourceStanding(row({ url: 'https://www.europesays.com/1' })).link).toBe('secondary');
    expect(sourceStanding(row({ publisher: 'TASS', url: 'https://tass.com/economy/1' })).link).toBe('publisher');
  });

  it('matches whole domains only: a look-alike host is not flagged', () => {
    expect(sourceStanding(row({ url: 'https://notass.com/x' })).weak).toEqual([]);
    expect(sourceStanding(row({ url: 'https://tass.com.example/x' })).weak).toEqual([]);
  });

  it('flags a recalled (ᵃ) row as weak even without a link', () => {
    expect(sourceStanding(row({ value: '92.5ᵃ', url: '' }))).toEqual({ link: 'none', weak: ['recalled'] });
  });

  it('never throws on a malformed URL', () => {
    expect(sourceStanding(row({ url: 'not a url' }))).toEqual({ link: 'none', weak: [] });
  });
});

describe('sourceStanding on the data file’s rows', () => {
  it('marks the rows read in another outlet as secondary copies (BASELINE-2025 "via")', () => {
    // R1: "IEA Oil Market Report Aug-2025 via Oil & Gas Journal".
    expect(standing('R1')).toEqual({ link: 'secondary', weak: [] });
    // B15: "RBC-Ukraine/Bloomberg": Bloomberg's figure on RBC-Ukraine, with no "via".
    expect(standing('B15').link).toBe('secondary');
  });

  it('marks the publishers’ own pages as such', () => {
    // V10: S&P Global on spglobal.com; P20: the Bank of Finland's BOFIT blog on bofbulletin.fi.
    expect(standing('V10')).toEqual({ link: 'publisher', weak: [] });
    expect(standing('P20')).toEqual({ link: 'publisher', weak: [] });
  });

  it('flags the raw-IP Reuters copy, the aggregators and the state media named in the issue', () => {
    expect(standing('V15').weak).toContain('raw-ip');
    expect(standing('V5').weak).toContain('aggregator');
    expect(standing('P2').weak).toContain('partisan');
    expect(standing('T7').weak).toContain('staging');
  });

  it('links the publisher’s own page where the data row gives it after a copy (B12: TASS, not Amwal’s copy)', () => {
    expect(sources.B12!.url).toBe('https://tass.com/economy/1956693');
    expect(standing('B12')).toEqual({ link: 'publisher', weak: ['partisan'] });
  });

  it('leaves derived rows without a link', () => {
    expect(standing('V4').link).toBe('none');
  });
});
