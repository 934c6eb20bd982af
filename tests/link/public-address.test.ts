// Tests which address shared links name: the page's own, the public address on a page opened from disk, or the file alone.
import { describe, expect, it } from 'vitest';
import { isOfflineCopy, ownPages, publicAddress, shareAddress } from '../../src/link/public-address.ts';

const SITE = { protocol: 'https:', origin: 'https://sim.example', pathname: '/crude-leverage/' };
const DISK = { protocol: 'file:', origin: 'null', pathname: '/home/t/crude-leverage-offline.html' };
const PUBLIC = 'https://sim.example/crude-leverage/';

describe('publicAddress', () => {
  it('keeps an http(s) page address without its query or fragment, and refuses anything else', () => {
    expect(publicAddress(' https://sim.example/crude-leverage/?drop=5#x ')).toBe(PUBLIC);
    expect(publicAddress('http://localhost:8080')).toBe('http://localhost:8080/');
    for (const bad of [undefined, '', '  ', 'sim.example', 'javascript:alert(1)', 'file:///x.html', 42])
      expect(publicAddress(bad)).toBeNull();
  });
});

describe('shareAddress', () => {
  it('uses the page itself when served from a site, whatever the public address', () => {
    expect(shareAddress(SITE, 'drop=5', 'https://other.example/')).toMatchObject({ source: 'page' });
    expect(shareAddress(SITE, 'drop=5', null).address.toString()).toBe(`${PUBLIC}?drop=5`);
  });

  it('uses the public address, with the query after `?`, on a page opened from disk', () => {
    const { address, source } = shareAddress(DISK, 'drop=5&ex=ten-dollars-lower', PUBLIC);
    expect(source).toBe('public');
    expect(address.toString()).toBe(`${PUBLIC}?drop=5&ex=ten-dollars-lower`);
  });

  it('says the link is the file alone when opened from disk without a public address', () => {
    const { address, source } = shareAddress(DISK, 'drop=5', null);
    expect(source).toBe('file');
    expect(address.toString()).toBe('file:///home/t/crude-leverage-offline.html#drop=5');
  });
});

describe('ownPages and isOfflineCopy', () => {
  it('counts the page and, when given, the public address as this simulator', () => {
    expect(ownPages(SITE, null)).toEqual([PUBLIC]);
    expect(ownPages(DISK, PUBLIC)).toEqual(['file:///home/t/crude-leverage-offline.html', PUBLIC]);
  });

  it('recognises a copy of the offline file anywhere on a disk, and nothing else', () => {
    expect(isOfflineCopy('file:///C:/Users/kid/Desktop/crude-leverage-offline.html#drop=5')).toBe(true);
    expect(isOfflineCopy('file:///C:/Users/kid/Desktop/other.html#drop=5')).toBe(false);
    expect(isOfflineCopy('https://evil.example/crude-leverage-offline.html?drop=5')).toBe(false);
  });
});
