/**
 * Every news feed the site publishes, in one list: the endpoints build from
 * it and the /feeds/ page lists it, so a feed cannot exist without being
 * listed (or the reverse).
 */
import { site } from './site-config';
import type { FeedSpec } from './feeds';
import type { SiteData } from './site-data';

export interface FeedGroup {
  label: string;
  feeds: FeedSpec[];
}

export function mainFeed(data: SiteData): FeedSpec {
  return {
    title: `${site.title}: all news`,
    description: 'Every news and analysis article on solid-state battery programmes, in full.',
    pagePath: '/news/',
    feedPath: '/rss.xml',
    articles: data.articles,
  };
}

export function programmeFeeds(data: SiteData): FeedSpec[] {
  return data.programmes.map(({ entry }) => ({
    title: `${entry.data.shortName}: news (${site.shortTitle})`,
    description: `News and analysis on ${entry.data.name}.`,
    pagePath: `/programmes/${entry.id}/`,
    feedPath: `/programmes/${entry.id}/rss.xml`,
    articles: data.articlesByProgramme.get(entry.id) ?? [],
  }));
}

export function organisationFeeds(data: SiteData): FeedSpec[] {
  return data.organisations.map((o) => ({
    title: `${o.data.shortName ?? o.data.name}: news (${site.shortTitle})`,
    description: `News and analysis involving ${o.data.name}.`,
    pagePath: `/organisations/${o.id}/`,
    feedPath: `/organisations/${o.id}/rss.xml`,
    articles: data.articlesByOrganisation.get(o.id) ?? [],
  }));
}

export function electrolyteFeeds(data: SiteData): FeedSpec[] {
  return data.electrolytes.map((e) => ({
    title: `${e.data.family} electrolytes: news (${site.shortTitle})`,
    description: `News and analysis on ${e.data.family.toLowerCase()} solid electrolyte programmes.`,
    pagePath: `/electrolytes/${e.id}/`,
    feedPath: `/electrolytes/${e.id}/rss.xml`,
    articles: data.articlesByElectrolyte.get(e.id) ?? [],
  }));
}

/** All news feeds, grouped as the /feeds/ page shows them. */
export function feedGroups(data: SiteData): FeedGroup[] {
  return [
    { label: 'All news', feeds: [mainFeed(data)] },
    { label: 'Per programme', feeds: programmeFeeds(data) },
    { label: 'Per organisation', feeds: organisationFeeds(data) },
    { label: 'Per electrolyte family', feeds: electrolyteFeeds(data) },
  ];
}
