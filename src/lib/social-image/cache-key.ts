/**
 * The cache key of a social image: a hash of everything that decides its
 * bytes and nothing else. That is the card (the displayed fields, see
 * cards.ts) and the render digest: the bundled font files, the source of the
 * modules that lay out and draw the card (the template's version, taken from
 * the code itself so no one has to remember to bump a number), and the
 * versions of the renderer and the PNG encoder.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Card } from './cards';
import { FONT_FILES } from './fonts';

/** The modules whose code decides the pixels (cards.ts decides only the card, which the key hashes itself). */
const TEMPLATE_SOURCES = ['./template.ts', './text-layout.ts', './font-metrics.ts', './fonts.ts', './render.ts', '../family-palette.ts'].map((p) =>
  fileURLToPath(new URL(p, import.meta.url)),
);

/** JSON with object keys sorted, so the key does not depend on the order fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The digest of the template, fonts and renderer: computed once per run, shared by every image's key. */
export function renderDigest(versions: Readonly<Record<string, string>>, files: readonly string[] = [...FONT_FILES, ...TEMPLATE_SOURCES]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(`${file.split('/').at(-1)}\0`).update(readFileSync(file)).update('\0');
  hash.update(canonical(versions));
  return hash.digest('hex');
}

/** The cache key (and file name in the cache) of one card under one render digest. */
export function cacheKey(card: Card, digest: string): string {
  return createHash('sha256').update(digest).update('\0').update(canonical(card)).digest('hex').slice(0, 32);
}
