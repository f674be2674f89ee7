/**
 * Incremental-build keys (src/lib/cache-keys.ts) on the fixture content set:
 * every keyed route's key is computed the way its route computes it, the
 * content is changed the way an editor changes it, and the keys that move are
 * compared with the pages that show the change, read off the page templates
 * (the expectations below name them, with the reason). A key that moves for a
 * page that does not show the change costs a render; one that stays for a page
 * that shows it serves a stale page. The build tests (test/build/incremental.test.ts)
 * prove the same against real output, byte for byte.
 *
 * For the routes whose renderer is pure (calendars, embeds), the output itself
 * is rendered for every change too: the key must move whenever the output does.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  articlePageKey,
  articlePageParts,
  calendarKey,
  changeFeedKey,
  dataDigest,
  electrolytePageKey,
  embedKey,
  guidePageKey,
  newsFeedKey,
  newsListPageKey,
  organisationPageKey,
  programmePageKey,
  siteFigures,
  stableJson,
  type KeyConfig,
  type ListingPage,
} from '../../src/lib/cache-keys';
import { loadContentSet, type ContentSet } from '../../src/lib/content-set';
import { electrolyteFeeds, organisationFeeds, programmeChangeFeeds, programmeFeeds, electrolyteChangeFeeds } from '../../src/lib/feed-list';
import { electrolyteCalendars, programmeCalendars } from '../../src/lib/calendar-list';
import { electrolyteEmbeds, programmeEmbeds } from '../../src/lib/embed-list';
import { milestonesCalendar } from '../../src/lib/calendar';
import { standaloneTimelineSvg } from '../../src/lib/timeline-svg';
import { indexSite, type SiteIndex } from '../../src/lib/site-index';
import type { SiteData } from '../../src/lib/site-data';
import { parseTarget } from '../../src/lib/targets';

const AS_OF = '2026-12-02';
/** Social images as the pre-build step's manifest gives them; `redrawn` names the ones drawn anew. */
const imageLookup =
  (redrawn: Record<string, object> = {}): KeyConfig['image'] =>
  (kind, id) =>
    redrawn[`${kind}/${id}`] ?? { path: `/og/${kind}/${id}.png`, width: 1200, height: 630, bytes: 40_000, alt: `${kind} ${id}` };
const CONFIG: KeyConfig = { site: 'https://solid-state-tracker.example', base: '/', code: 'code-digest', hub: null, image: imageLookup() };
const fixture = loadContentSet('test/fixtures/valid');
expect(fixture.problems).toEqual([]);

/** Astro's digest is of the whole file; front matter and body stand in for it. */
const withDigest = <T extends { data: object; body: string }>(e: T) => ({ ...e, digest: createHash('sha256').update(stableJson(e.data) + e.body).digest('hex') });

function indexOf(content: ContentSet, asOf: string): SiteIndex {
  return indexSite(
    {
      articles: content.articles.map(withDigest),
      programmes: content.programmes.map(withDigest),
      organisations: content.organisations.map(withDigest),
      electrolytes: content.electrolytes.map(withDigest),
      guides: content.guides.map(withDigest),
    },
    asOf,
  );
}

/** The news listing's pages, as Astro's paginate() gives them (20 a page, /news/, /news/2/ …). */
function listingPages(index: SiteIndex, size = 20): ListingPage[] {
  const lastPage = Math.max(1, Math.ceil(index.articles.length / size));
  const url = (n: number) => (n === 1 ? '/news' : `/news/${n}`);
  return Array.from({ length: lastPage }, (_, i) => {
    const n = i + 1;
    const start = i * size;
    const data = index.articles.slice(start, start + size);
    return { currentPage: n, lastPage, total: index.articles.length, start, end: start + data.length - 1, url: { current: url(n), prev: n > 1 ? url(n - 1) : undefined, next: n < lastPage ? url(n + 1) : undefined }, data };
  });
}

