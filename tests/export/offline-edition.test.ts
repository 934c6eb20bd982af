// Tests the offline edition's finishing step: script-src pinned to the inlined scripts' hashes, the favicon inlined.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineFavicon, inlineScriptHashes, pinScriptSources } from '../../src/export/offline-edition.ts';

const policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'";
const page = (script: string, csp = policy) =>
  `<!doctype html><html><head>\n    <meta\n      http-equiv="Content-Security-Policy"\n      content="${csp}"\n    />\n` +
  `<link rel="icon" href="./favicon.svg" type="image/svg+xml" />\n<script type="module" crossorigin>${script}</script></head><body></body></html>`;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('pinScriptSources', () => {
  it('allows exactly the inlined script, by the hash of its exact text (UTF-8)', () => {
    const code = 'console.log("原油槓桿")\n';
    expect(inlineScriptHashes(page(code))).toEqual([sha256(code)]);
    const pinned = pinScriptSources(page(code));
    expect(pinned).toContain(
      `content="default-src 'self'; script-src ${sha256(code)}; style-src 'self' 'unsafe-inline'; object-src 'none'"`,
    );
    expect(pinned).not.toContain("script-src 'self'");
  });

  it('accepts inlined code that spells a script tag in a string, as the embed snippet does', () => {
    const code = 'const snippet = `<script src="https://example.org/embed-resize.js" async><\\/script>`;\n';
    expect(inlineScriptHashes(page(code))).toEqual([sha256(code)]);
    expect(pinScriptSources(page(code))).toContain(`script-src ${sha256(code)};`);
  });

  it('refuses a page that still loads a script file, has no policy, or would allow unsafe scripts', () => {
    expect(() => pinScriptSources(`${page('1')}<script src="./x.js"></script>`)).toThrow(/still loaded from a file/);
    expect(() => pinScriptSources('<html><script>1</script></html>')).toThrow(/no Content-Security-Policy/);
    expect(() => pinScriptSources(page('1', "default-src 'self'; style-src 'unsafe-eval'"))).toThrow(
      /no script-src|unsafe/,
    );
    expect(() => pinScriptSources(page('1', "script-src 'self'; style-src 'self'; worker-src 'unsafe-eval'"))).toThrow(
      /unsafe/,
    );
  });
});

describe('inlineFavicon', () => {
  it('replaces the icon file with a data: URL of the same SVG', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    const html = inlineFavicon(page('1'), svg);
    const href = /rel="icon" href="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(href.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(href.split(',')[1]!, 'base64').toString('utf8')).toBe(svg);
  });
});
