/// <reference types="vitest/config" />
/**
 * Test projects: `unit` (pure src/lib logic and content files, no build) and
 * `site`: build tests (fixture and real content sets built with the Astro CLI,
 * output parsed and asserted on) and e2e tests (Chromium against the real site
 * served locally). The real site is built once for the whole `site` project.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Builds are CPU-heavy and share Astro's project folder: one file at a time.
          fileParallelism: false,
          globalSetup: ['test/helpers/build-site.global.ts'],
        },
      },
    ],
  },
});