/** Every keyed path's key, by the path's site path (a news feed's key stands for its rss.xml and feed.json alike). */
function keysOf(content: ContentSet, asOf = AS_OF, config = CONFIG): Record<string, string> {
  const index = indexOf(content, asOf);
  const data = index as unknown as SiteData;
  const keys: Record<string, string> = {};
  for (const p of index.programmes) keys[`/programmes/${p.id}/`] = programmePageKey(index, p, config);
  for (const o of index.organisations) keys[`/organisations/${o.id}/`] = organisationPageKey(index, o, config);
  for (const e of index.electrolytes) keys[`/electrolytes/${e.id}/`] = electrolytePageKey(index, e, config);
  for (const g of index.guides) keys[`/guides/${g.id}/`] = guidePageKey(index, g, config);
  for (const a of index.articles) keys[`/news/${a.id}/`] = articlePageKey(index, a, config);
  for (const page of listingPages(index)) keys[`${page.url.current}/`] = newsListPageKey(page, config);
  for (const spec of [...programmeFeeds(data), ...organisationFeeds(data), ...electrolyteFeeds(data)]) keys[spec.feedPath] = newsFeedKey(index, spec, config);
  for (const spec of [...programmeChangeFeeds(data), ...electrolyteChangeFeeds(data)]) keys[spec.feedPath] = changeFeedKey(index, spec, config);
  for (const spec of [...programmeCalendars(data), ...electrolyteCalendars(data)]) keys[spec.path] = calendarKey(index, spec, config);
  for (const spec of [...programmeEmbeds(data), ...electrolyteEmbeds(data)]) keys[spec.path] = embedKey(index, spec, config);
  return keys;
}

/** Outputs of the pure renderers: calendar files and SVG embeds, by path. */
function pureOutputs(content: ContentSet, asOf = AS_OF): Record<string, string> {
  const data = indexOf(content, asOf) as unknown as SiteData;
  const out: Record<string, string> = {};
  const meta = { host: 'solid-state-tracker.example', origin: CONFIG.site };
  for (const spec of [...programmeCalendars(data), ...electrolyteCalendars(data)]) out[spec.path] = milestonesCalendar(spec.programmes, { ...meta, name: spec.title, url: `${CONFIG.site}${spec.path}` });
  for (const spec of [...programmeEmbeds(data), ...electrolyteEmbeds(data)]) out[spec.path] = standaloneTimelineSvg(spec.layout, { title: spec.title, desc: spec.desc, credit: spec.pagePath });
  return out;
}

/** Paths whose key differs, appeared or went. */
const moved = (before: Record<string, string>, after: Record<string, string>) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((path) => before[path] !== after[path]).sort();

/** A copy of the fixture, changed by `edit`. */
function edited(edit: (c: ContentSet) => void): ContentSet {
  const copy = structuredClone(fixture);
  edit(copy);
  return copy;
}

const find = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return found;
};

// What each path shows, named once so the expectations read as the pages do.
const alpha = ['/programmes/alpha-sulfide/'];
const gamma = ['/programmes/gamma-oxide/'];
const family = ['/electrolytes/sulfide-fixture/'];
const guides = ['/guides/fixture-glossary/', '/guides/fixture-methodology/'];
const gammaFiles = ['changes.xml', 'milestones.ics', 'timeline.svg'].map((f) => `/programmes/gamma-oxide/${f}`);
const familyFiles = ['changes.xml', 'milestones.ics', 'timeline.svg'].map((f) => `/electrolytes/sulfide-fixture/${f}`);
/** The feeds that carry alpha-beta-deal (it names alpha-sulfide, Alpha Motors, Beta Chemicals and the family). */
const dealFeeds = ['/programmes/alpha-sulfide/rss.xml', '/organisations/alpha-motors/rss.xml', '/organisations/beta-chemicals/rss.xml', '/electrolytes/sulfide-fixture/rss.xml'];
/** The feeds that carry gamma-samples-late, the MDX article (it names gamma-oxide and Gamma Cells). */
const gammaArticleFeeds = ['/programmes/gamma-oxide/rss.xml', '/organisations/gamma-cells/rss.xml'];
/** Everything that shows SiteFigures: MDX pages (guides, the family page, the MDX article) and feeds carrying an MDX body. */
const figurePages = [...guides, ...family, '/news/gamma-samples-late/', ...gammaArticleFeeds];

const sorted = (...lists: string[][]) => [...new Set(lists.flat())].sort();

