/**
 * Every news feed the site publishes, in one list: the endpoints build from
 * it and the /feeds/ page lists it, so a feed cannot exist without being
 * listed (or the reverse).
 */
import { site } from './site-config';
import { CHANGE_FEED_LIMIT, NEWS_FEED_LIMIT } from './feed-limits';
import { plural } from './plural';
import type { ChangeFeedSpec, EntityChangeFeedSpec, EntityFeedSpec, FeedSpec } from './feeds';
import type { SiteData } from './site-data';
import { sitePaths } from './paths';
import { organisationName } from './site-index';
import type { OpmlFeed, OpmlFolder } from './opml';

export interface FeedGroup {
  label: string;
  /** `count` is how many items the subject has, `limit` how many the feed carries at most. */
  feeds: { title: string; feedPath: string; count: number; limit: number; unit: string }[];
}

export function mainFeed(data: SiteData): FeedSpec {
  return {
    title: `${site.title}: all news`,
    description: `The latest ${NEWS_FEED_LIMIT} news and analysis articles on solid-state battery programmes, in full.`,
    pagePath: sitePaths.news(),
    feedPath: sitePaths.newsFeed(),
    articles: data.articles,
  };
}

export function programmeFeeds(data: SiteData): EntityFeedSpec[] {
  return data.programmes.map((p) => ({
    id: p.id,
    title: `${p.shortName} programme: news (${site.shortTitle})`,
    description: `News and analysis on ${p.name}.`,
    pagePath: sitePaths.programme(p.id),
    feedPath: sitePaths.entityFeed('programmes', p.id),
    articles: data.articlesByProgramme.get(p.id) ?? [],
  }));
}

export function organisationFeeds(data: SiteData): EntityFeedSpec[] {
  return data.organisations.map((o) => ({
    id: o.id,
    title: `${organisationName(o)} (organisation): news (${site.shortTitle})`,
    description: `News and analysis involving ${o.data.name}.`,
    pagePath: sitePaths.organisation(o.id),
    feedPath: sitePaths.entityFeed('organisations', o.id),
    articles: data.articlesByOrganisation.get(o.id) ?? [],
  }));
}

export function electrolyteFeeds(data: SiteData): EntityFeedSpec[] {
  return data.electrolytes.map((e) => ({
    id: e.id,
    title: `${e.data.family} electrolytes: news (${site.shortTitle})`,
    description: `News and analysis on ${e.data.family.toLowerCase()} solid electrolyte programmes.`,
    pagePath: sitePaths.electrolyte(e.id),
    feedPath: sitePaths.entityFeed('electrolytes', e.id),
    articles: data.articlesByElectrolyte.get(e.id) ?? [],
  }));
}

export function mainChangeFeed(data: SiteData): ChangeFeedSpec {
  return {
    title: `${site.title}: promise changes`,
    description: `The latest ${CHANGE_FEED_LIMIT} changes to programmes' announced targets: new targets, slips, pull-forwards, reaffirmations, achievements, drops.`,
    pagePath: sitePaths.changes(),
    feedPath: sitePaths.changesFeed(),
    events: data.changes,
  };
}

export function programmeChangeFeeds(data: SiteData): EntityChangeFeedSpec[] {
  return data.programmes.map((p) => ({
    id: p.id,
    title: `${p.shortName} programme: promise changes (${site.shortTitle})`,
    description: `Every change to the targets of ${p.name}.`,
    pagePath: sitePaths.programme(p.id),
    feedPath: sitePaths.entityChangesFeed('programmes', p.id),
    events: data.changesByProgramme.get(p.id) ?? [],
  }));
}

export function electrolyteChangeFeeds(data: SiteData): EntityChangeFeedSpec[] {
  return data.electrolytes.map((e) => ({
    id: e.id,
    title: `${e.data.family} electrolytes: promise changes (${site.shortTitle})`,
    description: `Every change to the targets of ${e.data.family.toLowerCase()} programmes.`,
    pagePath: sitePaths.electrolyte(e.id),
    feedPath: sitePaths.entityChangesFeed('electrolytes', e.id),
    events: data.changesByElectrolyte.get(e.id) ?? [],
  }));
}

const news = (specs: FeedSpec[]) => specs.map((f) => ({ title: f.title, feedPath: f.feedPath, count: f.articles.length, limit: NEWS_FEED_LIMIT, unit: 'article' }));
const changes = (specs: ChangeFeedSpec[]) => specs.map((f) => ({ title: f.title, feedPath: f.feedPath, count: f.events.length, limit: CHANGE_FEED_LIMIT, unit: 'change' }));

/** What a feed holds, in words: "3 articles", or "latest 50 of 5,000 articles" once it is capped. */
export function feedCountLabel(f: { count: number; limit: number; unit: string }): string {
  const all = plural(f.count.toLocaleString('en-GB'), f.unit, f.count);
  return f.count > f.limit ? `latest ${f.limit.toLocaleString('en-GB')} of ${all}` : all;
}

/** Every RSS feed as an OPML folder list (news, programmes, organisations, families, changes); `abs` makes a site path absolute. */
export function opmlFolders(data: SiteData, abs: (path: string) => string): OpmlFolder[] {
  const feeds = (specs: { title: string; feedPath: string; pagePath: string }[]): OpmlFeed[] =>
    specs.map((s) => ({ title: s.title, xmlUrl: abs(s.feedPath), htmlUrl: abs(s.pagePath) }));
  return [
    { title: 'News', feeds: feeds([mainFeed(data)]) },
    { title: 'Programmes', feeds: feeds(programmeFeeds(data)) },
    { title: 'Organisations', feeds: feeds(organisationFeeds(data)) },
    { title: 'Electrolyte families', feeds: feeds(electrolyteFeeds(data)) },
    { title: 'Promise changes', feeds: feeds([mainChangeFeed(data), ...programmeChangeFeeds(data), ...electrolyteChangeFeeds(data)]) },
  ];
}

/** All feeds, grouped as the /feeds/ page shows them. */
export function feedGroups(data: SiteData): FeedGroup[] {
  return [
    { label: 'All news', feeds: news([mainFeed(data)]) },
    { label: 'All promise changes', feeds: changes([mainChangeFeed(data)]) },
    { label: 'News per programme', feeds: news(programmeFeeds(data)) },
    { label: 'Promise changes per programme', feeds: changes(programmeChangeFeeds(data)) },
    { label: 'News per organisation', feeds: news(organisationFeeds(data)) },
    { label: 'News per electrolyte family', feeds: news(electrolyteFeeds(data)) },
    { label: 'Promise changes per electrolyte family', feeds: changes(electrolyteChangeFeeds(data)) },
  ];
}
