/// <reference types="vitest/config" />
/**
 * Test projects: `unit` (pure src/lib logic and content files, no build) and
 * `site`: build tests (fixture and real content sets built with the Astro CLI,
 * output parsed and asserted on) and e2e tests (Chromium against the real site
 * served locally). The real site is built once for the whole `site` project.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The config lives in test/ to keep the project's top level as DESIGN.md fixes it; paths are from the root.
const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    root,
    projects: [
      { root, test: { name: 'unit', root, include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        root,
        test: {
          name: 'site',
          root,
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Builds are CPU-heavy and share Astro's project folder: one file at a time.
          fileParallelism: false,
          // it.concurrent (the axe audits) runs two tests of a file at a time on these 2-core machines.
          maxConcurrency: 2,
          globalSetup: ['test/helpers/build-site.global.ts'],
        },
      },
      {
        root,
        test: {
          // Not part of npm test: `npm run a11y:full` (CI runs it after npm test).
          name: 'a11y-full',
          root,
          include: ['test/a11y/**/*.test.ts'],
          environment: 'node',
          hookTimeout: 600_000,
          globalSetup: ['test/helpers/build-site.global.ts'],
        },
      },
    ],
  },
});
