/**
 * The pre-build step: a social image for every published article, programme
 * and organisation, written before `astro build` so pages and feeds can read
 * each image's size and alt text from the manifest.
 *
 * Renders go to a cache folder shared by every build, named by cache key
 * (cache-key.ts): an image whose key is already there is not drawn again, so
 * a rebuild draws only the images whose displayed inputs, template, fonts or
 * renderer changed. The build's own folder then gets a copy of each image,
 * loses the images of entries that are gone, and gets the manifest.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContentSet } from '../content-set';
import { indexSite, type SiteIndex } from '../site-index';
import { cacheKey, renderDigest } from './cache-key';
import { altText, cardTexts, socialCards, SOCIAL_IMAGE_KINDS, type Card, type SocialImageEntry } from './cards';
import { bundledFonts } from './fonts';
import { imageFile, manifestKey, MANIFEST_FILE, readManifest, type Manifest } from './manifest';
import { renderAll } from './pool';
import { RENDERER_VERSIONS } from './render';
import { HEIGHT, WIDTH } from './template';
import { missingCharacters } from './text-layout';

export interface GenerateOptions {
  contentDir: string;
  asOf: string;
  /** This build's folder: `<kind>/<id>.png` and manifest.json. */
  outDir: string;
  /** The shared render cache. */
  cacheDir: string;
  /** Render threads at most (default: one per core). */
  threads?: number;
}

export interface GenerateResult {
  images: number;
  /** Drawn in this run; the others came from the cache. */
  rendered: number;
  /** Set when no image was made, with the reason. */
  skipped?: string;
  /** Characters the bundled fonts lack, drawn as U+FFFD, by image. */
  missing: { image: string; characters: string[] }[];
}

/** The site index the pages will see, or why there is none (the build then fails and names every problem itself). */
function siteIndex(contentDir: string, asOf: string): SiteIndex | string {
  const content = loadContentSet(contentDir);
  if (content.problems.length > 0) return `the content does not validate (${content.problems.length} problem(s); astro build names them)`;
  try {
    return indexSite(content, asOf);
  } catch (error) {
    return `the content does not validate (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
}

function writeManifest(dir: string, manifest: Manifest): void {
  mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `${MANIFEST_FILE}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(manifest, null, 1)}\n`);
  renameSync(temporary, join(dir, MANIFEST_FILE));
}

/** Copies each image into the build's folder as a new file (unless the copy there already has the same key) and removes the images of entries that are gone. */
function materialise(entries: readonly (SocialImageEntry & { key: string })[], options: GenerateOptions, previous: Manifest | undefined): void {
  for (const kind of SOCIAL_IMAGE_KINDS) mkdirSync(join(options.outDir, kind), { recursive: true });
  const wanted = new Set<string>();
  for (const e of entries) {
    const target = imageFile(options.outDir, e.kind, e.id);
    wanted.add(target);
    if (previous?.images[manifestKey(e.kind, e.id)]?.key === e.key && existsSync(target)) continue;
    // A new file, never a write into the old one: the build links its output's copy to this file
    // (src/lib/mirror-folder.ts), and a published output must not change under it.
    if (existsSync(target)) unlinkSync(target);
    copyFileSync(join(options.cacheDir, `${e.key}.png`), target);
  }
  for (const kind of SOCIAL_IMAGE_KINDS) {
    for (const name of readdirSync(join(options.outDir, kind))) {
      const file = join(options.outDir, kind, name);
      if (!wanted.has(file)) unlinkSync(file);
    }
  }
}

export async function generateSocialImages(options: GenerateOptions): Promise<GenerateResult> {
  const base: Omit<Manifest, 'images'> = { content: resolve(options.contentDir), asOf: options.asOf };
  const index = siteIndex(options.contentDir, options.asOf);
  if (typeof index === 'string') {
    writeManifest(options.outDir, { ...base, skipped: index, images: {} });
    return { images: 0, rendered: 0, skipped: index, missing: [] };
  }
  const digest = renderDigest(RENDERER_VERSIONS);
  const entries = socialCards(index).map((e) => ({ ...e, key: cacheKey(e.card, digest) }));
  mkdirSync(options.cacheDir, { recursive: true });
  const jobs = new Map<string, { card: Card; file: string }>();
  for (const e of entries) {
    const file = join(options.cacheDir, `${e.key}.png`);
    if (!jobs.has(file) && !existsSync(file)) jobs.set(file, { card: e.card, file });
  }
  await renderAll([...jobs.values()], options.threads);
  const previous = readManifest(options.outDir);
  materialise(entries, options, previous);
  const images: Manifest['images'] = {};
  for (const e of entries) {
    images[manifestKey(e.kind, e.id)] = { key: e.key, bytes: statSync(join(options.cacheDir, `${e.key}.png`)).size, width: WIDTH, height: HEIGHT, alt: altText(e.card) };
  }
  writeManifest(options.outDir, { ...base, images });
  const fonts = bundledFonts();
  const missing = entries
    .map((e) => ({ image: manifestKey(e.kind, e.id), characters: [...new Set(cardTexts(e.card).flatMap((t) => missingCharacters(t, fonts)))] }))
    .filter((m) => m.characters.length > 0);
  return { images: entries.length, rendered: jobs.size, missing };
}
