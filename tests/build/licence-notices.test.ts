// Tests the licence notices: which packages a build's modules come from, and the notice text that lists them.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPackageDirs, licenceComment, licenceNoticesText } from '../../src/build/licence-notices.ts';

const NODE_MODULES = resolve(import.meta.dirname, '../../node_modules');

describe('bundledPackageDirs', () => {
  it('names each package once, scoped and nested ones included, and ignores the project’s own files', () => {
    expect(
      bundledPackageDirs([
        '/repo/node_modules/mathjs/lib/esm/number.js',
        '/repo/node_modules/mathjs/lib/esm/core/create.js?commonjs-proxy',
        '\0/repo/node_modules/@kurkle/color/dist/color.esm.js',
        'C:\\repo\\node_modules\\chart.js\\dist\\chart.js',
        '/repo/node_modules/a/node_modules/b/index.js',
        '/repo/src/app/model.ts',
        '\0vite/preload-helper.js',
      ]),
    ).toEqual([
      '/repo/node_modules/@kurkle/color',
      '/repo/node_modules/a/node_modules/b',
      '/repo/node_modules/mathjs',
      'C:/repo/node_modules/chart.js',
    ]);
  });
});

describe('licenceNoticesText', () => {
  const text = licenceNoticesText(['mathjs', 'chart.js', 'svelte'].map((name) => resolve(NODE_MODULES, name)));

  it('lists mathjs under Apache-2.0 and Chart.js and Svelte under MIT, with their versions', () => {
    expect(text).toMatch(/^ {2}mathjs \d+\.\d+\.\d+: Apache-2\.0$/m);
    expect(text).toMatch(/^ {2}chart\.js \d+\.\d+\.\d+: MIT$/m);
    expect(text).toMatch(/^ {2}svelte \d+\.\d+\.\d+: MIT$/m);
  });

  it("carries mathjs's NOTICE (Apache-2.0 asks for it) and each package's licence text", () => {
    expect(text).toContain('Copyright (C) 2013-');
    expect(text).toContain('Jos de Jong');
    expect(text).toContain('Licensed under the Apache License, Version 2.0');
    expect(text).toContain('Chart.js Contributors');
    expect(text).toContain('Permission is hereby granted, free of charge');
  });
});

describe('licenceComment', () => {
  it('cannot be ended early by the text inside it', () => {
    const comment = licenceComment('a --> b <!-- c --!> d');
    expect(comment.startsWith('<!--\n')).toBe(true);
    expect(comment.trimEnd().endsWith('\n-->')).toBe(true);
    const inner = comment.slice(4, -4);
    expect(inner).not.toMatch(/--!?>|<!--/);
  });
});
