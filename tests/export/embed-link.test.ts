// Tests the embedding links: embed=1 and chart= as link keys, the page and embed links, the iframe code and which sliders an embed shows.
import { describe, expect, it } from 'vitest';
import { model } from '../../src/app/model.ts';
import {
  EMBED_BASE_HEIGHT_PX,
  EMBED_SLIDER_HEIGHT_PX,
  embedHeightPx,
  embedLink,
  embedParameterKeys,
  iframeSnippet,
  pageLink,
  resizeScriptUrl,
} from '../../src/export/embed-link.ts';
import { decodeLink, encodeLink } from '../../src/link/link-format.ts';
import { DEFAULT_EMBED_CHART, EMBED_CHARTS, embedSettings } from '../../src/link/view-params.ts';

const web = { protocol: 'https:', origin: 'https://example.org', pathname: '/crude-leverage/' };
const disk = { protocol: 'file:', origin: 'null', pathname: '/media/usb/crude-leverage-offline.html' };

describe('embed and chart link keys', () => {
  it('read embed=1 and a chart id as view settings, not as ignored keys', () => {
    const decoded = decodeLink(model, '?drop=10&embed=1&chart=calculus');
    expect(decoded.ignored).toEqual([]);
    expect(embedSettings(decoded.view)).toEqual({ embed: true, chart: 'calculus' });
    expect(decoded.scenario.drop).toBe(10);
  });

  it('default to the full page and the drop sweep, and write nothing for the defaults', () => {
    const decoded = decodeLink(model, '?drop=10');
    expect(embedSettings(decoded.view)).toEqual({ embed: false, chart: DEFAULT_EMBED_CHART });
    expect(decoded.view).not.toHaveProperty('embed');
    const scenario = { ...model.defaults, drop: 10 };
    expect(encodeLink(model, { scenario, view: { embed: false, chart: DEFAULT_EMBED_CHART } })).toBe('v=1&m=2&drop=10');
    expect(encodeLink(model, { scenario, view: { embed: true, chart: 'waterfall' } })).toBe(
      'v=1&m=2&drop=10&embed=1&chart=waterfall',
    );
  });

  it('round-trip every chart and refuse unknown values', () => {
    for (const chart of EMBED_CHARTS) {
      const query = encodeLink(model, { scenario: model.defaults, view: { embed: true, chart } });
      expect(embedSettings(decodeLink(model, query).view)).toEqual({ embed: true, chart });
    }
    const bad = decodeLink(model, '?embed=yes&chart=tornado');
    expect(bad.ignored).toEqual(['embed', 'chart']);
    expect(embedSettings(bad.view)).toEqual({ embed: false, chart: DEFAULT_EMBED_CHART });
    expect(embedSettings(decodeLink(model, '?embed=0').view).embed).toBe(false);
    expect(decodeLink(model, '?chart=constructor').ignored).toEqual(['chart']);
  });
});

describe('links', () => {
  it('put the scenario after ? on a server and after # on a page opened from disk', () => {
    expect(pageLink(web, 'v=1&m=2&drop=10')).toBe('https://example.org/crude-leverage/?v=1&m=2&drop=10');
    expect(pageLink(disk, 'v=1&m=2&drop=10')).toBe('file:///media/usb/crude-leverage-offline.html#v=1&m=2&drop=10');
  });

  it('embed the same scenario with embed=1, naming the chart only when it is not the default', () => {
    expect(embedLink(web, 'v=1&m=2&drop=10')).toBe('https://example.org/crude-leverage/?v=1&m=2&drop=10&embed=1');
    expect(embedLink(web, 'v=1&m=2', 'calculus')).toBe(
      'https://example.org/crude-leverage/?v=1&m=2&chart=calculus&embed=1',
    );
  });

  it('write the iframe code with the link escaped for an HTML attribute', () => {
    const code = iframeSnippet({
      src: 'https://example.org/?v=1&m=2&lang=zh-Hant&embed=1',
      title: 'Russia\'s "income"',
      heightPx: 1234.2,
    });
    expect(code).toBe(
      '<iframe src="https://example.org/?v=1&amp;m=2&amp;lang=zh-Hant&amp;embed=1" title="Russia&apos;s &quot;income&quot;" width="100%" height="1235" loading="lazy" style="border:0"></iframe>',
    );
    expect(attribute(code, 'src')).toBe('https://example.org/?v=1&m=2&lang=zh-Hant&embed=1');
  });
});

describe('the iframe height and the optional resize script', () => {
  it('adds one slider step per slider to the chart’s measured base', () => {
    for (const chart of EMBED_CHARTS) {
      expect(embedHeightPx(chart, 0)).toBe(EMBED_BASE_HEIGHT_PX[chart]);
      expect(embedHeightPx(chart, 5) - embedHeightPx(chart, 1)).toBe(4 * EMBED_SLIDER_HEIGHT_PX);
    }
    // Nonsense counts never shrink the frame below the base.
    expect(embedHeightPx('calculus', -3)).toBe(EMBED_BASE_HEIGHT_PX.calculus);
  });

  it('puts the script beside the page, and leaves it out for a page opened from disk', () => {
    expect(resizeScriptUrl(web)).toBe('https://example.org/crude-leverage/embed-resize.js');
    expect(resizeScriptUrl({ protocol: 'https:', origin: 'https://example.org', pathname: '/cl/index.html' })).toBe(
      'https://example.org/cl/embed-resize.js',
    );
    expect(resizeScriptUrl({ protocol: 'file:', origin: 'null', pathname: '/home/me/crude-leverage.html' })).toBeNull();
  });

  it('adds the script line after the iframe only when there is a script', () => {
    const input = { src: 'https://example.org/?embed=1', title: 'T', heightPx: 900 };
    expect(iframeSnippet(input)).not.toContain('<script');
    const code = iframeSnippet({ ...input, resizeScript: 'https://example.org/embed-resize.js' });
    const [iframe, script] = code.split('\n');
    expect(iframe).toBe(iframeSnippet(input));
    expect(script).toBe('<script src="https://example.org/embed-resize.js" async></script>');
  });
});

describe('embedParameterKeys', () => {
  it('lists the parameters the link sets, in declaration order, not the pinned ones', () => {
    expect(embedParameterKeys(model, '?embed=1&tariff-india=50&drop=10&a.china=1&lang=zh-Hant')).toEqual([
      'drop',
      'tariff-india',
    ]);
  });

  it('falls back to the five headline sliders', () => {
    expect(embedParameterKeys(model, '?embed=1&chart=calculus')).toEqual([
      'drop',
      'india',
      'china',
      'tariff-india',
      'tariff-china',
    ]);
  });
});

/** An attribute's value read back as an HTML parser would (entities decoded), without a DOM. */
function attribute(html: string, name: string): string {
  const raw = new RegExp(`${name}="([^"]*)"`).exec(html)?.[1] ?? '';
  const entities: Record<string, string> = { '&quot;': '"', '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  return raw.replace(/&(quot|apos|lt|gt|amp);/g, (entity) => entities[entity]!);
}