describe('incremental-build keys on the fixture', () => {
  const base = keysOf(fixture);

  it('key every route getStaticPaths builds, and are the same for the same content', () => {
    // 35 files in the fixture's build: each feed.json and changes.json shares its RSS twin's key, as it shares its document.
    expect(Object.keys(base)).toHaveLength(26);
    expect(keysOf(structuredClone(fixture))).toEqual(base);
    expect(new Set(Object.values(base)).size).toBe(Object.keys(base).length);
  });

  it.each<[string, (c: ContentSet) => void, string[]]>([
    [
      // The body is on the article page and in every feed that carries it in full; listings show front matter only.
      'an article’s body edited',
      (c) => void (find(c.articles, 'alpha-beta-deal').body += '\nA new paragraph.\n'),
      sorted(['/news/alpha-beta-deal/'], dealFeeds),
    ],
    [
      // The title is also in every listing of it: the news list, its programme's and organisations' related news.
      'an article retitled',
      (c) => void (find(c.articles, 'alpha-beta-deal').data.title = 'Alpha and Beta sign'),
      sorted(['/news/alpha-beta-deal/', '/news/', ...alpha, '/organisations/alpha-motors/', '/organisations/beta-chemicals/'], dealFeeds),
    ],
    [
      'an article added',
      (c) =>
        void c.articles.push({
          ...find(c.articles, 'alpha-beta-deal'),
          id: 'gamma-update',
          filePath: 'test/fixtures/valid/articles/gamma-update.md',
          data: { ...find(c.articles, 'alpha-beta-deal').data, title: 'Gamma update', published: '2026-01-05', programmes: ['gamma-oxide'], organisations: ['gamma-cells'], electrolytes: [] },
        }),
      sorted(['/news/gamma-update/', '/news/', ...gamma, '/organisations/gamma-cells/'], gammaArticleFeeds),
    ],
    [
      'an article deleted',
      (c) => void (c.articles = c.articles.filter((a) => a.id !== 'alpha-beta-deal')),
      sorted(['/news/alpha-beta-deal/', '/news/', ...alpha, '/organisations/alpha-motors/', '/organisations/beta-chemicals/'], dealFeeds),
    ],
    [
      // Restated inside the past, so gamma stays overdue and no SiteFigure moves (slip 6 months; the largest stays 39).
      // Pages linking gamma-oxide move with its record: its article and the feeds carrying that article.
      'a target restated',
      (c) =>
        void find(c.programmes, 'gamma-oxide').data.milestones[0]!.announcements.push({
          announced: '2024-06-01',
          target: parseTarget('2025-H1'),
          stated: 'first half of 2025',
          source: { title: 'Gamma delays', publisher: 'Fixture Wire', url: 'https://news.example.com/gamma-delay' },
        } as never),
      sorted(gamma, gammaFiles, family, familyFiles, ['/organisations/gamma-cells/', '/news/gamma-samples-late/'], gammaArticleFeeds),
    ],
    [
      // Beta's name is on its page, in alpha-sulfide's partners (its page, its lead's and its family's tables), on the
      // article naming Beta, and in the categories of every feed carrying that article.
      'an organisation renamed',
      (c) => void (find(c.organisations, 'beta-chemicals').data.shortName = 'Beta Chem'),
      sorted(alpha, family, ['/organisations/alpha-motors/', '/organisations/beta-chemicals/', '/news/alpha-beta-deal/'], dealFeeds),
    ],
    [
      // Gamma's overdue milestone achieved: its record and state everywhere gamma is shown, and the overdue count
      // (a SiteFigure) on every page that can show one.
      'an achieved date added',
      (c) =>
        void (find(c.programmes, 'gamma-oxide').data.milestones[0]!.achieved = {
          date: '2025-06',
          source: { title: 'Gamma ships samples', publisher: 'Fixture Wire', url: 'https://news.example.com/gamma-ships' },
        } as never),
      sorted(gamma, gammaFiles, family, familyFiles, ['/organisations/gamma-cells/', '/news/gamma-samples-late/'], gammaArticleFeeds, figurePages),
    ],
    [
      'a guide’s body edited',
      (c) => void (find(c.guides, 'fixture-glossary').body += '\n### Window\n\nA target’s start and end.\n'),
      ['/guides/fixture-glossary/'],
    ],
    [
      // The docs sidebar lists every guide and family by title, on every docs page.
      'a guide retitled',
      (c) => void (find(c.guides, 'fixture-glossary').data.title = 'Glossary'),
      sorted(guides, family),
    ],
    [
      'a draft edited',
      (c) => void (find(c.articles, 'unpublished-draft').body += '\nMore draft.\n'),
      [],
    ],
  ])('%s moves the keys of the pages that show it, and no other', (_what, edit, expected) => {
    expect(moved(base, keysOf(edited(edit)))).toEqual(expected);
  });

  it('over-approximate where a page names another entry: it counts that entry by all its data, not by the name alone', () => {
    // Only Beta's own page shows its description; the pages naming Beta move too, and render again for nothing.
    const keys = keysOf(edited((c) => void (find(c.organisations, 'beta-chemicals').data.description = 'Supplies sulfide electrolyte.')));
    expect(moved(base, keys)).toEqual(sorted(['/organisations/beta-chemicals/'], alpha, family, ['/organisations/alpha-motors/', '/news/alpha-beta-deal/'], dealFeeds));
  });

  it('a new as-of day moves only the pages that print it (programme pages and embeds, the family page), while every judgement stays', () => {
    expect(moved(base, keysOf(fixture, '2026-12-20'))).toEqual(sorted(alpha, gamma, family, ['/programmes/alpha-sulfide/timeline.svg', '/programmes/gamma-oxide/timeline.svg', '/electrolytes/sulfide-fixture/timeline.svg']));
  });

  it('an as-of day past a window’s end also moves every page that shows the judgement: the lead’s and partner’s track record and tables, and the overdue count', () => {
    // alpha-sulfide's start of production (fiscal 2027–28) ends on 31 March 2029: from then on it is overdue.
    const later = keysOf(fixture, '2029-04-15');
    expect(moved(base, later)).toEqual(
      sorted(alpha, gamma, family, ['/programmes/alpha-sulfide/timeline.svg', '/programmes/gamma-oxide/timeline.svg', '/electrolytes/sulfide-fixture/timeline.svg'], ['/organisations/alpha-motors/', '/organisations/beta-chemicals/'], figurePages),
    );
    // The day before the end judges as the build did: only the date-printing pages move.
    expect(moved(base, keysOf(fixture, '2029-03-31'))).toEqual(sorted(alpha, gamma, family, ['/programmes/alpha-sulfide/timeline.svg', '/programmes/gamma-oxide/timeline.svg', '/electrolytes/sulfide-fixture/timeline.svg']));
  });

  it('a redrawn social image moves the pages that print it: its own page, and for an article every feed that carries it', () => {
    const redraw = (key: string) => ({ ...CONFIG, image: imageLookup({ [key]: { path: `/og/${key}.png`, width: 1200, height: 630, bytes: 41_234, alt: 'New alt text' } }) });
    expect(moved(base, keysOf(fixture, AS_OF, redraw('articles/alpha-beta-deal')))).toEqual(sorted(['/news/alpha-beta-deal/'], dealFeeds));
    expect(moved(base, keysOf(fixture, AS_OF, redraw('programmes/gamma-oxide')))).toEqual(gamma);
    expect(moved(base, keysOf(fixture, AS_OF, redraw('organisations/beta-chemicals')))).toEqual(['/organisations/beta-chemicals/']);
  });

  it('a WebSub hub moves every feed, and nothing else', () => {
    const feeds = Object.keys(base).filter((path) => /\/(rss|changes)\.xml$/.test(path)).sort();
    expect(moved(base, keysOf(fixture, AS_OF, { ...CONFIG, hub: 'https://hub.example.org/' }))).toEqual(feeds);
  });

  it('a new site URL, base or code moves every key', () => {
    const all = Object.keys(base).sort();
    expect(moved(base, keysOf(fixture, AS_OF, { ...CONFIG, site: 'https://example.org' }))).toEqual(all);
    expect(moved(base, keysOf(fixture, AS_OF, { ...CONFIG, base: '/ssb/' }))).toEqual(all);
    expect(moved(base, keysOf(fixture, AS_OF, { ...CONFIG, code: 'other-code' }))).toEqual(all);
  });
});

