/**
 * Promise-change feeds and page on the real site. The expected number of
 * events is counted here from the content files: one per announcement (the
 * first is "new", each later one a change), plus one per achieved or dropped
 * milestone. A disputed claim of achievement is not an achievement: it adds no
 * event, and the milestone stays open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../helpers/astro-build';
import { loadContentSet } from '../../src/lib/content-set';
import { readPage } from '../helpers/html';
import { checkRss } from '../helpers/rss-rules';
import { CHANGE_FEED_LIMIT } from '../../src/lib/feed-limits';

const dir = inject('siteDir');
const content = loadContentSet('content');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const eventsOf = (p: (typeof content.programmes)[number]) =>
  p.data.milestones.reduce((n, m) => n + m.announcements.length + ((m.achieved && !m.achieved.disputed) || m.abandoned ? 1 : 0), 0);

describe('/changes.xml', () => {
  const { feed, problems } = checkRss(read('changes.xml'));

  it('follows the RSS rules', () => {
    expect(problems).toEqual([]);
    expect(feed.self).toBe(`${SITE_URL}/changes.xml`);
  });

  it('holds the newest events the content implies, up to the feed cap, in the order /changes/ lists them', () => {
    const total = content.programmes.reduce((n, p) => n + eventsOf(p), 0);
    // The real content has more events than the cap, so the cap itself is exercised here.
    expect(total).toBeGreaterThan(CHANGE_FEED_LIMIT);
    expect(feed.items.length).toBe(CHANGE_FEED_LIMIT);
    const list = /<ol id="changes-list"[\s\S]*?<\/ol>/.exec(readPage(dir, '/changes/'))![0];
    const listed = [...list.matchAll(/<li id="([^"]+)"/g)].map((m) => m[1]);
    expect(listed.length).toBe(total);
    expect(feed.items.map((i) => i.link.split('#')[1])).toEqual(listed.slice(0, CHANGE_FEED_LIMIT));
  });

  it('links every item to its anchor on /changes/, which exists', () => {
    const page = readPage(dir, '/changes/');
    for (const item of feed.items) {
      expect(item.link).toBe(item.guid);
      const anchor = item.link.split('#')[1]!;
      expect(page, anchor).toContain(`id="${anchor}"`);
    }
  });

  it('titles the Toyota–Idemitsu slip plainly, with its size (in the programme feed: it is older than the newest 100)', () => {
    expect(checkRss(read('programmes/toyota-idemitsu/changes.xml')).feed.items.map((i) => i.title)).toContain('Toyota–Idemitsu: All-solid-state batteries in production BEVs: moved from 2025 to 2027–2028 (+36 months)');
  });

  it('lists newest first', () => {
    const dates = feed.items.map((i) => new Date(i.pubDate).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });
});

describe('per-entity change feeds', () => {
  it.each(content.programmes.map((p) => p.id))('programme %s has exactly its events', (id) => {
    const p = content.programmes.find((x) => x.id === id)!;
    const { feed, problems } = checkRss(read(`programmes/${id}/changes.xml`));
    expect(problems).toEqual([]);
    expect(feed.items.length).toBe(Math.min(eventsOf(p), CHANGE_FEED_LIMIT));
    expect(readPage(dir, `/programmes/${id}/`)).toContain(`href="/programmes/${id}/changes.xml"`);
  });

  it.each(content.electrolytes.map((e) => e.id))('electrolyte %s has the events of its programmes', (id) => {
    const { feed, problems } = checkRss(read(`electrolytes/${id}/changes.xml`));
    expect(problems).toEqual([]);
    expect(feed.items.length).toBe(Math.min(content.programmes.filter((p) => p.data.electrolyte === id).reduce((n, p) => n + eventsOf(p), 0), CHANGE_FEED_LIMIT));
  });

  it('lists the change feeds on /feeds/', () => {
    const page = readPage(dir, '/feeds/');
    expect(page).toContain(`${SITE_URL}/changes.xml`);
    for (const p of content.programmes) expect(page).toContain(`${SITE_URL}/programmes/${p.id}/changes.xml`);
  });
});
