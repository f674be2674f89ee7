/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`). Astro
 * copies a page from the previous build when the page's code (its module
 * graph) and its `cacheKey` are both unchanged, so the key must cover
 * everything the page shows that its code does not: its own entry, every
 * other entry it lists or links by name, the bodies it embeds, what the as-of
 * day decides on it, and the deployment settings. One function per page kind;
 * each reads the same index maps the page reads, so the entries in a key are
 * derived, never listed by hand.
 *
 * The parts, and the rule for choosing between them:
 * - `file`: Astro's digest of the entry's source file (front matter and body),
 *   for the page's own entry and for every article whose rendered body the
 *   page embeds (the article page, the news feeds).
 * - `data`: a digest of the entry's parsed data (front matter or YAML), for an
 *   entry another page lists or links: those pages show its title, name, date
 *   or record, never its body, so a body edit leaves them alone.
 * - `state`: what the as-of day decides for each shown programme: each
 *   milestone's state (open, overdue …) and the outcome of each of its
 *   promises (the track record). Not the day itself, so a new day moves only
 *   the pages whose judgement it changes; the pages that print the day
 *   (programme pages and family pages, in the embed snippet's description, and
 *   the embeds) carry `asOf`.
 * - `figures`: every SiteFigure value; an MDX body can show them, so every
 *   MDX entry a page renders (its own, or an article in a feed) brings them in.
 * - derived records the page prints whole (change events, chart layouts) are
 *   hashed as they are: the renderer reads nothing else of them; so is each
 *   social image's printed metadata (size, bytes, alt text) and the feeds'
 *   WebSub hub.
 * - `site`, `base` and the site configuration (src/lib/site-config.ts), on
 *   every key: Astro hashes `site` and `base` into its own cache check too,
 *   but a key should not depend on that.
 * - `code`, on every key: a digest of all the site's code. Astro checks each
 *   page's own module graph, but the Content Security Policy on every page
 *   lists the script and style hashes of the whole build, so any code change
 *   renders every page again (src/lib/code-digest.ts says why).
 *
 * What the key does not need to cover, because Astro checks it itself: the
 * lockfile, the parts of the Astro config that shape output, and the
 * components compiled into an MDX entry the page renders with `render()`
 * (article-html.ts calls it for every page that embeds a body, even when the
 * HTML comes from its per-build cache).
 *
 * Pure: index and settings in, a string out; unit-tested in test/unit/cache-keys.test.ts.
 */
import { createHash } from 'node:crypto';
import type { ChangeEvent } from './changes';
import type { EmbedSpec } from './embed-list';
import { CHANGE_FEED_LIMIT, NEWS_FEED_LIMIT } from './feed-limits';
import { isStale } from './freshness';
import type { ProgrammeView } from './programme-view';
import type { ArticleData } from './schemas/article';
import { site as siteConfig } from './site-config';
import { SITE_FIGURES, siteFigure } from './site-figures';
import { lookupAll, type IndexEntry, type SiteIndex } from './site-index';
import { judgeMilestone } from './track-record';

/** Raised when the meaning of a key changes without its inputs changing (the code hash moves anyway). */
export const KEY_VERSION = 1;

/** What every key carries: Astro's `site` and `base`, and the digest of the site's code (src/lib/code-digest.ts); and what some print. */
export interface KeyConfig {
  site: string;
  base: string;
  code: string;
  /** The WebSub hub every feed declares (WEBSUB_HUB), or null. */
  hub: string | null;
  /**
   * What a page prints of an entry's social image (path, pixel size, byte size, alt text), as the pre-build
   * step's manifest gives it (src/lib/social-images.ts); the image shows other entries' names and figures, so
   * the key takes what is printed rather than guessing what it was drawn from.
   */
  image: (kind: 'articles' | 'programmes' | 'organisations', id: string) => object | undefined;
}

/** An entry as the keys read it: Astro's entries and the index's programme views both fit. */
type Entry = { id: string; data: object; digest?: string | number | undefined; filePath?: string | undefined };

/** JSON with object keys sorted, so equal values give equal text whatever the key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    if (v instanceof Map || v instanceof Set) throw new TypeError('cache keys: a Map or Set has no stable JSON; pass an array');
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The key of a page: a digest of its parts (which tests and the README read). */
export const cacheKey = (parts: object): string => sha256(stableJson(parts));

/** Astro's digest of the entry's file: front matter and body. Refuses an entry without one, which would hide body edits. */
export function fileDigest(entry: Entry): string {
  const digest = entry.digest === undefined ? '' : String(entry.digest);
  if (digest === '') throw new Error(`cache keys: entry "${entry.id}" has no content digest (Astro's content layer sets one for every file)`);
  return digest;
}

