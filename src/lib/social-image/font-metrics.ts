/**
 * Glyph advances of a TrueType or OpenType (CFF) font, read from its own
 * tables (cmap, hmtx, hhea, head), so text is wrapped by the widths the
 * renderer will draw and not by character counts. Kerning is left out on
 * purpose: in these fonts it only ever narrows Latin pairs ("To", "AV"), so a
 * line measured without it never overflows once drawn.
 */

export interface FontMetrics {
  unitsPerEm: number;
  /** Typographic ascender and descender (hhea), in font units; descender is negative. */
  ascender: number;
  descender: number;
  /** Advance width, in font units, of the glyph a code point maps to; undefined when the font lacks it. */
  advance(codePoint: number): number | undefined;
}

interface Table {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, Table> {
  const found = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    found.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return found;
}

/** Code point → glyph id from a format 12 (full Unicode) or format 4 (BMP) subtable. */
function readCmap(view: DataView, cmap: Table): Map<number, number> {
  const map = new Map<number, number>();
  const count = view.getUint16(cmap.offset + 2);
  const subtables: { platform: number; encoding: number; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    const at = cmap.offset + 4 + 8 * i;
    subtables.push({ platform: view.getUint16(at), encoding: view.getUint16(at + 2), offset: cmap.offset + view.getUint32(at + 4) });
  }
  const unicode = (s: { platform: number; encoding: number }) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const best =
    subtables.find((s) => unicode(s) && view.getUint16(s.offset) === 12) ?? subtables.find((s) => unicode(s) && view.getUint16(s.offset) === 4);
  if (!best) throw new Error('font has no Unicode cmap subtable of format 4 or 12');
  const at = best.offset;
  if (view.getUint16(at) === 12) {
    const groups = view.getUint32(at + 12);
    for (let g = 0; g < groups; g++) {
      const rec = at + 16 + 12 * g;
      const [start, end, glyph] = [view.getUint32(rec), view.getUint32(rec + 4), view.getUint32(rec + 8)];
      for (let cp = start; cp <= end; cp++) map.set(cp, glyph + cp - start);
    }
    return map;
  }
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const [start, end] = [view.getUint16(starts + 2 * s), view.getUint16(ends + 2 * s)];
    const delta = view.getInt16(deltas + 2 * s);
    const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff;
      else {
        const raw = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (cp - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(cp, glyph);
    }
  }
  return map;
}

/** Reads the metrics of one font file (not a collection). */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = tables(view);
  const table = (tag: string) => {
    const t = found.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t;
  };
  const head = table('head');
  const hhea = table('hhea');
  const hmtx = table('hmtx');
  const metricsCount = view.getUint16(hhea.offset + 34);
  const advanceOf = (glyph: number) => view.getUint16(hmtx.offset + 4 * Math.min(glyph, metricsCount - 1));
  const advances = new Map<number, number>();
  for (const [cp, glyph] of readCmap(view, table('cmap'))) advances.set(cp, advanceOf(glyph));
  return {
    unitsPerEm: view.getUint16(head.offset + 18),
    ascender: view.getInt16(hhea.offset + 4),
    descender: view.getInt16(hhea.offset + 6),
    advance: (cp) => advances.get(cp),
  };
}
