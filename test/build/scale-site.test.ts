/**
 * A site larger than the real one, from the benchmark's content generator
 * (test/bench/generate.ts): 120 articles, more than a feed carries. Checks
 * the feed cap keeps exactly the newest articles and says so on /feeds/, that
 * the news archive pages through every article, and that the generator's
 * content stays valid, so `npm run bench` cannot rot unnoticed.
 */
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow, AS_OF, SITE_URL, type BuildResult } from '../helpers/astro-build';
import { loadContentSet } from '../../src/lib/content-set';
import { hasPage, readPage, textOf } from '../helpers/html';
import { checkRss, feedArticleIds } from '../helpers/rss-rules';
import { generateContent } from '../bench/generate';
import { NEWS_FEED_LIMIT } from '../../src/lib/feed-limits';

const CONTENT = resolve('test-output', 'scale-content');
generateContent(CONTENT, 120, 'md');
const content = loadContentSet(CONTENT);
const published = content.articles.filter((a) => !a.data.draft && a.data.published <= AS_OF);
let build: BuildResult;

beforeAll(() => {
  build = astroBuildOrThrow({ contentDir: CONTENT, name: 'scale-site' });
});

describe('a site with more articles than a feed carries', () => {
  it('starts from valid generated content with more published articles than the cap', () => {
    expect(content.problems).toEqual([]);
    expect(published.length).toBeGreaterThan(NEWS_FEED_LIMIT);
  });

  it('carries exactly the newest articles in /rss.xml, and none older than one it leaves out', () => {
    const { feed, problems } = checkRss(readFileSync(resolve(build.outDir, 'rss.xml'), 'utf8'));
    expect(problems).toEqual([]);
    expect(feed.items.length).toBe(NEWS_FEED_LIMIT);
    const carried = new Set(feedArticleIds(feed.items, SITE_URL));
    const oldestCarried = published.filter((a) => carried.has(a.id)).map((a) => a.data.published).sort()[0]!;
    for (const a of published.filter((x) => !carried.has(x.id))) expect(a.data.published <= oldestCarried, a.id).toBe(true);
  });

  it('says on /feeds/ that the all-news feed holds the latest of all articles', () => {
    expect(textOf(readPage(build.outDir, '/feeds/'))).toContain(`latest ${NEWS_FEED_LIMIT} of ${published.length} articles`);
  });

  it('builds every published article and pages through all of them in the news archive', () => {
    const listed = new Set<string>();
    for (let page = 1; ; page++) {
      const path = page === 1 ? '/news/' : `/news/${page}/`;
      if (!hasPage(build.outDir, path)) break;
      for (const m of readPage(build.outDir, path).matchAll(/href="\/news\/([a-z0-9-]+)\/"/g)) listed.add(m[1]!);
    }
    for (const a of published) {
      expect(hasPage(build.outDir, `/news/${a.id}/`), a.id).toBe(true);
      expect(listed.has(a.id), a.id).toBe(true);
    }
  });
});