const dataDigests = new WeakMap<object, string>();

/** Digest of the entry's parsed data (front matter or YAML), without its body; computed once per entry. */
export function dataDigest(entry: Entry): string {
  let digest = dataDigests.get(entry.data);
  if (digest === undefined) {
    digest = sha256(stableJson(entry.data));
    dataDigests.set(entry.data, digest);
  }
  return digest;
}

/** Entries as another page lists them: id and data digest, in the page's order. */
const listed = (entries: readonly Entry[]) => entries.map((e) => [e.id, dataDigest(e)]);

/** An MDX body may show SiteFigures (and nothing tells which do); an entry of unknown format counts as MDX. */
const isMdx = (entry: Entry) => entry.filePath === undefined || entry.filePath.endsWith('.mdx');

const figureCache = new WeakMap<object, Record<string, string>>();

/** Every value a <SiteFigure> can print on this index: each name, and each family for the per-family figure. */
export function siteFigures(index: SiteIndex): Record<string, string> {
  let figures = figureCache.get(index);
  if (!figures) {
    const families = [...new Set([...index.electrolytes.map((e) => e.id), ...index.programmesByElectrolyte.keys()])].sort();
    const entries: [string, string][] = SITE_FIGURES.flatMap((name): [string, string][] =>
      name === 'family-programmes' ? families.map((f) => [`${name}:${f}`, siteFigure(index, name, f)]) : [[name, siteFigure(index, name)]],
    );
    figures = Object.fromEntries(entries);
    figureCache.set(index, figures);
  }
  return figures;
}

/** What the as-of day decides for a programme: each milestone's state and the outcome of each of its promises. */
export function programmeState(p: ProgrammeView, asOf: string): (string | number)[][] {
  return p.milestones.map((m) => [m.id, m.state, ...judgeMilestone(m, asOf).map((promise) => promise.outcome)]);
}

/**
 * A programme as a table row or link shows it: its record, and the entries
 * whose names the view resolved (lead, partners, electrolyte family).
 */
function programmeShown(index: SiteIndex, p: ProgrammeView) {
  const orgs = lookupAll([p.lead.id, ...p.partners.map((x) => x.id)], index.organisationById);
  return { id: p.id, data: dataDigest(p), organisations: listed(orgs), electrolyte: p.electrolyte ? listed(lookupAll([p.electrolyte.id], index.electrolyteById)) : null };
}

/** A programme with its as-of state, for pages that show its next target, state badges or track record. */
const programmeJudged = (index: SiteIndex, p: ProgrammeView) => ({ ...programmeShown(index, p), state: programmeState(p, index.asOf) });

/** Names of the entries an article is linked to (its page's "In this article", its feed categories, its search filters). */
function articleLinks(index: SiteIndex, a: IndexEntry<ArticleData>) {
  return {
    programmes: listed(lookupAll(a.data.programmes, index.programmeById)),
    organisations: listed(lookupAll(a.data.organisations, index.organisationById)),
    electrolytes: listed(lookupAll(a.data.electrolytes, index.electrolyteById)),
  };
}

/** The documentation sidebar and previous/next links: every guide and family, by title and order. */
const docsNav = (index: SiteIndex) => ({ guides: listed(index.guides), electrolytes: listed(index.electrolytes) });

