/**
 * The pre-build step's record of one build's social images, read by the
 * pages (og:image), the feeds (enclosure length) and the integration that
 * copies the images into the build. It lives beside the images:
 * `<dir>/manifest.json` and `<dir>/<kind>/<id>.png`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SocialImageKind } from './cards';

export const MANIFEST_FILE = 'manifest.json';

export interface ManifestImage {
  /** Cache key of the image (cache-key.ts). */
  key: string;
  /** File size: the RSS enclosure's length. */
  bytes: number;
  width: number;
  height: number;
  /** og:image:alt and the feeds' image description. */
  alt: string;
}

export interface Manifest {
  /** Absolute content root and as-of day the images were made for: a build of other content must not use them. */
  content: string;
  asOf: string;
  /** Why no image was made (the content does not validate: the build will fail and say why). */
  skipped?: string | undefined;
  /** By `<kind>/<id>`. */
  images: Record<string, ManifestImage>;
}

export const manifestKey = (kind: SocialImageKind, id: string) => `${kind}/${id}`;

/** Where an image of a build lies in its folder. */
export const imageFile = (dir: string, kind: SocialImageKind, id: string) => join(dir, kind, `${id}.png`);

/** The manifest in `dir`, or undefined when there is none. */
export function readManifest(dir: string): Manifest | undefined {
  let text: string;
  try {
    text = readFileSync(join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return undefined;
  }
  return JSON.parse(text) as Manifest;
}
