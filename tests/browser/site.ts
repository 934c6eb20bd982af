// The site under test: a production build in a private temporary folder (cached by the hash of its inputs),
// served by `vite preview` on a free port of 127.0.0.1.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreviewServer } from 'vite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const configFile = join(repoRoot, 'vite.config.ts');
/** Every file and folder this harness leaves in the temporary folder starts with this. */
export const TEMP_PREFIX = 'crude-leverage-e2e-';

/** A hash of everything the build reads: the page and model sources, the build config and the locked dependencies. */
function buildInputsHash(): string {
  const files = ['src', 'models'].flatMap((folder) =>
    (readdirSync(join(repoRoot, folder), { recursive: true }) as string[]).map((name) => join(repoRoot, folder, name)),
  );
  files.push(configFile, join(repoRoot, 'tsconfig.json'), join(repoRoot, 'package-lock.json'));
  const hash = createHash('sha256');
  for (const file of files.filter((path) => existsSync(path) && statSync(path).isFile()).sort()) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Removes this harness's leftovers from earlier runs: other builds and abandoned staging folders over an hour old. */
function pruneOldBuilds(keep: string): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(tmpdir())) {
    const path = join(tmpdir(), name);
    if (!name.startsWith(TEMP_PREFIX) || name.includes('skip-warned') || path === keep || path === `${keep}.complete`)
      continue;
    try {
      if (statSync(path).mtimeMs < hourAgo) rmSync(path, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * The production build in a private temporary folder (never the developer's dist/). Test files run in
 * separate processes, so the build is shared through the file system: it is keyed by the hash of its
 * inputs, made once and reused until a source file changes.
 */
export async function builtSite(): Promise<string> {
  const outDir = join(tmpdir(), `${TEMP_PREFIX}${buildInputsHash()}`);
  const complete = `${outDir}.complete`;
  if (!existsSync(complete)) {
    const staging = `${outDir}.staging-${process.pid}`;
    const { build } = await import('vite');
    // The test runner sets NODE_ENV=test; the shipped bundle is built for production.
    const previousNodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      // Only errors: `npm run build` is where the build's warnings (chunk sizes) are read.
      await build({ configFile, mode: 'production', logLevel: 'error', build: { outDir: staging, emptyOutDir: true } });
    } finally {
      if (previousNodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = previousNodeEnv;
    }
    rmSync(outDir, { recursive: true, force: true });
    renameSync(staging, outDir);
    writeFileSync(complete, new Date().toISOString());
  }
  pruneOldBuilds(outDir);
  return outDir;
}

export interface Site {
  /** The page's address, ending in `/`. */
  url: string;
  origin: string;
  outDir: string;
  close(): Promise<void>;
}

/** Serves the built site with `vite preview` on a free port of 127.0.0.1. */
export async function startSite(): Promise<Site> {
  const outDir = await builtSite();
  const { preview } = await import('vite');
  const server: PreviewServer = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a port');
  const origin = `http://127.0.0.1:${address.port}`;
  return { url: `${origin}/`, origin, outDir, close: () => server.close() };
}
