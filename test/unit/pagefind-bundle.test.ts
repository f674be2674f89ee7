/**
 * A search index rebuilt in a kept output folder (src/lib/pagefind-bundle.ts) with Pagefind's own CLI on a
 * three-page site: once the stale files are gone it equals a fresh index, byte for byte.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPagefind } from '../../src/integrations/pagefind';
import { staleBundleFiles } from '../../src/lib/pagefind-bundle';
import { filesUnder } from '../../src/lib/output-sweep';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function page(site: string, path: string, title: string, text: string): void {
  const file = join(site, path, 'index.html');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`);
}

const tree = (dir: string) => new Map(filesUnder(dir).map((f) => [relative(dir, f), readFileSync(f).toString('base64')]));

describe('staleBundleFiles', () => {
  it('names exactly the files a rebuilt index no longer uses: the deleted and the edited page’s fragments, superseded chunks and metadata', { timeout: 30_000 }, async () => {
    const site = mkdtempSync(join(tmpdir(), 'pagefind-kept-'));
    made.push(site);
    page(site, 'a', 'Sulfide pilot line', 'Idemitsu builds a sulfide electrolyte pilot line.');
    page(site, 'b', 'Oxide cells', 'ProLogium ships oxide ceramic cells.');
    page(site, 'c', 'Polymer packs', 'Blue Solutions makes polymer packs.');
    await runPagefind(site);
    const before = tree(join(site, 'pagefind'));

    unlinkSync(join(site, 'b', 'index.html'));
    page(site, 'c', 'Polymer packs', 'Blue Solutions makes polymer packs for buses and cars.');
    // Every file of the first index is older than this moment.
    const since = Date.now() + 1;
    await new Promise((done) => setTimeout(done, 20));
    await runPagefind(site);
    const stale = staleBundleFiles(join(site, 'pagefind'), since);

    // Only files of the first index, and among them the fragments of b and of c's old text.
    expect(stale.length).toBeGreaterThanOrEqual(3);
    for (const path of stale) expect(before.has(path)).toBe(true);
    expect(stale.filter((p) => p.startsWith('fragment/'))).toHaveLength(2);
    expect(stale.some((p) => p.endsWith('.pf_meta'))).toBe(true);

    for (const path of stale) unlinkSync(join(site, 'pagefind', path));
    const fresh = mkdtempSync(join(tmpdir(), 'pagefind-fresh-'));
    made.push(fresh);
    for (const p of ['a', 'c']) {
      mkdirSync(join(fresh, p));
      writeFileSync(join(fresh, p, 'index.html'), readFileSync(join(site, p, 'index.html')));
    }
    await runPagefind(fresh);
    expect(tree(join(site, 'pagefind'))).toEqual(tree(join(fresh, 'pagefind')));
  });

  it('refuses a bundle whose metadata is not Pagefind’s format, rather than guess what is stale', () => {
    const bundle = mkdtempSync(join(tmpdir(), 'pagefind-odd-'));
    made.push(bundle);
    writeFileSync(join(bundle, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { hash: 'en_1' } } }));
    writeFileSync(join(bundle, 'pagefind.en_1.pf_meta'), 'not gzip');
    expect(() => staleBundleFiles(bundle, 0)).toThrow();
  });
});