const siteConfigDigest = sha256(stableJson(siteConfig));

/** Parts every key has. */
const common = (kind: string, config: KeyConfig) => ({ v: KEY_VERSION, kind, site: config.site, base: config.base, code: config.code, siteConfig: siteConfigDigest });

/** The social image a page prints for `id`, or null. */
const imageOf = (config: KeyConfig, kind: Parameters<KeyConfig['image']>[0], id: string) => config.image(kind, id) ?? null;

// ---- Pages ------------------------------------------------------------------

/** /programmes/<id>/: its record; lead, partners and family by name; state, freshness note and (embed snippet) the as-of day; its news. */
export function programmePageParts(index: SiteIndex, p: ProgrammeView, config: KeyConfig) {
  return {
    ...common('programme-page', config),
    file: fileDigest(p),
    shown: programmeShown(index, p),
    state: programmeState(p, index.asOf),
    stale: isStale(p.lastUpdate, index.asOf),
    // The embed snippet's alt text ends "as of <day>", and the chart's size follows the as-of day.
    asOf: index.asOf,
    news: listed(index.articlesByProgramme.get(p.id) ?? []),
    image: imageOf(config, 'programmes', p.id),
  };
}

/** /organisations/<id>/: its record; the programmes it leads or partners in (table and track record, as judged on the as-of day); its news. */
export function organisationPageParts(index: SiteIndex, o: Entry, config: KeyConfig) {
  return {
    ...common('organisation-page', config),
    file: fileDigest(o),
    programmes: (index.programmesByOrganisation.get(o.id) ?? []).map((p) => programmeJudged(index, p)),
    news: listed(index.articlesByOrganisation.get(o.id) ?? []),
    image: imageOf(config, 'organisations', o.id),
  };
}

/** /electrolytes/<id>/: its explainer (with SiteFigures); the docs sidebar; its programmes' table; the embed snippet (which prints the as-of day). */
export function electrolytePageParts(index: SiteIndex, e: Entry, config: KeyConfig) {
  const programmes = index.programmesByElectrolyte.get(e.id) ?? [];
  return {
    ...common('electrolyte-page', config),
    file: fileDigest(e),
    docs: docsNav(index),
    programmes: programmes.map((p) => programmeJudged(index, p)),
    // Only a family with programmes shows the embed snippet, whose description ends "as of <day>".
    asOf: programmes.length > 0 ? index.asOf : null,
    figures: isMdx(e) ? siteFigures(index) : null,
  };
}

/** /guides/<id>/: its body (with SiteFigures) and the docs sidebar. */
export function guidePageParts(index: SiteIndex, g: Entry, config: KeyConfig) {
  return { ...common('guide-page', config), file: fileDigest(g), docs: docsNav(index), figures: isMdx(g) ? siteFigures(index) : null };
}

/** /news/<id>/: its file (body included); the programmes, organisations and families it names; SiteFigures when MDX. */
export function articlePageParts(index: SiteIndex, a: IndexEntry<ArticleData>, config: KeyConfig) {
  return { ...common('article-page', config), file: fileDigest(a), links: articleLinks(index, a), figures: isMdx(a) ? siteFigures(index) : null, image: imageOf(config, 'articles', a.id) };
}

/** The parts of Astro's `Page` a news listing shows. */
export interface ListingPage {
  currentPage: number;
  lastPage: number;
  total: number;
  start: number;
  end: number;
  url: { current: string; prev?: string | undefined; next?: string | undefined; first?: string | undefined; last?: string | undefined };
  data: readonly IndexEntry<ArticleData>[];
}

/** /news/, /news/<n>/: its position and count, its links, and the articles it lists. */
export function newsListPageParts(page: ListingPage, config: KeyConfig) {
  const { currentPage, lastPage, total, start, end, url } = page;
  return { ...common('news-list-page', config), page: { currentPage, lastPage, total, start, end, url }, articles: listed(page.data) };
}