describe('keys of the pure renderers move whenever their output does', () => {
  const changes: [string, ContentSet, string][] = [
    ['target restated', edited((c) => void find(c.programmes, 'alpha-sulfide').data.milestones[1]!.announcements.push({ announced: '2023-01-01', target: parseTarget('2025-Q1'), stated: 'Q1 2025', source: { title: 'T', publisher: 'P', url: 'https://news.example.com/t' } } as never)), AS_OF],
    ['achieved', edited((c) => void (find(c.programmes, 'gamma-oxide').data.milestones[0]!.achieved = { date: '2025-06', source: { title: 'T', publisher: 'P', url: 'https://news.example.com/t' } } as never)), AS_OF],
    ['programme renamed', edited((c) => void (find(c.programmes, 'gamma-oxide').data.shortName = 'Gamma Cells')), AS_OF],
    ['correction', edited((c) => void (find(c.programmes, 'alpha-sulfide').data.milestones[0]!.corrections = [{ date: '2026-11-30', text: 'Fixed.' }])), AS_OF],
    ['family renamed', edited((c) => void (find(c.electrolytes, 'sulfide-fixture').data.family = 'Sulphide')), AS_OF],
    ['new day', fixture, '2026-12-20'],
    ['past a window end', fixture, '2029-04-15'],
  ];
  const before = pureOutputs(fixture);
  const keys = keysOf(fixture);

  it.each(changes)('%s', (_what, content, asOf) => {
    const after = pureOutputs(content, asOf);
    const afterKeys = keysOf(content, asOf);
    const changedOutputs = Object.keys(after).filter((path) => after[path] !== before[path]);
    for (const path of changedOutputs) expect(afterKeys[path], `${path} changed but kept its key`).not.toBe(keys[path]);
    // An embed's key is its layout and words, so for embeds it is both ways: the key moves only when the file does.
    for (const path of Object.keys(after).filter((p) => p.endsWith('.svg'))) expect(afterKeys[path] !== keys[path], path).toBe(after[path] !== before[path]);
  });

  it('calendars judge nothing against the day, so a new day keeps their keys and files', () => {
    const later = pureOutputs(fixture, '2029-04-15');
    const laterKeys = keysOf(fixture, '2029-04-15');
    for (const path of Object.keys(later).filter((p) => p.endsWith('.ics'))) {
      expect(later[path]).toBe(before[path]);
      expect(laterKeys[path]).toBe(keys[path]);
    }
  });
});

