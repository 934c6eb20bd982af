// Tests the bench's page weight: what index.html references, and what a cold load fetched on the bench's window and on a phone.
import { describe, expect, it } from 'vitest';
import type { AssetSize } from '../../src/bench/asset-sizes.ts';
import { pageWeight } from '../../src/bench/report.ts';

const asset = (file: string, gzipBytes: number, referenced: boolean): AssetSize => ({
  file,
  kind: file.endsWith('.css') ? 'css' : 'js',
  bytes: gzipBytes * 3,
  gzipBytes,
  referenced,
});

const assets = [
  asset('assets/index.js', 50_000, true),
  asset('assets/index.css', 3_000, true),
  asset('assets/chart.js', 60_000, false),
  asset('assets/worker.js', 6_000, false),
  asset('assets/remix.js', 45_000, false),
];

describe('pageWeight', () => {
  it('counts index.html for the first load, and adds what each cold load fetched', () => {
    const weight = pageWeight(
      assets,
      ['/assets/index.js', '/assets/index.css', '/assets/chart.js', '/assets/worker.js'],
      ['/assets/index.js', '/assets/index.css', '/assets/worker.js'],
    );
    expect(weight.jsGzipBytes).toBe(50_000);
    expect(weight.cssGzipBytes).toBe(3_000);
    // 50,000 + 60,000 + 6,000: the stylesheet is not JavaScript, and the remix chunk was not fetched.
    expect(weight.loadedJsGzipBytes).toBe(116_000);
    // On the phone no chart was near the screen: 50,000 + 6,000.
    expect(weight.phoneLoadedJsGzipBytes).toBe(56_000);
    expect(weight.assets.map((a) => a.fetchedOnLoad)).toEqual([true, true, true, true, false]);
    expect(weight.fetchedNotBuilt).toEqual([]);
  });

  it('reports no cold-load figures when the browser part was skipped', () => {
    const weight = pageWeight(assets, null);
    expect(weight.loadedJsGzipBytes).toBeNull();
    expect(weight.phoneLoadedJsGzipBytes).toBeNull();
    expect(weight.assets.every((a) => a.fetchedOnLoad === null)).toBe(true);
  });
});
