/**
 * Lays text out the way the renderer will draw it, from the bundled fonts'
 * glyph advances: font runs, line wrapping, shrinking to fit and ellipsis.
 *
 * Each run of characters one font covers is drawn as its own <text> element,
 * at an x computed here. The resvg in @resvg/resvg-js 2.6 drops a whole <text>
 * ("Text layouting failed") when one element mixes fonts and a ligature or
 * combining mark joins characters into one cluster (`A <tspan
 * font-family="Noto Sans CJK SC">重</tspan> office` draws nothing; linebender/
 * resvg#614, #635), and its fallback for a character a font lacks picks the
 * wrong font or the regular weight for bold text (#598, #313); one font per
 * element, chosen here, avoids both.
 */
import type { FontSet, Script, Weight } from './fonts';

export interface TextStyle {
  size: number;
  weight: Weight;
}

/** A stretch of one line in one font; x is its offset from the line's start, in px. */
export interface Run {
  script: Script;
  text: string;
  x: number;
}

export interface Line {
  text: string;
  width: number;
  runs: Run[];
}

export interface Wrapped {
  lines: Line[];
  /** True when the text did not fit and the last line ends in an ellipsis. */
  truncated: boolean;
}

const REPLACEMENT = '\uFFFD';
const ELLIPSIS = '…';
/** No line may start with these (closing punctuation; the kinsoku rule of CJK typesetting, and Latin's). */
const NO_BREAK_BEFORE = new Set([...'、。，．：；！？）」』】〕〉》’”…ー々〃ゝゞ・,.;:!?)]}%']);
/** No line may end with these (opening punctuation). */
const NO_BREAK_AFTER = new Set([...'（「『【〔〈《‘“([{']);
/** A Latin word may break after these without a space. */
const BREAK_AFTER = new Set([...'-–—/']);

/** The font that draws a code point: Noto Sans first, then the CJK font; undefined when neither has it. */
export function scriptOf(codePoint: number, fonts: FontSet): Script | undefined {
  if (codePoint === 0x20 || fonts.latin[400].advance(codePoint) !== undefined) return 'latin';
  if (fonts.cjk[400].advance(codePoint) !== undefined) return 'cjk';
  return undefined;
}

/**
 * Text as it will be drawn: NFC (so "e" + combining accent is one glyph the font has), without control and
 * invisible characters, whitespace collapsed, and every character neither font has replaced by U+FFFD.
 */
export function cleanText(text: string, fonts: FontSet): string {
  const plain = text.normalize('NFC').replace(/[\p{Cc}\p{Default_Ignorable_Code_Point}]/gu, (c) => (/\s/.test(c) ? ' ' : ''));
  let out = '';
  for (const ch of plain.replace(/\s+/g, ' ').trim()) out += scriptOf(ch.codePointAt(0)!, fonts) ? ch : REPLACEMENT;
  return out;
}

/** Characters of `text` that neither bundled font draws (after the same normalisation cleanText applies). */
export function missingCharacters(text: string, fonts: FontSet): string[] {
  const plain = text.normalize('NFC').replace(/[\p{Cc}\p{Default_Ignorable_Code_Point}\s]/gu, '');
  return [...new Set([...plain].filter((ch) => !scriptOf(ch.codePointAt(0)!, fonts)))];
}

function advance(ch: string, style: TextStyle, fonts: FontSet): number {
  const cp = ch.codePointAt(0)!;
  const script = scriptOf(cp, fonts) ?? 'latin';
  const font = fonts[script][style.weight];
  return ((font.advance(cp) ?? font.advance(0xfffd) ?? 0) * style.size) / font.unitsPerEm;
}

/** Width in px of cleaned text set in `style`: the sum of its glyph advances. */
export function measure(text: string, style: TextStyle, fonts: FontSet): number {
  let width = 0;
  for (const ch of text) width += advance(ch, style, fonts);
  return width;
}

/**
 * Splits a line into font runs with their offsets. A space is always Noto Sans's (the CJK subset has none, and a
 * space the CJK font lacked would send resvg to its fallback); spaces that start a run only move it, since SVG
 * drops leading spaces.
 */
export function lineRuns(text: string, style: TextStyle, fonts: FontSet): Run[] {
  const runs: Run[] = [];
  let x = 0;
  let current: Run | undefined;
  for (const ch of text) {
    const script = ch === ' ' ? 'latin' : (scriptOf(ch.codePointAt(0)!, fonts) ?? 'latin');
    if (!current || current.script !== script) {
      current = { script, text: '', x };
      runs.push(current);
    }
    if (ch === ' ' && current.text === '') current.x += advance(ch, style, fonts);
    else current.text += ch;
    x += advance(ch, style, fonts);
  }
  return runs.filter((r) => r.text.trim() !== '');
}

