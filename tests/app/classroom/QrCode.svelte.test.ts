// Tests the QR code: an SVG named for screen readers, one dark square per dark module of uqr's matrix, a quiet zone.
import { render, screen } from '@testing-library/svelte';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import QrCode from '../../../src/app/classroom/QrCode.svelte';

const text = 'https://example.org/crude-leverage/?v=1&m=2&drop=10&lock=drop';

function draw(content = text, label = 'QR code of the lesson link') {
  render(QrCode, { text: content, label });
  const svg = screen.getByRole('img', { name: label });
  const path = svg.querySelector('path')!.getAttribute('d')!;
  return { svg, squares: path.match(/M(\d+) (\d+)h1v1h-1z/g) ?? [] };
}

describe('QrCode', () => {
  it('is an <svg> image named by its <title>', () => {
    const { svg } = draw();
    expect(svg.tagName.toLowerCase()).toBe('svg');
    expect(svg.querySelector('title')?.textContent).toBe('QR code of the lesson link');
  });

  it('draws the matrix uqr makes: its size, one square per dark module, in the right places', () => {
    const matrix = encode(text, { ecc: 'M', border: 0 });
    const { svg, squares } = draw();
    expect(matrix.size).toBe(33);
    expect(svg.getAttribute('data-modules')).toBe('33');
    const dark = matrix.data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`M${x + 4} ${y + 4}h1v1h-1z`] : [])));
    expect(squares).toEqual(dark);
  });

  it('keeps a quiet zone of four modules and draws black on white, big enough for a projector', () => {
    const { svg, squares } = draw('hi');
    expect(svg.getAttribute('viewBox')).toBe('0 0 29 29');
    const coordinates = squares.flatMap((square) => square.match(/\d+/g)!.slice(0, 2).map(Number));
    expect(Math.min(...coordinates)).toBe(4);
    expect(Math.max(...coordinates)).toBe(24);
    expect(svg.querySelector('rect')!.getAttribute('fill')).toBe('#fff');
    expect(svg.querySelector('path')!.getAttribute('fill')).toBe('#000');
    expect(Number(svg.getAttribute('width'))).toBeGreaterThanOrEqual(300);
  });

  it('grows with the text', () => {
    const short = encode('a', { ecc: 'M', border: 0 }).size;
    const long = encode('x'.repeat(300), { ecc: 'M', border: 0 }).size;
    expect(long).toBeGreaterThan(short);
    expect(draw('x'.repeat(300)).svg.getAttribute('data-modules')).toBe(String(long));
  });
});
