// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/lib/markdown-links.ts';
import pagefind from './src/integrations/pagefind.ts';
import socialImages from './src/integrations/social-images.ts';
import incrementalOutput from './src/integrations/incremental-output.ts';

/*
 * Deployment settings come from the environment so the same code builds the
 * site at a domain root or under a sub-path (see README "Deploy"):
 *   SITE_URL   absolute origin the site is served from
 *   BASE_PATH  sub-path, e.g. /ssb/ (default /)
 *   OUT_DIR    output folder (default dist)
 *   ASTRO_CACHE_DIR  Astro's cache: the content layer and the incremental-build copies (default
 *                    .cache/astro, kept out of node_modules so a host can keep it between deploys;
 *                    tests give each content set its own)
 *   SOCIAL_IMAGE_DIR  where `npm run images` left this build's social images (default .cache/og/site)
 */
const site = process.env.SITE_URL ?? 'https://solid-state-tracker.example';
const base = process.env.BASE_PATH ?? '/';
const incremental = process.env.INCREMENTAL_BUILD !== '0';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './.cache/astro',
  trailingSlash: 'ignore',
  // Whitespace between inline elements must survive (Astro 7's 'jsx' mode drops it).
  compressHTML: true,
  // Two entries with the same id, or two pages at one URL, fail the build instead of overwriting.
  prerenderConflictBehavior: 'error',
  // Content links are written as site paths; under a sub-path the plugin prefixes `base` (MDX inherits it).
  // At the root there is nothing to rewrite, and a JS plugin makes the native Markdown processor call back
  // into JS for every link of every article, so it is left out.
  markdown: { processor: satteri({ mdastPlugins: base === '/' ? [] : [baseLinksPlugin(base)] }) },
  // incrementalOutput clears what the build no longer makes from the kept output folder, before Pagefind indexes it.
  integrations: [mdx(), sitemap(), socialImages(), ...(incremental ? [incrementalOutput()] : []), pagefind()],
  // A strict Content Security Policy on every page, as a <meta> (Astro hashes the scripts and styles it
  // processes; we ship no inline script or style attribute of our own). Pagefind searches in a Web Worker;
  // where a worker cannot start it falls back to running its WebAssembly on the page (initFallback in
  // pagefind.js), which a policy without 'wasm-unsafe-eval' would block. Its index comes from our origin. frame-ancestors and
  // reporting cannot be set by a <meta>: the README lists the headers a host should add.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Pages whose getStaticPaths gives a cacheKey (src/lib/cache-keys.ts) are reused from the last build when
  // their key and their code are unchanged; `astro build --force` renders everything (README "Deploy").
  // The output folder is kept, not emptied, so a reused page already in it is not even copied
  // (src/integrations/incremental-output.ts removes what the build no longer makes).
  // INCREMENTAL_BUILD=0 turns both off (the benchmark measures what they cost a cold build).
  experimental: { incrementalBuild: incremental },
  vite: { build: { emptyOutDir: !incremental } },
  build: {
    format: 'directory',
    // Each route awaits its own mkdir and write; rendering 8 at a time overlaps that file I/O with rendering.
    // At 5,000 articles this cut page generation by 2–3 s (about 15% of the build); see test/bench.
    // BUILD_CONCURRENCY overrides it (the benchmark's per-page breakdown renders one at a time).
    concurrency: Number(process.env.BUILD_CONCURRENCY ?? 8),
  },
});