interface Token {
  text: string;
  /** A space separates it from the token before. */
  spaced: boolean;
}

const PUNCTUATION = /^\p{P}+$/u;
/** Chinese and Japanese break between any two characters; Korean, like Latin, between words. */
const BREAKS_ANYWHERE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Break opportunities: at spaces, after a dash or slash, and around each Han or kana character. Punctuation stays
 * with what it follows, and a run of punctuation that opens a word ("(", "「", a quote) with what comes next.
 */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let spaced = false;
  let open = false; // the last token is a word (Latin, Korean) that may still grow
  for (const ch of text) {
    if (ch === ' ') {
      spaced = true;
      open = false;
      continue;
    }
    const last = out.at(-1);
    const cjk = BREAKS_ANYWHERE.test(ch);
    const opener = last !== undefined && (PUNCTUATION.test(last.text) || NO_BREAK_AFTER.has([...last.text].at(-1)!));
    const glued = last !== undefined && !spaced && (NO_BREAK_BEFORE.has(ch) || PUNCTUATION.test(ch) || opener);
    if (last && (glued || (open && !cjk))) last.text += ch;
    else out.push({ text: ch, spaced });
    spaced = false;
    open = !cjk && !BREAK_AFTER.has(ch);
  }
  return out;
}

function line(text: string, style: TextStyle, fonts: FontSet): Line {
  return { text, width: measure(text, style, fonts), runs: lineRuns(text, style, fonts) };
}

/** Cuts a word that is wider than a whole line into pieces that fit. */
function splitWord(word: string, style: TextStyle, maxWidth: number, fonts: FontSet): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && measure(piece + ch, style, fonts) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return piece === '' ? pieces : [...pieces, piece];
}

/** The last line with an ellipsis, dropping whole words (or characters of a single word) until it fits. */
function ellipsise(text: string, style: TextStyle, maxWidth: number, fonts: FontSet): string {
  let kept = text.trimEnd();
  while (kept !== '' && measure(`${kept}${ELLIPSIS}`, style, fonts) > maxWidth) {
    const cut = kept.lastIndexOf(' ');
    kept = (cut > kept.length / 2 ? kept.slice(0, cut) : [...kept].slice(0, -1).join('')).trimEnd();
  }
  return `${kept}${ELLIPSIS}`;
}

/** Greedy wrapping of cleaned text into at most `maxLines` lines of `maxWidth` px; the last one ellipsised if it overflows. */
export function wrap(text: string, style: TextStyle, maxWidth: number, maxLines: number, fonts: FontSet): Wrapped {
  const space = measure(' ', style, fonts);
  const rows: { text: string; width: number }[] = [];
  let row: { text: string; width: number } | undefined;
  for (const token of tokens(text)) {
    const width = measure(token.text, style, fonts);
    const gap = token.spaced ? space : 0;
    if (row && row.width + gap + width <= maxWidth) {
      row.text += (token.spaced ? ' ' : '') + token.text;
      row.width += gap + width;
      continue;
    }
    const pieces = width > maxWidth ? splitWord(token.text, style, maxWidth, fonts) : [token.text];
    for (const piece of pieces) {
      row = { text: piece, width: measure(piece, style, fonts) };
      rows.push(row);
    }
  }
  if (rows.length <= maxLines) return { lines: rows.map((r) => line(r.text, style, fonts)), truncated: false };
  const kept = rows.slice(0, maxLines).map((r) => r.text);
  kept[maxLines - 1] = ellipsise(kept[maxLines - 1]!, style, maxWidth, fonts);
  return { lines: kept.map((t) => line(t, style, fonts)), truncated: true };
}

/** The largest of `sizes` (largest first) at which the text fits in `maxLines`; else the smallest, ellipsised. */
export function fitText(text: string, sizes: readonly number[], weight: Weight, maxWidth: number, maxLines: number, fonts: FontSet): Wrapped & { size: number } {
  let last: (Wrapped & { size: number }) | undefined;
  for (const size of sizes) {
    last = { ...wrap(text, { size, weight }, maxWidth, maxLines, fonts), size };
    if (!last.truncated) return last;
  }
  if (!last) throw new Error('fitText: no font sizes given');
  return last;
}
