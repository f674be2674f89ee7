/**
 * Builds the real site once per test run (fixed as-of day), serves it on
 * 127.0.0.1 and hands folder and URL to every build and browser test, so no
 * test pays for its own build.
 */
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const result = astroBuild({ contentDir: './content', name: 'site' });
  if (result.status !== 0) throw new Error(`Building the real site failed:\n${result.output.slice(-4000)}`);
  const { server, url } = await serveStatic(result.outDir);
  project.provide('siteDir', result.outDir);
  project.provide('siteUrl', url);
  return () => new Promise((resolve) => server.close(() => resolve()));
}