// ---- Feeds, calendars, embeds --------------------------------------------------

/** The header of a feed: strings derived from its subject. */
interface FeedHead {
  title: string;
  description: string;
  pagePath: string;
  feedPath: string;
}
const feedHead = ({ title, description, pagePath, feedPath }: FeedHead) => ({ title, description, pagePath, feedPath });

/**
 * <subject>/rss.xml and feed.json: the header, and the newest NEWS_FEED_LIMIT articles it carries in full,
 * each with the names of what it links (categories), and SiteFigures when one of them is MDX.
 */
export function newsFeedParts(index: SiteIndex, spec: FeedHead & { articles: readonly IndexEntry<ArticleData>[] }, config: KeyConfig) {
  const items = spec.articles.slice(0, NEWS_FEED_LIMIT);
  return {
    ...common('news-feed', config),
    feed: feedHead(spec),
    hub: config.hub,
    items: items.map((a) => ({ id: a.id, file: fileDigest(a), links: articleLinks(index, a), image: imageOf(config, 'articles', a.id) })),
    figures: items.some(isMdx) ? siteFigures(index) : null,
  };
}

/** <subject>/changes.xml and changes.json: the header and the newest CHANGE_FEED_LIMIT change events, as printed. */
export function changeFeedParts(spec: FeedHead & { events: readonly ChangeEvent[] }, config: KeyConfig) {
  return { ...common('change-feed', config), feed: feedHead(spec), hub: config.hub, events: spec.events.slice(0, CHANGE_FEED_LIMIT) };
}

/** <subject>/milestones.ics: its name and path and its programmes' records (calendars judge nothing against the as-of day). */
export function calendarParts(spec: { id: string; title: string; path: string; programmes: readonly ProgrammeView[] }, config: KeyConfig) {
  return { ...common('calendar', config), calendar: { id: spec.id, title: spec.title, path: spec.path }, programmes: listed(spec.programmes) };
}

/** <subject>/timeline.svg: the chart as laid out (as-of day, states and all) with its title and description. */
export function embedParts(spec: Pick<EmbedSpec, 'id' | 'path' | 'pagePath' | 'title' | 'desc' | 'layout'>, config: KeyConfig) {
  const { id, path, pagePath, title, desc, layout } = spec;
  return { ...common('embed', config), embed: { id, path, pagePath, title, desc, layout } };
}

// ---- The keys ----------------------------------------------------------------

export const programmePageKey = (index: SiteIndex, p: ProgrammeView, config: KeyConfig) => cacheKey(programmePageParts(index, p, config));
export const organisationPageKey = (index: SiteIndex, o: Entry, config: KeyConfig) => cacheKey(organisationPageParts(index, o, config));
export const electrolytePageKey = (index: SiteIndex, e: Entry, config: KeyConfig) => cacheKey(electrolytePageParts(index, e, config));
export const guidePageKey = (index: SiteIndex, g: Entry, config: KeyConfig) => cacheKey(guidePageParts(index, g, config));
export const articlePageKey = (index: SiteIndex, a: IndexEntry<ArticleData>, config: KeyConfig) => cacheKey(articlePageParts(index, a, config));
export const newsListPageKey = (page: ListingPage, config: KeyConfig) => cacheKey(newsListPageParts(page, config));
export const newsFeedKey = (index: SiteIndex, spec: Parameters<typeof newsFeedParts>[1], config: KeyConfig) => cacheKey(newsFeedParts(index, spec, config));
export const changeFeedKey = (_index: SiteIndex, spec: Parameters<typeof changeFeedParts>[0], config: KeyConfig) => cacheKey(changeFeedParts(spec, config));
export const calendarKey = (_index: SiteIndex, spec: Parameters<typeof calendarParts>[0], config: KeyConfig) => cacheKey(calendarParts(spec, config));
export const embedKey = (_index: SiteIndex, spec: Parameters<typeof embedParts>[0], config: KeyConfig) => cacheKey(embedParts(spec, config));
