/**
 * Feeds of the real site: strict RSS rules, full text of every published
 * article in /rss.xml, and each entity feed holding exactly that entity's
 * articles (expected sets computed here from the content files).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { AS_OF, SITE_URL } from '../helpers/astro-build';
import { loadContentSet } from '../../src/lib/content-set';
import { listFiles, readPage, textOf } from '../helpers/html';
import { checkRss, feedArticleIds } from '../helpers/rss-rules';

const dir = inject('siteDir');
const content = loadContentSet('content');
const published = content.articles.filter((a) => !a.data.draft && a.data.published <= AS_OF);
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const ids = (items: { link: string }[]) => feedArticleIds(items, SITE_URL);

describe('/rss.xml', () => {
  const { feed, problems } = checkRss(read('rss.xml'));

  it('follows the RSS rules', () => {
    expect(problems).toEqual([]);
    expect(feed.self).toBe(`${SITE_URL}/rss.xml`);
  });

  it('holds every published article, newest first', () => {
    expect(ids(feed.items)).toEqual(published.map((a) => a.id).sort());
    const dates = feed.items.map((i) => new Date(i.pubDate).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  it('carries the full article text with absolute links, categories and author', () => {
    for (const item of feed.items) {
      const id = item.link.split('/').at(-2)!;
      const page = readPage(dir, `/news/${id}/`);
      const article = /<article class="prose">([\s\S]*?)<\/article>/.exec(page)![1]!;
      const body = textOf(item.content);
      expect(body.length, id).toBeGreaterThan(200);
      expect(textOf(article), id).toContain(body.slice(0, 300));
      expect(textOf(article), id).toContain(body.slice(-200));
      expect(item.content, id).not.toMatch(/\shref="\/(?!\/)/);
      expect(item.categories.length, id).toBeGreaterThan(0);
      expect(item.creators.length, id).toBeGreaterThan(0);
    }
  });
});

describe('entity feeds', () => {
  it.each(content.programmes.map((p) => p.id))('programme %s holds exactly its articles', (id) => {
    const { feed, problems } = checkRss(read(`programmes/${id}/rss.xml`));
    expect(problems).toEqual([]);
    expect(ids(feed.items)).toEqual(published.filter((a) => a.data.programmes.includes(id)).map((a) => a.id).sort());
    expect(readPage(dir, `/programmes/${id}/`)).toContain(`href="/programmes/${id}/rss.xml"`);
  });

  it.each(content.organisations.map((o) => o.id))('organisation %s holds exactly its articles', (id) => {
    const { feed, problems } = checkRss(read(`organisations/${id}/rss.xml`));
    expect(problems).toEqual([]);
    expect(ids(feed.items)).toEqual(published.filter((a) => a.data.organisations.includes(id)).map((a) => a.id).sort());
  });

  it.each(content.electrolytes.map((e) => e.id))('electrolyte %s holds exactly its articles', (id) => {
    const { feed, problems } = checkRss(read(`electrolytes/${id}/rss.xml`));
    expect(problems).toEqual([]);
    expect(ids(feed.items)).toEqual(published.filter((a) => a.data.electrolytes.includes(id)).map((a) => a.id).sort());
  });

  it('announces the main feed on every page and lists every feed on /feeds/', () => {
    const feeds = readPage(dir, '/feeds/');
    for (const p of content.programmes) expect(feeds).toContain(`${SITE_URL}/programmes/${p.id}/rss.xml`);
    for (const o of content.organisations) expect(feeds).toContain(`${SITE_URL}/organisations/${o.id}/rss.xml`);
    for (const e of content.electrolytes) expect(feeds).toContain(`${SITE_URL}/electrolytes/${e.id}/rss.xml`);
    const pages = listFiles(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(100);
    const without = pages.filter((f) => !/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="\/rss.xml">/.test(read(f)));
    expect(without).toEqual([]);
  });

  it('ships the XSL stylesheet the feeds point to', () => {
    expect(read('rss.xml')).toContain('<?xml-stylesheet href="/rss-style.xsl" type="text/xsl"?>');
    expect(read('rss-style.xsl')).toContain('<xsl:stylesheet');
  });
});
