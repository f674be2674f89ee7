/**
 * Lets an incremental build leave dist/ in place instead of emptying it.
 *
 * Astro empties the output folder before every build, so an incremental build
 * copies every reused page back from its cache (9,000 files and 220 MB at
 * 5,000 articles, the largest part of a warm rebuild after Pagefind). With
 * `vite.build.emptyOutDir: false` Astro keeps a reused page that is already in
 * the output folder where it is; this integration then does what emptying did:
 *
 * - after the build (before Pagefind indexes it) it deletes every file this
 *   build did not write or keep: pages whose path is gone (a deleted article),
 *   old assets and sitemaps. Kept are the paths Astro
 *   built or reused (`assets` of astro:build:done), files written since the
 *   build started, and the public/ files. The search index and the social images are left to the steps that
 *   make them, which keep their folders exact themselves (Pagefind rewrites only what changed; the images are
 *   mirrored);
 * - a build that did not finish leaves a marker in the cache folder; the next
 *   build then forgets the cache's record and renders every page, since the
 *   interrupted build may have rewritten pages the record still vouches for,
 *   and it deletes the search index, which Pagefind then makes afresh.
 *
 * An output folder without the previous pages (a fresh checkout, a host that
 * keeps only the cache) works as before: Astro copies the pages from its cache.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, sweepOutput } from '../lib/output-sweep';
import { PAGEFIND_FOLDER } from './pagefind';
import { SOCIAL_IMAGE_FOLDER } from './social-images';

const MARKER = 'build-in-progress';
/** Astro's record of the last incremental build (astro/dist/core/build/incremental.js). */
const MANIFEST = 'incremental-build.json';

export default function incrementalOutput(): AstroIntegration {
  let cacheDir = '';
  let publicDir = '';
  let outDirectory = '';
  let since = Number.POSITIVE_INFINITY;
  return {
    name: 'ssb-incremental-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
        outDirectory = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        const marker = join(cacheDir, MARKER);
        if (existsSync(marker)) {
          rmSync(join(cacheDir, MANIFEST), { force: true });
          // Pagefind keeps any bundle file whose name it would write, without reading it: a file the interrupted
          // build left half-written would stay. The bundle is made afresh instead.
          rmSync(join(outDirectory, PAGEFIND_FOLDER), { recursive: true, force: true });
          logger.warn('the last build did not finish: every page is rendered again');
        }
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(marker, '');
        // The marker's time, from the clock the file system stamps files with.
        since = statSync(marker).mtimeMs;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const built = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const publicFiles = new Set(filesUnder(publicDir).map((file) => relative(publicDir, file)));
        const removed = sweepOutput(outDir, { built, since, publicFiles, owned: [PAGEFIND_FOLDER, SOCIAL_IMAGE_FOLDER] });
        if (removed.length > 0) logger.info(`removed ${removed.length} file(s) the build no longer makes`);
        rmSync(join(cacheDir, MARKER), { force: true });
      },
    },
  };
}
