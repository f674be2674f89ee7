/**
 * One feed, in a shape neither RSS nor JSON Feed: the news and change feeds
 * build a FeedDocument once and render it as RSS 2.0 (@astrojs/rss) and as
 * JSON Feed 1.1, so the twins carry the same items with the same ids (the
 * RSS guid is the item's permalink, and so is the JSON Feed id).
 */
import rss from '@astrojs/rss';
import { escapeXml, feedDate } from './feed-xml';
import { site as siteConfig } from './site-config';

export interface FeedItem {
  /** Absolute permalink: the RSS guid and link, the JSON Feed id and url. */
  url: string;
  title: string;
  /** ISO day of publication. */
  published: string;
  /** ISO day of the last update, when there was one. */
  modified?: string | undefined;
  summary: string;
  /** Full text as HTML (articles), or as plain text (change events). */
  content: { html: string } | { text: string };
  tags: string[];
  authors: string[];
  /** Where the item's fact comes from (RSS <source>). */
  source?: { url: string; publisher: string } | undefined;
  /** The item's picture (an article's social image): RSS enclosure and media:content, JSON Feed image. */
  image?: FeedImage | undefined;
}

export interface FeedImage {
  /** Absolute URL of a PNG. */
  url: string;
  /** File size: the enclosure's length, which RSS requires to be the real one. */
  bytes: number;
  width: number;
  height: number;
  alt: string;
}

/**
 * Media RSS (https://www.rssboard.org/media-rss): the picture with its size, and its description as an
 * item-level element (which the spec applies to the item's media). Readers that know Media RSS show it; the
 * plain RSS 2.0 <enclosure> beside it serves the rest.
 */
function mediaContent(image: FeedImage): string {
  return (
    `<media:content url="${escapeXml(image.url)}" type="image/png" width="${image.width}" height="${image.height}" medium="image"/>` +
    `<media:description type="plain">${escapeXml(image.alt)}</media:description>`
  );
}

export interface FeedDocument {
  title: string;
  description: string;
  /** Absolute URL of the page the feed belongs to. */
  homePageUrl: string;
  /** Absolute URLs of the two renderings. */
  rssUrl: string;
  jsonUrl: string;
  /** Absolute URL of the XSL stylesheet browsers use to show the RSS file. */
  stylesheet: string;
  /** ISO day of the newest item. */
  newest?: string | undefined;
  /** WebSub hub the feed declares, when one is configured. */
  hub?: string | undefined;
  items: FeedItem[];
}

/** The RSS 2.0 rendering: full text in content:encoded, categories, dc:creator, self link, and the item's image. */
export function rssResponse(doc: FeedDocument): Promise<Response> {
  return rss({
    title: doc.title,
    description: doc.description,
    site: doc.homePageUrl,
    stylesheet: doc.stylesheet,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/', media: 'http://search.yahoo.com/mrss/' },
    customData:
      `<language>${siteConfig.locale}</language>` +
      `<atom:link href="${escapeXml(doc.rssUrl)}" rel="self" type="application/rss+xml"/>` +
      (doc.hub ? `<atom:link href="${escapeXml(doc.hub)}" rel="hub"/>` : '') +
      (doc.newest ? `<lastBuildDate>${feedDate(doc.newest).toUTCString()}</lastBuildDate>` : ''),
    items: doc.items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: feedDate(item.published),
      description: 'html' in item.content ? item.summary : item.content.text,
      ...('html' in item.content ? { content: item.content.html } : {}),
      categories: item.tags,
      ...(item.image ? { enclosure: { url: item.image.url, length: item.image.bytes, type: 'image/png' } } : {}),
      customData:
        item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join('') +
        (item.source ? `<source url="${escapeXml(item.source.url)}">${escapeXml(item.source.publisher)}</source>` : '') +
        (item.image ? mediaContent(item.image) : ''),
    })),
  });
}

const timestamp = (isoDay: string) => `${isoDay}T00:00:00Z`;

/** The JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(doc: FeedDocument) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: doc.title,
    home_page_url: doc.homePageUrl,
    feed_url: doc.jsonUrl,
    description: doc.description,
    language: siteConfig.locale,
    authors: [{ name: siteConfig.title }],
    ...(doc.hub ? { hubs: [{ type: 'WebSub', url: doc.hub }] } : {}),
    items: doc.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      ...('html' in item.content ? { content_html: item.content.html, summary: item.summary } : { content_text: item.content.text }),
      date_published: timestamp(item.published),
      ...(item.modified ? { date_modified: timestamp(item.modified) } : {}),
      ...(item.tags.length > 0 ? { tags: item.tags } : {}),
      ...(item.authors.length > 0 ? { authors: item.authors.map((name) => ({ name })) } : {}),
      ...(item.source ? { external_url: item.source.url } : {}),
      ...(item.image ? { image: item.image.url } : {}),
    })),
  };
}

/** The JSON Feed response, served with the type the spec registers. */
export function jsonFeedResponse(doc: FeedDocument): Response {
  return new Response(`${JSON.stringify(jsonFeed(doc), null, 1)}\n`, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}
