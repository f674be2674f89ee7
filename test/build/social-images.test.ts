/**
 * Social images in the built real site: every article, programme and
 * organisation page points og:image (absolute, under the deployment base) at
 * a 1200×630 PNG the build contains, with its size, type and alt text and a
 * large Twitter card; every news feed item carries its article's image, as an
 * RSS enclosure whose length is the file's size and as media:content, and its
 * JSON Feed twin as `image`.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { AS_OF, SITE_URL } from '../helpers/astro-build';
import { listFiles, readPage } from '../helpers/html';
import { checkRss } from '../helpers/rss-rules';
import { loadContentSet } from '../../src/lib/content-set';

const dir = inject('siteDir');
const ssb = inject('ssbDir');
const content = loadContentSet('content');
const published = content.articles.filter((a) => !a.data.draft && a.data.published <= AS_OF);
const pages = [
  ...published.map((a) => ({ page: `/news/${a.id}/`, image: `/og/articles/${a.id}.png` })),
  ...content.programmes.map((p) => ({ page: `/programmes/${p.id}/`, image: `/og/programmes/${p.id}.png` })),
  ...content.organisations.map((o) => ({ page: `/organisations/${o.id}/`, image: `/og/organisations/${o.id}.png` })),
];

/** The content of a <meta property|name="…"> in a page, or undefined. */
function meta(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return tag?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The built file an absolute URL of the site points at. */
const fileOf = (root: string, url: string, origin: string) => join(root, url.slice(origin.length));

describe('og:image on every article, programme and organisation page', () => {
  it('has one page per published article, programme and organisation to check', () => {
    expect(pages.length).toBe(published.length + content.programmes.length + content.organisations.length);
    expect(listFiles(dir).filter((f) => f.startsWith('og/')).map((f) => `/${f}`).sort()).toEqual(pages.map((p) => p.image).sort());
  });

  it.each(pages)('$page points at its own 1200×630 PNG, with size, type, alt text and a large card', async ({ page, image }) => {
    const html = readPage(dir, page);
    expect(meta(html, 'og:image')).toBe(`${SITE_URL}${image}`);
    expect([meta(html, 'og:image:type'), meta(html, 'og:image:width'), meta(html, 'og:image:height')]).toEqual(['image/png', '1200', '630']);
    expect(meta(html, 'og:image:alt')).toMatch(/^(News|Analysis|Programme|Organisation) card: “.+”.+\.$/);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const png = await sharp(readFileSync(fileOf(dir, meta(html, 'og:image')!, SITE_URL))).metadata();
    expect([png.format, png.width, png.height]).toEqual(['png', 1200, 630]);
  });

  it('keeps the small card on pages without an image', () => {
    for (const page of ['/', '/programmes/', '/timeline/']) {
      const html = readPage(dir, page);
      expect(meta(html, 'og:image'), page).toBeUndefined();
      expect(meta(html, 'twitter:card'), page).toBe('summary');
    }
  });

  it('honours the deployment base: under /ssb/ the URL carries it and the file is there', () => {
    for (const { page, image } of pages.slice(0, 3)) {
      const url = meta(readPage(ssb, page), 'og:image')!;
      expect(url, page).toBe(`${SITE_URL}/ssb${image}`);
      expect(statSync(fileOf(ssb, url, `${SITE_URL}/ssb`)).isFile(), page).toBe(true);
    }
  });
});

describe('article images in the news feeds', () => {
  const feeds = listFiles(dir).filter((f) => /(^|\/)rss\.xml$/.test(f));

  it.each(feeds)('%s: each item has an enclosure as long as its file, media:content, and the same image in the JSON twin', (file) => {
    const { feed, problems } = checkRss(readFileSync(join(dir, file), 'utf8'));
    expect(problems).toEqual([]);
    const json = JSON.parse(readFileSync(join(dir, file.replace(/rss\.xml$/, 'feed.json')), 'utf8')) as { items: { id: string; image?: string }[] };
    const jsonImage = new Map(json.items.map((i) => [i.id, i.image]));
    for (const item of feed.items) {
      const id = item.link.split('/').at(-2)!;
      const url = `${SITE_URL}/og/articles/${id}.png`;
      expect(item.enclosure, id).toEqual({ url, length: String(statSync(fileOf(dir, url, SITE_URL)).size), type: 'image/png' });
      expect(item.media, id).toEqual({ url, type: 'image/png', width: '1200', height: '630', medium: 'image' });
      expect(jsonImage.get(item.guid), id).toBe(url);
    }
  });

  it('declares the Media RSS namespace', () => {
    expect(readFileSync(join(dir, 'rss.xml'), 'utf8')).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
  });
});
