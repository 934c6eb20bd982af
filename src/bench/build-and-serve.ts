// Builds the site into a temporary folder with the project's own Vite config and serves it with `vite preview`.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type InlineConfig, type PreviewServer } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG_FILE = path.join(REPO_ROOT, 'vite.config.ts');

/** The repo's config, with `root` made absolute so the bench runs from any working folder. */
function inlineConfig(outDir: string): InlineConfig {
  return {
    configFile: CONFIG_FILE,
    // The runner loads vite.config.ts in memory instead of writing a bundled copy next to it.
    configLoader: 'runner',
    root: path.join(REPO_ROOT, 'src'),
    // Errors still throw; Vite's chunk-size and timing warnings would only clutter the report.
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  };
}

/** Runs `vite build` into a new folder under the system temp folder; returns that folder. */
export async function buildToTempDir(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'crude-leverage-bench-'));
  try {
    await build(inlineConfig(outDir));
  } catch (error) {
    await removeTempDir(outDir);
    throw error;
  }
  return outDir;
}

export async function removeTempDir(outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
}

/** A port nobody listens on right now, on 127.0.0.1. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('bench: could not find a free port'))));
    });
  });
}

export interface RunningPreview {
  url: string;
  close(): Promise<void>;
}

/** Serves `outDir` with `vite preview` on a free port of 127.0.0.1. */
export async function startPreview(outDir: string): Promise<RunningPreview> {
  const port = await freePort();
  const config = inlineConfig(outDir);
  const server: PreviewServer = await preview({
    ...config,
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}
