// Tests the picture's layout (wrapping, order of the words around the chart) and its SVG form (real text, escaped, the 2× PNG inside).
import { describe, expect, it } from 'vitest';
import { type Measure, layoutPicture, wrapText } from '../../src/export/picture-layout.ts';
import { escapeXml, pictureSvg } from '../../src/export/picture-svg.ts';

/** Every character 10 px wide, whatever the font. */
const measure: Measure = (text) => Array.from(text).length * 10;

const words = {
  title: 'Export income as the oil price falls',
  scenario: 'Scenario: Oil-price drop 10 $/bbl',
  source: 'Source: Crude Leverage model; figures from IEA, EIA, Kpler, Reuters… see the link',
  link: 'https://example.org/crude-leverage/?v=1&m=2&drop=10&india=1.2&tariff-india=50',
};

describe('wrapText', () => {
  it('breaks at spaces, within the width', () => {
    expect(wrapText('one two three four', 90, '', measure)).toEqual(['one two', 'three', 'four']);
  });

  it('breaks a word longer than the line (a link, or Chinese without spaces) between characters', () => {
    expect(wrapText('abcdefghij', 40, '', measure)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('油價下跌時的出口收入', 50, '', measure)).toEqual(['油價下跌時', '的出口收入']);
  });
});

describe('layoutPicture', () => {
  const layout = layoutPicture(words, { width: 400, height: 225 }, measure);

  it('puts title and scenario above the chart, source and link below, all inside the picture', () => {
    const above = layout.lines.filter((line) => line.y < layout.chart.y);
    const below = layout.lines.filter((line) => line.y > layout.chart.y + layout.chart.height);
    expect(above.map((line) => line.text).join(' ')).toBe(`${words.title} ${words.scenario}`);
    expect(
      below
        .map((line) => line.text)
        .join('')
        .replace(/\s/g, ''),
    ).toBe(`${words.source}${words.link}`.replace(/\s/g, ''));
    expect(layout.width).toBe(400 + 48);
    for (const line of layout.lines) {
      expect(measure(line.text, '')).toBeLessThanOrEqual(layout.chart.width);
      expect(line.y).toBeLessThan(layout.height);
    }
    expect(layout.lines[0]!.bold).toBe(true);
  });
});

describe('pictureSvg', () => {
  const layout = layoutPicture({ ...words, title: 'Income <by> "buyer" & more' }, { width: 400, height: 225 }, measure);
  const svg = pictureSvg(layout, {
    chartPng: 'data:image/png;base64,AAAA',
    title: 'Income <by> "buyer" & more',
    description: 'Takeaway.',
    lang: 'en',
  });

  it('is one SVG document with the chart image and every word as <text>, escaped', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(
      true,
    );
    expect(svg).toContain(
      `<image x="24" y="${layout.chart.y}" width="400" height="225" href="data:image/png;base64,AAAA"/>`,
    );
    expect(svg.match(/<text /g)).toHaveLength(layout.lines.length);
    expect(svg).toContain('<title>Income &lt;by&gt; &quot;buyer&quot; &amp; more</title>');
    expect(svg).toContain('&amp;drop=10&amp;india=1.2');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('escapes all five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
