// Measures what the built page loads: the scripts and stylesheets index.html references, raw and gzipped, and
// any other built script or stylesheet (a worker, a lazy chunk) so that what the page fetches later is visible too.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  /** Path relative to the build folder, with forward slashes. */
  file: string;
  kind: 'js' | 'css';
  bytes: number;
  gzipBytes: number;
  /** True when index.html references it (script src, stylesheet or module preload). */
  referenced: boolean;
}

/** The `src` of scripts and the `href` of stylesheets and module preloads, in page order. */
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

/** `./assets/a.js?v=1` → `assets/a.js`. */
export function toBuildPath(reference: string): string {
  return path.posix.normalize(reference.replace(/^\.?\//, '').split(/[?#]/)[0]!);
}

async function listFiles(dir: string, under = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, under), { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = under ? `${under}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(dir, relative) : Promise.resolve([relative]);
    }),
  );
  return nested.flat();
}

async function sizeOf(outDir: string, file: string, referenced: boolean): Promise<AssetSize> {
  const content = await readFile(path.join(outDir, file));
  const kind = file.endsWith('.css') ? 'css' : 'js';
  return { file, kind, bytes: content.length, gzipBytes: gzipSync(content).length, referenced };
}

/**
 * Gzips (zlib's default level) every asset index.html references, then every other .js, .mjs and .css file
 * of the build, in that order.
 */
export async function measureAssetSizes(outDir: string): Promise<AssetSize[]> {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const referenced: string[] = [];
  for (const reference of referencedAssets(html)) {
    if (/^[a-z]+:\/\//i.test(reference)) throw new Error(`bench: index.html loads ${reference} from another site`);
    referenced.push(toBuildPath(reference));
  }
  const others = (await listFiles(outDir))
    .filter((file) => /\.(m?js|css)$/.test(file) && !referenced.includes(file))
    .sort();
  return Promise.all([
    ...referenced.map((file) => sizeOf(outDir, file, true)),
    ...others.map((file) => sizeOf(outDir, file, false)),
  ]);
}

export const gzipTotal = (assets: readonly AssetSize[], kind: AssetSize['kind']): number =>
  assets.filter((a) => a.kind === kind).reduce((total, a) => total + a.gzipBytes, 0);
