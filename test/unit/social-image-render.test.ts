/**
 * Drawing a card: the same card gives byte-identical PNGs (in one thread or
 * several at once), the PNG is 1200×630, and text laid out by the bundled
 * fonts' advances is where the renderer draws it, never past its box.
 */
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/lib/social-image/cards';
import { bundledFonts, FAMILY, FONT_FILES } from '../../src/lib/social-image/fonts';
import { renderPng } from '../../src/lib/social-image/render';
import { cardSvg, HEIGHT, WIDTH } from '../../src/lib/social-image/template';
import { cleanText, wrap, type Line } from '../../src/lib/social-image/text-layout';

const fonts = bundledFonts();
const card: Card = {
  site: 'SSB Tracker',
  kind: 'Programme',
  title: 'Toyota all-solid-state battery for BEVs, with Idemitsu sulfide electrolyte',
  name: 'Toyota–Idemitsu · led by Toyota',
  families: [{ label: 'Sulfide electrolyte', colour: '#fbbf24' }],
  figures: [
    { label: 'Next target', value: 'FY2027–28', detail: 'All-solid-state batteries in production BEVs' },
    { label: 'Total slip', value: '+36 months' },
  ],
};

describe('rendering a card', () => {
  it('gives byte-identical PNGs for identical inputs, one after another and concurrently', async () => {
    const first = await renderPng(cardSvg(card, fonts));
    const again = await renderPng(cardSvg(structuredClone(card), fonts));
    const parallel = await Promise.all([1, 2, 3].map(() => renderPng(cardSvg(card, fonts))));
    expect(again.equals(first)).toBe(true);
    for (const png of parallel) expect(png.equals(first)).toBe(true);
  });

  it('gives different bytes when a displayed field differs', async () => {
    const a = await renderPng(cardSvg(card, fonts));
    const b = await renderPng(cardSvg({ ...card, figures: [card.figures[0]!, { label: 'Total slip', value: '+37 months' }] }, fonts));
    expect(b.equals(a)).toBe(false);
  });

  it('is a 1200×630 PNG without alpha', async () => {
    const meta = await sharp(await renderPng(cardSvg(card, fonts))).metadata();
    expect([meta.format, meta.width, meta.height, meta.channels]).toEqual(['png', WIDTH, HEIGHT, 3]);
  });

  it('escapes hostile text into a valid SVG that still draws', async () => {
    const hostile = { ...card, title: '</text><script>alert(1)</script> & "quotes" \u0000', name: '<b>bold</b>' };
    const svg = cardSvg(hostile, fonts);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;/text&gt;&lt;script&gt;');
    const meta = await sharp(await renderPng(svg)).metadata();
    expect(meta.width).toBe(WIDTH);
  });
});

/** The ink box resvg draws for one laid-out line at x = 0 (one <text> per font run, as the template does). */
function drawnBox(line: Line, size: number, weight: 400 | 700): { left: number; right: number } {
  const texts = line.runs.map(
    (r) => `<text x="${r.x}" y="${size * 1.5}" font-family="${FAMILY[r.script]}" font-size="${size}" font-weight="${weight}">${r.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`,
  );
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${size * 3}">${texts.join('')}</svg>`;
  const box = new Resvg(svg, { font: { fontFiles: [...FONT_FILES], loadSystemFonts: false } }).getBBox();
  if (!box) throw new Error(`nothing drawn for "${line.text}"`);
  return { left: box.x, right: box.x + box.width };
}

describe('text measured by glyph advances', () => {
  it.each([
    ['Latin, bold title', 'Toyota and Idemitsu team up to mass-produce sulfide solid electrolyte for all BEVs', 64, 700],
    ['accents and dashes', 'Centro para el Desarrollo Tecnológico y la Innovación – Enagás, Bolloré', 44, 400],
    ['Chinese and Latin', '赣锋锂业 重庆 solid-state base 重庆两江新区赣锋新型锂电池科技产业园项目加速建设', 56, 700],
    ['Korean and Japanese', "LG엔솔, 전고체 배터리 '투트랙'…2026년 고분자계 '먼저' トヨタ「全固体電池」 office", 50, 700],
  ] as const)('%s: every wrapped line fits its width, and the renderer draws it within a few pixels of the measure', (_what, text, size, weight) => {
    const maxWidth = 1040;
    const { lines } = wrap(cleanText(text, fonts), { size, weight }, maxWidth, 6, fonts);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect(line.width, line.text).toBeLessThanOrEqual(maxWidth);
      const box = drawnBox(line, size, weight);
      // Ink starts near x = 0 (a side bearing) and ends before the last advance: kerning only narrows.
      expect(box.left, line.text).toBeGreaterThan(-size * 0.1);
      expect(box.right, line.text).toBeLessThanOrEqual(line.width + 1);
      expect(box.right, line.text).toBeGreaterThan(line.width - size * 0.6);
    }
  });
});
