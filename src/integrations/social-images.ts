/**
 * Puts the social images the pre-build step made (`npm run images`, see
 * src/lib/social-image/generate.ts) where their URLs point: copied into the
 * build's /og/ after the pages are written, and served from the same folder by
 * `astro dev`. The images are not in public/ because each content set (the
 * site, every test fixture, the benchmark's) has its own folder of them.
 */
import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { socialImageDir } from '../lib/build-env';
import { SOCIAL_IMAGE_KINDS } from '../lib/social-image/cards';

export default function socialImagesIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'ssb-social-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const route = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}og/(${SOCIAL_IMAGE_KINDS.join('|')})/([a-z0-9_-]+)\\.png$`);
        server.middlewares.use((req, res, next) => {
          const match = route.exec((req.url ?? '').split('?')[0] ?? '');
          const file = match && join(socialImageDir(), match[1]!, `${match[2]!}.png`);
          if (!file || !existsSync(file)) return next();
          res.setHeader('Content-Type', 'image/png');
          res.end(readFileSync(file));
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        let copied = 0;
        for (const kind of SOCIAL_IMAGE_KINDS) {
          const from = join(socialImageDir(), kind);
          if (!existsSync(from)) continue;
          cpSync(from, join(fileURLToPath(dir), 'og', kind), { recursive: true });
          copied += readdirSync(from).length;
        }
        logger.info(`copied ${copied} social images from ${socialImageDir()} to /og/`);
      },
    },
  };
}
