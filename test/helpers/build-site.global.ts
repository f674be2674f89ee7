/**
 * Builds the real site once per test run (fixed as-of day), at the domain
 * root and under the sub-path /ssb/, serves both on 127.0.0.1 and hands
 * folders and URLs to every build and browser test, so no test pays for its
 * own build.
 */
import type { TestProject } from 'vitest/node';
import { astroBuildOrThrow } from './astro-build';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    /** The same site built with BASE_PATH=/ssb/, and its URL including /ssb/. */
    ssbDir: string;
    ssbUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const result = astroBuildOrThrow({ contentDir: './content', name: 'site' });
  const ssb = astroBuildOrThrow({ contentDir: './content', name: 'site-ssb', basePath: '/ssb/' });
  const root = await serveStatic(result.outDir);
  const sub = await serveStatic(ssb.outDir, '/ssb/');
  project.provide('siteDir', result.outDir);
  project.provide('siteUrl', root.url);
  project.provide('ssbDir', ssb.outDir);
  project.provide('ssbUrl', `${sub.url}/ssb`);
  const close = (s: typeof root.server) => new Promise<void>((resolve) => s.close(() => resolve()));
  return async () => {
    await Promise.all([close(root.server), close(sub.server)]);
  };
}
