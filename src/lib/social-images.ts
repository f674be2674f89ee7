/**
 * The social images as pages and feeds see them: site path, size in pixels
 * and bytes, and alt text, read from the manifest the pre-build step wrote
 * (src/lib/social-image/generate.ts, `npm run images`). A production build
 * without an image for a page fails and says how to make them; `astro dev`
 * leaves the tags out instead, so editing content never blocks the preview.
 */
import { resolve } from 'node:path';
import { asOfDate, contentDir, socialImageDir } from './build-env';
import { sitePaths } from './paths';
import type { SocialImageKind } from './social-image/cards';
import { manifestKey, readManifest, type Manifest } from './social-image/manifest';

export interface SocialImage {
  /** Site path without base ("/og/programmes/x.png"). */
  path: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
}

let cached: Manifest | undefined;

function fail(reason: string): never {
  throw new Error(`Social images: ${reason}. Run \`npm run images\` before \`astro build\` (npm run build and npm start do).`);
}

function manifest(): Manifest {
  if (cached) return cached;
  const dir = socialImageDir();
  const found = readManifest(dir);
  if (!found) fail(`no manifest in ${dir}`);
  if (found.content !== resolve(contentDir()) || found.asOf !== asOfDate()) {
    fail(`the images in ${dir} were made for ${found.content} as of ${found.asOf}, not for ${resolve(contentDir())} as of ${asOfDate()}`);
  }
  cached = found;
  return found;
}

/** The image of one article, programme or organisation; undefined only under `astro dev` when it is missing. */
export function socialImage(kind: SocialImageKind, id: string): SocialImage | undefined {
  try {
    const image = manifest().images[manifestKey(kind, id)];
    if (!image) fail(`none for ${manifestKey(kind, id)}${manifest().skipped ? ` (${manifest().skipped})` : ''}`);
    return { path: sitePaths.socialImage(kind, id), width: image.width, height: image.height, bytes: image.bytes, alt: image.alt };
  } catch (error) {
    if (import.meta.env.DEV) return undefined;
    throw error;
  }
}
