/**
 * Puts the social images the pre-build step made (`npm run images`, see
 * src/lib/social-image/generate.ts) where their URLs point: copied into the
 * build's /og/ after the pages are written, and served from the same folder by
 * `astro dev`. The images are not in public/ because each content set (the
 * site, every test fixture, the benchmark's) has its own folder of them.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { socialImageDir } from '../lib/build-env';
import { SOCIAL_IMAGE_KINDS } from '../lib/social-image/cards';
import { mirrorFolder } from '../lib/mirror-folder';

/** Where the images are served from, under the output folder; this step keeps it exact (see the output sweep). */
export const SOCIAL_IMAGE_FOLDER = 'og';

export default function socialImagesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'ssb-social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const route = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${SOCIAL_IMAGE_FOLDER}/(${SOCIAL_IMAGE_KINDS.join('|')})/([a-z0-9_-]+)\\.png$`);
        server.middlewares.use((req, res, next) => {
          const match = route.exec((req.url ?? '').split('?')[0] ?? '');
          const file = match && join(socialImageDir(), match[1]!, `${match[2]!}.png`);
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', 'image/png');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        // Each kind's folder is mirrored: in a kept output folder (an incremental build) only what changed is
        // copied, and the image of a deleted entry is removed; the output sweep leaves /og/ to this step.
        const report = { copied: 0, unchanged: 0, removed: 0 };
        for (const kind of SOCIAL_IMAGE_KINDS) {
          // A kind with no images (its folder missing) leaves none behind.
          const done = mirrorFolder(join(socialImageDir(), kind), join(fileURLToPath(dir), SOCIAL_IMAGE_FOLDER, kind));
          report.copied += done.copied;
          report.unchanged += done.unchanged;
          report.removed += done.removed.length;
        }
        logger.info(`social images from ${socialImageDir()} in /${SOCIAL_IMAGE_FOLDER}/: ${report.copied} copied, ${report.unchanged} unchanged, ${report.removed} removed`);
      },
    },
  };
}
