// Build-time only (vite.config.ts, mode "offline"): finishes the single-file edition that vite-plugin-singlefile inlines.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { OFFLINE_FILE_NAME } from './offline-file-name.ts';

export { OFFLINE_FILE_NAME };

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const PENDING_HASH = "'sha256-pending'";
const CSP_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/i;

/** The CSP source of each inline script: 'sha256-…' of its exact text, as the browser hashes it. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body]) =>
      `'sha256-${createHash('sha256')
        .update(body ?? '', 'utf8')
        .digest('base64')}'`,
  );
}

/**
 * Replaces the CSP's script-src with the hashes of the page's inline scripts, so the one page runs its own
 * code and nothing else: no 'self' (a file: page has no origin to trust), no 'unsafe-inline', no 'unsafe-eval'.
 */
export function pinScriptSources(html: string): string {
  const hashes = inlineScriptHashes(html);
  if (hashes.length === 0) throw new Error('offline edition: no inline script to allow');
  // Inline scripts' bodies are left out first: the page's own code may spell a script tag in a string (the embed snippet).
  if (/<script\b[^>]*\bsrc=/i.test(html.replace(INLINE_SCRIPT, '')))
    throw new Error('offline edition: a script is still loaded from a file');
  const meta = CSP_META.exec(html);
  if (!meta) throw new Error('offline edition: the page has no Content-Security-Policy meta');
  const directives = meta[2]!
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
  const others = directives.filter((directive) => !/^script-src\s/.test(directive));
  if (others.length === directives.length) throw new Error('offline edition: the CSP has no script-src');
  const policy = [...others.slice(0, 1), `script-src ${hashes.join(' ')}`, ...others.slice(1)].join('; ');
  if (/unsafe-eval|script-src[^;]*(unsafe-inline|pending)/.test(policy))
    throw new Error('offline edition: the CSP would allow unsafe scripts');
  return html.replace(CSP_META, (_, start: string, _policy: string, end: string) => `${start}${policy}${end}`);
}

/** Puts the favicon in the page as a data: URL, so opening the file asks for no other file. */
export function inlineFavicon(html: string, svg: string): string {
  const href = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
  return html.replace(/(<link\s+rel="icon"\s+href=")[^"]*(")/i, `$1${href}$2`);
}

/**
 * Runs after the bundle is written: reads the single HTML file vite-plugin-singlefile wrote, inlines the
 * favicon and pins script-src to the inlined code's hashes. Done on the written file so the hash is of the
 * exact bytes a browser will read.
 */
export function offlineEdition({ faviconPath }: { faviconPath: string }): Plugin {
  return {
    name: 'crude-leverage:offline-edition',
    apply: 'build',
    enforce: 'post',
    // A stand-in hash until the real ones are known, so vite-plugin-singlefile does not warn about inlining.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(/script-src 'self'/, `script-src ${PENDING_HASH}`),
    },
    // What singlefile could not inline is not needed: the Monte Carlo worker, which the offline edition never starts.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const name of Object.keys(bundle)) {
          if (!name.endsWith('.html')) {
            this.info(`left out of the offline edition: ${name}`);
            delete bundle[name];
          }
        }
      },
    },
    writeBundle(options) {
      const file = join(options.dir ?? '', OFFLINE_FILE_NAME);
      if (!existsSync(file)) throw new Error(`offline edition: ${file} was not written`);
      let html = readFileSync(file, 'utf8');
      html = inlineFavicon(html, readFileSync(faviconPath, 'utf8'));
      writeFileSync(file, pinScriptSources(html));
    },
  };
}
