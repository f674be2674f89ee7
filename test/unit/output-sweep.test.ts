/** The sweep of a kept output folder (src/lib/output-sweep.ts), on a throwaway folder. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder, sweepOutput } from '../../src/lib/output-sweep';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('sweepOutput', () => {
  it('keeps what the build wrote, reused or copied from public/ and the folders other steps own, and deletes the rest with the folders it empties', () => {
    const out = mkdtempSync(join(tmpdir(), 'sweep-'));
    made.push(out);
    const file = (path: string, ageSeconds: number) => {
      const full = join(out, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, path);
      const t = Date.now() / 1000 - ageSeconds;
      utimesSync(full, t, t);
      return full;
    };
    const reusedPage = file('news/kept/index.html', 60);
    file('news/deleted/index.html', 60);
    file('pagefind/fragment/old.pf_fragment', 60);
    file('og/articles/old.png', 60);
    file('_astro/old.css', 60);
    file('favicon.svg', 60);
    const since = Date.now() - 10_000;
    file('news/rendered/index.html', 0);
    file('_astro/new.css', 0);

    const removed = sweepOutput(out, { built: new Set([reusedPage]), since, publicFiles: new Set(['favicon.svg']), owned: ['pagefind', 'og'] });

    expect(removed).toEqual(['_astro/old.css', 'news/deleted/index.html']);
    expect(filesUnder(out).map((f) => f.slice(out.length + 1)).sort()).toEqual([
      '_astro/new.css', 'favicon.svg', 'news/kept/index.html', 'news/rendered/index.html', 'og/articles/old.png', 'pagefind/fragment/old.pf_fragment',
    ]);
    expect(existsSync(join(out, 'news/deleted'))).toBe(false);
    expect(statSync(out).isDirectory()).toBe(true);
  });

  it('does nothing to a folder that does not exist', () => {
    expect(sweepOutput(join(tmpdir(), 'no-such-output-folder'), { built: new Set(), since: 0, publicFiles: new Set(), owned: [] })).toEqual([]);
  });
});

describe('incrementalOutput', () => {
  it('forgets the cache’s record and the search index when the build before it did not finish, so every page renders and is indexed again', async () => {
    const { default: incrementalOutput } = await import('../../src/integrations/incremental-output');
    const root = mkdtempSync(join(tmpdir(), 'interrupted-'));
    made.push(root);
    const cache = join(root, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'incremental-build.json'), '{}');
    const hooks = incrementalOutput().hooks as Record<string, (params: unknown) => void>;
    const logger = { warn: () => {}, info: () => {} };
    const config = { cacheDir: new URL(`file://${cache}/`), publicDir: new URL(`file://${root}/public/`), outDir: new URL(`file://${root}/dist/`) };
    const fragment = join(root, 'dist/pagefind/fragment/en_1234567.pf_fragment');
    mkdirSync(dirname(fragment), { recursive: true });
    writeFileSync(fragment, 'half-written');
    hooks['astro:config:done']!({ config });
    // A build that finished leaves the record alone.
    hooks['astro:build:start']!({ logger });
    hooks['astro:build:done']!({ dir: new URL(`file://${root}/dist/`), assets: new Map(), logger });
    hooks['astro:build:start']!({ logger });
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(true);
    expect(existsSync(fragment)).toBe(true);
    // The next build starts while that one's marker is still there: it never finished.
    hooks['astro:build:start']!({ logger });
    expect(existsSync(join(cache, 'incremental-build.json'))).toBe(false);
    // Pagefind would keep a file of that name without reading it: the search index is made afresh.
    expect(existsSync(join(root, 'dist/pagefind'))).toBe(false);
  });
});
