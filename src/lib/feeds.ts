/**
 * Builds every news feed of the site (all news, and one per programme,
 * organisation and electrolyte family) from the same item builder, so they
 * cannot drift apart: full text, categories, author, stable permalink guid.
 */
import rss from '@astrojs/rss';
import { articleHtml } from './article-html';
import { absolutiseUrls, escapeXml, feedDate } from './feed-xml';
import { href, sitePaths } from './paths';
import { organisationName } from './site-index';
import { sourceText } from './source-text';
import { site as siteConfig } from './site-config';
import type { APIRoute } from 'astro';
import { getSiteData, type Article, type SiteData } from './site-data';
import { CHANGE_FEED_LIMIT, NEWS_FEED_LIMIT } from './feed-limits';
import { changeKindLabel, changeTitle, eventDay, type ChangeEvent } from './changes';
import { requireSite } from './build-env';

export interface FeedSpec {
  title: string;
  description: string;
  /** Site path of the page the feed belongs to ("/programmes/x/"). */
  pagePath: string;
  /** Site path of the feed itself ("/programmes/x/rss.xml"). */
  feedPath: string;
  /** Every article of the feed's subject, newest first; the feed carries the first NEWS_FEED_LIMIT. */
  articles: Article[];
}

/** A feed that belongs to one programme, organisation or electrolyte family: its route id. */
export type EntityFeedSpec = FeedSpec & { id: string };

const absoluteHtml = new Map<string, Promise<string>>();

/** The article body with absolute URLs, computed once per article however many feeds carry it. */
function absoluteArticleHtml(article: Article, origin: string): Promise<string> {
  const key = `${origin} ${article.id}`;
  let html = absoluteHtml.get(key);
  if (!html) {
    html = articleHtml(article).then((h) => absolutiseUrls(h, origin));
    absoluteHtml.set(key, html);
  }
  return html;
}

/** Names of everything an article is linked to, as RSS categories. */
export function articleCategories(article: Article, data: SiteData): string[] {
  const a = article.data;
  return [
    ...a.programmes.map((id) => data.programmeById.get(id)?.shortName ?? id),
    ...a.organisations.map((id) => {
      const o = data.organisationById.get(id);
      return o ? organisationName(o) : id;
    }),
    ...a.electrolytes.map((id) => data.electrolyteById.get(id)?.data.family ?? id),
    ...a.tags,
  ].filter((c, i, all) => all.indexOf(c) === i);
}

/** An RSS response for the spec; `site` is the absolute site URL (Astro.site). */
export async function feedResponse(spec: FeedSpec, data: SiteData, site: URL): Promise<Response> {
  const origin = site.origin;
  const abs = (path: string) => new URL(href(path), origin).href;
  const newest = spec.articles[0]?.data.updated ?? spec.articles[0]?.data.published;
  const items = await Promise.all(
    spec.articles.slice(0, NEWS_FEED_LIMIT).map(async (article) => {
      const html = await absoluteArticleHtml(article, origin);
      return {
        title: article.data.title,
        link: abs(sitePaths.article(article.id)),
        pubDate: feedDate(article.data.published),
        description: article.data.description,
        content: html,
        categories: articleCategories(article, data),
        customData: article.data.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
      };
    }),
  );
  return rss({ ...channel(spec, abs, newest), items });
}

/** Channel options shared by every feed: self link, stylesheet, language, namespaces. */
function channel(spec: { title: string; description: string; pagePath: string; feedPath: string }, abs: (path: string) => string, newest: string | undefined) {
  return {
    title: spec.title,
    description: spec.description,
    site: abs(spec.pagePath),
    stylesheet: href(sitePaths.feedStylesheet()),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData:
      `<language>${siteConfig.locale}</language>` +
      `<atom:link href="${escapeXml(abs(spec.feedPath))}" rel="self" type="application/rss+xml"/>` +
      (newest ? `<lastBuildDate>${feedDate(newest).toUTCString()}</lastBuildDate>` : ''),
  };
}

export interface ChangeFeedSpec {
  title: string;
  description: string;
  pagePath: string;
  feedPath: string;
  /** Every event of the feed's subject, newest first; the feed carries the first CHANGE_FEED_LIMIT. */
  events: ChangeEvent[];
}

export type EntityChangeFeedSpec = ChangeFeedSpec & { id: string };

/** An RSS response of promise changes: one item per event, linked to its anchor on /changes/. */
export function changeFeedResponse(spec: ChangeFeedSpec, site: URL): Promise<Response> {
  const abs = (path: string) => new URL(href(path), site.origin).href;
  const items = spec.events.slice(0, CHANGE_FEED_LIMIT).map((e) => {
    const link = abs(sitePaths.change(e.id));
    const details = [
      e.stated ? `Stated as: “${e.stated}”.` : '',
      `Source: ${sourceText(e.source)}`,
      `Programme record: ${abs(sitePaths.milestone(e.programmeId, e.milestoneId))}`,
    ].filter(Boolean);
    return {
      title: changeTitle(e),
      link,
      pubDate: feedDate(eventDay(e.date)),
      description: details.join(' '),
      categories: [e.programme, changeKindLabel[e.kind]],
      customData: `<source url="${escapeXml(e.source.url)}">${escapeXml(e.source.publisher)}</source>`,
    };
  });
  const newest = spec.events[0] ? eventDay(spec.events[0].date) : undefined;
  return rss({ ...channel(spec, abs, newest), items });
}

/** getStaticPaths and GET for a family of per-entity feeds at `/<kind>/<id>/<file>`, one per spec. */
function entityRoute<S extends { id: string }>(specs: (data: SiteData) => S[], respond: (spec: S, data: SiteData, site: URL) => Promise<Response>) {
  return {
    getStaticPaths: async () => {
      const data = await getSiteData();
      return specs(data).map((spec) => ({ params: { id: spec.id }, props: { spec } }));
    },
    GET: (async ({ props, site }) => respond((props as { spec: S }).spec, await getSiteData(), requireSite(site))) satisfies APIRoute,
  };
}

/** Per-entity news feeds (`/<kind>/<id>/rss.xml`). */
export const entityFeedRoute = (specs: (data: SiteData) => EntityFeedSpec[]) => entityRoute(specs, feedResponse);

/** Per-entity change feeds (`/<kind>/<id>/changes.xml`). */
export const entityChangeFeedRoute = (specs: (data: SiteData) => EntityChangeFeedSpec[]) => entityRoute(specs, (spec, _data, site) => changeFeedResponse(spec, site));
