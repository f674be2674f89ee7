/**
 * Builds the Pagefind search index as part of `astro build`, so `npm run build`
 * and `npm start` always serve a working index. Every Pagefind response is
 * checked and the build fails with Pagefind's own messages; the service is
 * always closed, even on failure.
 */
import type { AstroIntegration } from 'astro';
// Imported statically: the config's module runner is closed by the time build:done runs.
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

interface PagefindResponse {
  errors: string[];
}

function check<T extends PagefindResponse>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'ssb-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index } = check('createIndex', await pagefind.createIndex({}));
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = check('addDirectory', await index.addDirectory({ path: site }));
          check('writeFiles', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
          logger.info(`indexed ${added.page_count} files in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          throw new Error(`Search index could not be built: ${(error as Error).message}`, { cause: error });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
