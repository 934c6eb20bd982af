// Build, dev server and test configuration. index.html and static files live under src/.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { licenceNotices } from './src/build/licence-notices.ts';
import { generatedModel } from './src/build/model-plugin.ts';
import { OFFLINE_FILE_NAME, offlineEdition } from './src/export/offline-edition.ts';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  // `vite build --mode offline` (npm run build:offline): one self-contained HTML file beside the normal build.
  const offline = mode === 'offline';
  return {
    root: 'src',
    // The offline edition carries nothing but its one file (its favicon is inlined).
    publicDir: offline ? false : 'public',
    // Relative asset paths, so the built site works from any folder of any static host.
    base: './',
    build: {
      outDir: '../dist',
      // The offline file is added to dist/ after `npm run build`, not instead of it.
      emptyOutDir: !offline,
      target: 'es2022',
      // One inlined script has nothing to preload.
      ...(offline ? { modulePreload: false as const } : {}),
    },
    // ES module workers can load a chunk on demand: the Monte Carlo worker fetches mathjs only for an edited model.
    worker: { format: 'es' as const },
    plugins: [
      generatedModel(),
      svelte({ configFile: false }),
      // The offline file carries the notices inside it; the site has them as licenses.txt.
      licenceNotices({ inHtml: offline }),
      ...(offline
        ? [
            viteSingleFile({ outputFileName: OFFLINE_FILE_NAME }),
            offlineEdition({ faviconPath: fileURLToPath(new URL('./src/public/favicon.svg', import.meta.url)) }),
          ]
        : []),
    ],
    test: {
      root: projectRoot,
      // The limit is for hangs, not for speed: mounting the whole page in jsdom or a property test's
      // hundred runs take 1–2 s on a quiet machine and past vitest's default 5 s on a loaded two-core one.
      testTimeout: 30_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/**/*.svelte.test.ts', 'tests/browser/**'],
          },
        },
        {
          extends: true,
          resolve: { conditions: ['browser'] },
          test: {
            name: 'component',
            environment: 'jsdom',
            include: ['tests/**/*.svelte.test.ts'],
            setupFiles: ['tests/setup/component-setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
            fileParallelism: false,
            // On CI only, a failed browser test runs once more in a fresh session: a real Chromium on a
            // loaded two-core runner has stalled one test in ~1,200 (a 60 s time-out that passed in 5 s
            // when rerun). A real fault fails both runs; vitest reports every retry it needed.
            retry: process.env.CI ? 1 : 0,
          },
        },
      ],
    },
  };
});
