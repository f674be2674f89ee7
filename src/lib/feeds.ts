/**
 * Builds every news feed of the site (all news, and one per programme,
 * organisation and electrolyte family) from the same item builder, so they
 * cannot drift apart: full text, categories, author, stable permalink guid.
 * Each feed is rendered twice from one document: RSS and JSON Feed.
 */
import { articleHtml } from './article-html';
import { absolutiseUrls } from './feed-xml';
import { jsonFeedResponse, rssResponse, type FeedDocument, type FeedImage, type FeedItem } from './feed-document';
import { href, sitePaths } from './paths';
import { organisationName } from './site-index';
import { sourceText } from './source-text';
import type { APIRoute } from 'astro';
import { getSiteData, type Article, type SiteData } from './site-data';
import { CHANGE_FEED_LIMIT, NEWS_FEED_LIMIT } from './feed-limits';
import { changeKindLabel, changeTitle, eventDay, type ChangeEvent } from './changes';
import { requireSite, websubHub } from './build-env';
import { socialImage } from './social-images';

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
  // Asked for on every call, so the incremental build sees each feed render the entry (article-html.ts).
  const body = articleHtml(article);
  let html = absoluteHtml.get(key);
  if (!html) {
    html = body.then((h) => absolutiseUrls(h, origin));
    absoluteHtml.set(key, html);
  }
  return Promise.all([body, html]).then(([, absolute]) => absolute);
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

/** The document both renderings of a news feed are made from; `site` is the absolute site URL (Astro.site). */
export async function newsFeedDocument(spec: FeedSpec, data: SiteData, site: URL): Promise<FeedDocument> {
  const origin = site.origin;
  const abs = (path: string) => new URL(href(path), origin).href;
  const items = await Promise.all(
    spec.articles.slice(0, NEWS_FEED_LIMIT).map(async (article): Promise<FeedItem> => ({
      url: abs(sitePaths.article(article.id)),
      title: article.data.title,
      published: article.data.published,
      modified: article.data.updated,
      summary: article.data.description,
      content: { html: await absoluteArticleHtml(article, origin) },
      tags: articleCategories(article, data),
      authors: article.data.authors,
      image: feedImage(article.id, abs),
    })),
  );
  return { ...documentMeta(spec, abs), newest: spec.articles[0]?.data.updated ?? spec.articles[0]?.data.published, items };
}

/** An article's social image as a feed carries it: absolute URL and the file's real size (the pre-build step made it). */
function feedImage(articleId: string, abs: (path: string) => string): FeedImage | undefined {
  const image = socialImage('articles', articleId);
  return image && { url: abs(image.path), bytes: image.bytes, width: image.width, height: image.height, alt: image.alt };
}

/** Title, links and stylesheet every feed document shares. */
function documentMeta(spec: { title: string; description: string; pagePath: string; feedPath: string }, abs: (path: string) => string) {
  return {
    title: spec.title,
    description: spec.description,
    homePageUrl: abs(spec.pagePath),
    rssUrl: abs(spec.feedPath),
    jsonUrl: abs(sitePaths.jsonFeed(spec.feedPath)),
    stylesheet: href(sitePaths.feedStylesheet()),
    hub: websubHub(),
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

/** The document of a change feed: one item per event, linked to its anchor on /changes/. */
export function changeFeedDocument(spec: ChangeFeedSpec, site: URL): FeedDocument {
  const abs = (path: string) => new URL(href(path), site.origin).href;
  const items = spec.events.slice(0, CHANGE_FEED_LIMIT).map((e): FeedItem => {
    const details = [
      e.stated ? `Stated as: “${e.stated}”.` : '',
      `Source: ${sourceText(e.source)}`,
      `Programme record: ${abs(sitePaths.milestone(e.programmeId, e.milestoneId))}`,
    ].filter(Boolean);
    return {
      url: abs(sitePaths.change(e.id)),
      title: changeTitle(e),
      published: eventDay(e.date),
      summary: details.join(' '),
      content: { text: details.join(' ') },
      tags: [e.programme, changeKindLabel[e.kind]],
      authors: [],
      source: { url: e.source.url, publisher: e.source.publisher },
    };
  });
  return { ...documentMeta(spec, abs), newest: spec.events[0] ? eventDay(spec.events[0].date) : undefined, items };
}

/** The feeds' two renderings. */
export const feedResponse = async (spec: FeedSpec, data: SiteData, site: URL) => rssResponse(await newsFeedDocument(spec, data, site));
export const jsonNewsFeedResponse = async (spec: FeedSpec, data: SiteData, site: URL) => jsonFeedResponse(await newsFeedDocument(spec, data, site));
export const changeFeedResponse = (spec: ChangeFeedSpec, site: URL) => rssResponse(changeFeedDocument(spec, site));
export const jsonChangeFeedResponse = (spec: ChangeFeedSpec, site: URL) => jsonFeedResponse(changeFeedDocument(spec, site));

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

/** Per-entity news feeds (`/<kind>/<id>/rss.xml`) and their JSON twins (`feed.json`). */
export const entityFeedRoute = (specs: (data: SiteData) => EntityFeedSpec[]) => entityRoute(specs, feedResponse);
export const entityJsonFeedRoute = (specs: (data: SiteData) => EntityFeedSpec[]) => entityRoute(specs, jsonNewsFeedResponse);

/** Per-entity change feeds (`/<kind>/<id>/changes.xml`) and their JSON twins (`changes.json`). */
export const entityChangeFeedRoute = (specs: (data: SiteData) => EntityChangeFeedSpec[]) => entityRoute(specs, (spec, _data, site) => changeFeedResponse(spec, site));
export const entityJsonChangeFeedRoute = (specs: (data: SiteData) => EntityChangeFeedSpec[]) => entityRoute(specs, async (spec, _data, site) => jsonChangeFeedResponse(spec, site));
