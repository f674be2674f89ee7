/**
 * The pre-build step on a copy of the valid fixture, in temporary folders:
 * a cold run draws every image (in worker threads, byte-identical to a
 * render in this thread), a warm run draws none, an edit redraws exactly the
 * images that show the edited field, a removed entry loses its image, and
 * content that does not validate makes no image and no error of its own.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content-set';
import { indexSite } from '../../src/lib/site-index';
import { socialCards } from '../../src/lib/social-image/cards';
import { bundledFonts } from '../../src/lib/social-image/fonts';
import { generateSocialImages } from '../../src/lib/social-image/generate';
import { imageFile, readManifest } from '../../src/lib/social-image/manifest';
import { renderPng } from '../../src/lib/social-image/render';
import { cardSvg } from '../../src/lib/social-image/template';

const AS_OF = '2026-12-02';
const root = mkdtempSync(join(tmpdir(), 'og-generate-'));
const content = join(root, 'content');
cpSync('test/fixtures/valid', content, { recursive: true });
const options = { contentDir: content, asOf: AS_OF, outDir: join(root, 'site'), cacheDir: join(root, 'renders'), threads: 2 };
const run = () => generateSocialImages(options);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the social-image pre-build step', { timeout: 60_000 }, () => {
  it('draws every image cold, with a manifest whose sizes are the files’ sizes', async () => {
    const result = await run();
    expect([result.images, result.rendered, result.missing]).toEqual([7, 7, []]);
    const manifest = readManifest(options.outDir)!;
    expect(Object.keys(manifest.images)).toHaveLength(7);
    for (const [name, image] of Object.entries(manifest.images)) {
      const [kind, id] = name.split('/') as ['programmes', string];
      expect(statSync(imageFile(options.outDir, kind, id)).size, name).toBe(image.bytes);
      expect([image.width, image.height], name).toEqual([1200, 630]);
      expect(image.alt, name).toMatch(/^\w+ card: “.+”.*\.$/);
    }
  });

  it('draws in its worker threads the same bytes as a render in this thread', async () => {
    const entry = socialCards(indexSite(loadContentSet(content), AS_OF)).find((e) => e.id === 'alpha-sulfide')!;
    const here = await renderPng(cardSvg(entry.card, bundledFonts()));
    expect(readFileSync(imageFile(options.outDir, 'programmes', 'alpha-sulfide')).equals(here)).toBe(true);
  });

  it('draws nothing warm', async () => {
    expect((await run()).rendered).toBe(0);
  });

  it('redraws only the images that show an edited field', async () => {
    const file = join(content, 'organisations', 'gamma-cells.yaml');
    const before = readManifest(options.outDir)!.images;
    writeFileSync(file, readFileSync(file, 'utf8').replace('country: United States', 'country: Canada'));
    expect((await run()).rendered).toBe(1);
    const after = readManifest(options.outDir)!.images;
    const moved = Object.keys(after).filter((k) => after[k]!.key !== before[k]!.key);
    expect(moved).toEqual(['organisations/gamma-cells']);
  });

  it('removes the image of an entry that is gone', async () => {
    rmSync(join(content, 'articles', 'gamma-samples-late.mdx'));
    const result = await run();
    expect([result.images, result.rendered]).toEqual([6, 0]);
    expect(existsSync(imageFile(options.outDir, 'articles', 'gamma-samples-late'))).toBe(false);
    expect(readManifest(options.outDir)!.images['articles/gamma-samples-late']).toBeUndefined();
  });

  it('makes no image, and leaves the reporting to astro build, when the content does not validate', async () => {
    writeFileSync(join(content, 'organisations', 'broken.yaml'), 'name: Broken\n');
    const result = await run();
    expect(result.skipped).toMatch(/does not validate/);
    expect(readManifest(options.outDir)!.images).toEqual({});
  });
});
