/// <reference types="vitest/config" />
/**
 * Test projects: `unit` (pure src/lib logic and content files, no build),
 * `build` (builds fixture and real content sets with the Astro CLI and asserts
 * on the output), `e2e` (Chromium against the built real site).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
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
