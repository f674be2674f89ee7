/**
 * Builds the real site once per test run (fixed as-of day) and hands its
 * folder to every build and browser test, so no test pays for its own build.
 */
import type { TestProject } from 'vitest/node';
import { astroBuild } from './astro-build';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject): void {
  const result = astroBuild({ contentDir: './content', name: 'site' });
  if (result.status !== 0) throw new Error(`Building the real site failed:\n${result.output.slice(-4000)}`);
  project.provide('siteDir', result.outDir);
}
