/**
 * The fonts the social images are drawn with (src/assets/fonts/, see its
 * README): Noto Sans for everything it covers, Noto Sans CJK SC for Chinese,
 * Japanese and Korean. Text is split into runs by which font has each
 * character, and each run is drawn as its own <text> in its own font, so the
 * renderer never falls back to a font of its choosing (see text-layout.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readFontMetrics, type FontMetrics } from './font-metrics';

export type Script = 'latin' | 'cjk';
export type Weight = 400 | 700;

/** The family names as the font files spell them (name table id 1): what the SVG asks for. */
export const FAMILY: Record<Script, string> = { latin: 'Noto Sans', cjk: 'Noto Sans CJK SC' };

const FILES: Record<Script, Record<Weight, string>> = {
  latin: { 400: 'NotoSans-Regular.ttf', 700: 'NotoSans-Bold.ttf' },
  cjk: { 400: 'NotoSansCJKsc-Regular.subset.otf', 700: 'NotoSansCJKsc-Bold.subset.otf' },
};

const path = (script: Script, weight: Weight) => fileURLToPath(new URL(`../../assets/fonts/${FILES[script][weight]}`, import.meta.url));

/** Absolute paths of one script's font files, regular then bold. */
export const fontFiles = (script: Script): string[] => [path(script, 400), path(script, 700)];

/** Absolute paths of every bundled font file, in a fixed order (the renderer loads these and nothing else). */
export const FONT_FILES: readonly string[] = [...fontFiles('latin'), ...fontFiles('cjk')];

export type FontSet = Record<Script, Record<Weight, FontMetrics>>;

let loaded: FontSet | undefined;

/** The metrics of the bundled fonts, read once per process (the CJK files take about 10 ms each). */
export function bundledFonts(): FontSet {
  loaded ??= {
    latin: { 400: read('latin', 400), 700: read('latin', 700) },
    cjk: { 400: read('cjk', 400), 700: read('cjk', 700) },
  };
  return loaded;
}

function read(script: Script, weight: Weight): FontMetrics {
  return readFontMetrics(readFileSync(path(script, weight)));
}
