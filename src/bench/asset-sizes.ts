// Measures what the built page loads: the scripts and stylesheets index.html references, raw and gzipped.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  /** Path relative to the build folder, as index.html writes it. */
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
}

export interface AssetSizes {
  assets: AssetSize[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

/** The `src` of module scripts and the `href` of stylesheets and module preloads, in page order. */
export function referencedAssets(html: string): string[] {
  const found: string[] = [];
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  for (const tag of tags) {
    const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attribute('src');
      if (src) found.push(src);
    } else if (/^(stylesheet|modulepreload)$/i.test(attribute('rel') ?? '')) {
      const href = attribute('href');
      if (href) found.push(href);
    }
  }
  return [...new Set(found)];
}

/** Reads each referenced asset from `outDir` and gzips it at zlib's default level. */
export async function measureAssetSizes(outDir: string): Promise<AssetSize[]> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const assets: AssetSize[] = [];
  for (const reference of referencedAssets(html)) {
    if (/^[a-z]+:\/\//i.test(reference)) throw new Error(`bench: index.html loads ${reference} from another site`);
    const file = path.posix.normalize(reference.replace(/^\.?\//, '').split(/[?#]/)[0]!);
    const kind = file.endsWith('.css') ? 'css' : 'js';
    const content = await readFile(path.join(outDir, file));
    assets.push({ file, kind, bytes: content.length, gzipBytes: gzipSync(content).length });
  }
  return assets;
}

export function summarizeAssets(assets: AssetSize[]): AssetSizes {
  const sum = (kind: AssetSize['kind']) => assets.filter((a) => a.kind === kind).reduce((total, a) => total + a.gzipBytes, 0);
  return { assets, jsGzipBytes: sum('js'), cssGzipBytes: sum('css') };
}
