/**
 * SVG → PNG. resvg draws (a Rust renderer with no system dependencies; told
 * to load the bundled fonts and no others, so every machine draws the same
 * pixels); sharp encodes the PNG. Both are deterministic: the same SVG gives
 * the same bytes, which test/unit/social-image-render.test.ts checks.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { FAMILY, FONT_FILES, fontFiles } from './fonts';
import { HEIGHT, WIDTH } from './template';

// One image at a time per thread: the pool runs one worker per core, so libvips' own threads would only contend.
sharp.concurrency(1);
// Nothing is read twice, so libvips's operation cache would only hold memory.
sharp.cache(false);

/** The libraries whose versions decide the pixels and the bytes: part of every cache key. */
export const RENDERER_VERSIONS = {
  resvg: (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version,
  sharp: sharp.versions.sharp ?? 'unknown',
  vips: sharp.versions.vips,
};

const LATIN_FILES = fontFiles('latin');

/**
 * Renders a card's SVG to PNG bytes. resvg builds its font database anew for each image, so an SVG that asks
 * for no CJK run (most of them) is drawn with the Latin pair alone, without indexing the 5 MB CJK pair; no run
 * of it falls back to another font (text-layout.ts), so the pixels are the same either way.
 */
export async function renderPng(svg: string): Promise<Buffer> {
  const files = svg.includes(`font-family="${FAMILY.cjk}"`) ? [...FONT_FILES] : LATIN_FILES;
  const image = new Resvg(svg, {
    font: { fontFiles: files, loadSystemFonts: false, defaultFontFamily: FAMILY.latin },
    fitTo: { mode: 'original' },
    logLevel: 'error',
  }).render();
  if (image.width !== WIDTH || image.height !== HEIGHT) throw new Error(`social image rendered at ${image.width}×${image.height}, expected ${WIDTH}×${HEIGHT}`);
  // The card is opaque: three channels, and a lossless zlib level that costs a third of maximum compression's time.
  return sharp(image.pixels, { raw: { width: WIDTH, height: HEIGHT, channels: 4 } })
    .removeAlpha()
    .png({ compressionLevel: 6 })
    .toBuffer();
}