describe('key parts', () => {
  const index = indexOf(fixture, AS_OF);

  it('tell the page’s own file from the entries it links, which count by their data only', () => {
    const parts = articlePageParts(index, find(index.articles, 'alpha-beta-deal'), CONFIG);
    expect(parts.links.organisations.map(([id]) => id)).toEqual(['alpha-motors', 'beta-chemicals']);
    expect(parts.links.programmes).toEqual([['alpha-sulfide', dataDigest(find(index.programmes, 'alpha-sulfide'))]]);
    expect(parts.figures).toBeNull();
    expect(articlePageParts(index, find(index.articles, 'gamma-samples-late'), CONFIG).figures).toEqual(siteFigures(index));
  });

  it('give every SiteFigure the site can print, per family', () => {
    expect(siteFigures(index)).toEqual({
      programmes: '2 programmes',
      'family-programmes:sulfide-fixture': '2 of the 2 programmes',
      'overdue-milestones': '1 milestone',
      'biggest-slip': '39 months',
    });
  });

  it('refuse an entry without a digest, whose body edits a key could not see', () => {
    const entry = { ...find(index.articles, 'alpha-beta-deal'), digest: undefined };
    expect(() => articlePageKey(index, entry, CONFIG)).toThrow('no content digest');
  });

  it('are stable JSON: key order does not matter, Maps are refused', () => {
    expect(stableJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
    expect(() => stableJson({ m: new Map() })).toThrow('Map');
  });
});
