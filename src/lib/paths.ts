/**
 * Every internal URL of the site, built in one place so that links honour
 * Astro's `base` (deployment under a sub-path) and the trailing-slash format.
 */
import type { SocialImageKind } from './social-image/cards';

/** Joins a site path ("/programmes/x/") onto a base ("/ssb/"); leaves external and fragment links alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmed !== '' && (path === trimmed || path.startsWith(`${trimmed}/`))) return path;
  return `${trimmed}${path}`;
}

/**
 * The configured base, as Astro exposes it ("/" or "/ssb/"). Plain Node (the
 * social-image pre-build step, which builds the site index before Astro runs)
 * has no import.meta.env; the links it derives are never written out.
 */
function base(): string {
  return import.meta.env?.BASE_URL ?? '/';
}

/** A site path with the base prefixed. */
export function href(path: string): string {
  return withBase(path, base());
}

/** The anchor of a milestone on its programme page. */
export const milestoneAnchor = (milestoneId: string) => `milestone-${milestoneId}`;

/**
 * Every site path, without the base: feed specs and `<head>` links take these
 * (the base is added where a URL is written out). `paths` below is the same
 * list with the base added, for links in pages.
 */
export const sitePaths = {
  home: () => '/',
  news: (page = 1) => (page === 1 ? '/news/' : `/news/${page}/`),
  article: (id: string) => `/news/${id}/`,
  programmes: () => '/programmes/',
  programme: (id: string) => `/programmes/${id}/`,
  milestone: (programmeId: string, milestoneId: string) => `/programmes/${programmeId}/#${milestoneAnchor(milestoneId)}`,
  organisations: () => '/organisations/',
  organisation: (id: string) => `/organisations/${id}/`,
  electrolytes: () => '/electrolytes/',
  electrolyte: (id: string) => `/electrolytes/${id}/`,
  guides: () => '/guides/',
  guide: (id: string) => `/guides/${id}/`,
  about: () => '/about/',
  search: () => '/search/',
  feeds: () => '/feeds/',
  timeline: () => '/timeline/',
  trackRecord: () => '/track-record/',
  /** The compare page, with these programmes chosen. */
  compare: (ids: readonly string[] = []) => (ids.length > 0 ? `/compare/?p=${ids.join(',')}` : '/compare/'),
  changes: () => '/changes/',
  change: (eventId: string) => `/changes/#${eventId}`,
  /** All news (RSS). */
  newsFeed: () => '/rss.xml',
  /** All promise changes (RSS). */
  changesFeed: () => '/changes.xml',
  /** A programme's, organisation's or electrolyte family's news feed. */
  entityFeed: (kind: EntityKind, id: string) => `/${kind}/${id}/rss.xml`,
  /** A programme's or electrolyte family's change feed. */
  entityChangesFeed: (kind: Exclude<EntityKind, 'organisations'>, id: string) => `/${kind}/${id}/changes.xml`,
  /** A programme's or electrolyte family's milestone calendar (iCalendar). */
  entityCalendar: (kind: Exclude<EntityKind, 'organisations'>, id: string) => `/${kind}/${id}/milestones.ics`,
  /** The JSON Feed twin of an RSS feed: `/rss.xml` → `/feed.json`, `…/rss.xml` → `…/feed.json`, `…/changes.xml` → `…/changes.json`. */
  jsonFeed: (rssPath: string) => rssPath.replace(/(^|\/)rss\.xml$/, '$1feed.json').replace(/\.xml$/, '.json'),
  /** Every RSS feed as one OPML subscription list. */
  opml: () => '/feeds.opml',
  /** The embeddable SVG of a programme's or electrolyte family's milestones. */
  entityEmbed: (kind: Exclude<EntityKind, 'organisations'>, id: string) => `/${kind}/${id}/timeline.svg`,
  feedStylesheet: () => '/rss-style.xsl',
  dataFile: (name: DataFile) => `/data/${name}`,
  /** The 1200×630 social image (og:image, feed enclosure) of an article, programme or organisation: `kind` is its collection. */
  socialImage: (kind: SocialImageKind, id: string) => `/og/${kind}/${id}.png`,
  sitemap: () => '/sitemap-index.xml',
  favicon: () => '/favicon.svg',
  /** Colour classes of the electrolyte families, generated from the palette. */
  familyStylesheet: () => '/family-colours.css',
} as const;

/** Route folders of the entities that have their own feeds. */
export type EntityKind = 'programmes' | 'organisations' | 'electrolytes';

/** The files under /data/. */
export const DATA_FILES = ['programmes.json', 'programmes.schema.json', 'programmes.csv', 'milestones.csv', 'track-record.csv', 'milestones.ics'] as const;
export type DataFile = (typeof DATA_FILES)[number];

type Based<T> = { [K in keyof T]: T[K] extends (...args: infer A) => string ? (...args: A) => string : never };

/** Every site path with the base added. */
export const paths = Object.fromEntries(
  Object.entries(sitePaths).map(([name, path]) => [name, (...args: never[]) => href((path as (...a: never[]) => string)(...args))]),
) as Based<typeof sitePaths>;
