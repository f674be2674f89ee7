/**
 * Strict RSS 2.0 checks (no npm feed parser validates; see TESTING.md):
 * well-formed XML (fast-xml-validator, the successor of fast-xml-parser's XMLValidator), channel basics with an absolute link and atom:link self,
 * items with title or description, no field that parsed to an element
 * (unescaped HTML), absolute links, permalink guids that are unique, and
 * RFC 822 dates whose day, month and weekday round-trip; an enclosure has an
 * absolute URL, a length in whole bytes and a type.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

export interface FeedItem {
  title: string;
  link: string;
  guid: string;
  description: string;
  content: string;
  pubDate: string;
  categories: string[];
  creators: string[];
  /** <enclosure> (RSS 2.0: url, length in bytes, type). */
  enclosure?: { url: string; length: string; type: string } | undefined;
  /** Media RSS <media:content>. */
  media?: { url: string; type: string; width: string; height: string; medium: string } | undefined;
}

export interface ParsedFeed {
  title: string;
  link: string;
  self: string;
  items: FeedItem[];
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, trimValues: false, isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });

function isAbsolute(url: unknown): boolean {
  return typeof url === 'string' && /^https?:\/\/[^/]+\//.test(url);
}

/** Parses the feed and returns it with every rule it breaks. */
export function checkRss(xml: string): { feed: ParsedFeed; problems: string[] } {
  const problems: string[] = [];
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    return { feed: { title: '', link: '', self: '', items: [] }, problems: [`not well-formed XML: ${(error as Error).message}`] };
  }
  const doc = parser.parse(xml);
  const rss = doc.rss;
  if (rss?.['@version'] !== '2.0') problems.push('rss version is not 2.0');
  const ch = rss?.channel ?? {};
  for (const field of ['title', 'link', 'description']) {
    if (typeof ch[field] !== 'string' || ch[field] === '') problems.push(`channel ${field} missing or not text`);
  }
  if (!isAbsolute(ch.link)) problems.push(`channel link not absolute: ${ch.link}`);
  const self = ch['atom:link'];
  if (!self || self['@rel'] !== 'self' || !isAbsolute(self['@href'])) problems.push('channel atom:link rel="self" missing or not absolute');
  const items: FeedItem[] = [];
  const guids = new Set<string>();
  for (const [i, it] of ((ch.item ?? []) as Record<string, unknown>[]).entries()) {
    const where = `item ${i}`;
    for (const [key, value] of Object.entries(it)) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        // An element with attributes parses to {#text, @attr}; any other key means child elements, i.e. unescaped markup.
        const childElements = v !== null && typeof v === 'object' && Object.keys(v).some((k) => k !== '#text' && !k.startsWith('@'));
        if (childElements) problems.push(`${where}: ${key} parsed to an element (unescaped markup)`);
      }
    }
    if (!it.title && !it.description) problems.push(`${where}: neither title nor description`);
    if (!isAbsolute(it.link)) problems.push(`${where}: link not absolute`);
    const guid = it.guid as { '#text'?: string; '@isPermaLink'?: string } | undefined;
    const guidText = guid?.['#text'] ?? '';
    if (guid?.['@isPermaLink'] !== 'true' || !isAbsolute(guidText)) problems.push(`${where}: guid not an absolute permalink`);
    if (guids.has(guidText)) problems.push(`${where}: duplicate guid ${guidText}`);
    guids.add(guidText);
    const enclosure = it.enclosure as Record<string, string> | undefined;
    if (enclosure && (!isAbsolute(enclosure['@url']) || !/^\d+$/.test(enclosure['@length'] ?? '') || !enclosure['@type'])) {
      problems.push(`${where}: enclosure needs an absolute url, a length in bytes and a type`);
    }
    const media = it['media:content'] as Record<string, string> | undefined;
    const pubDate = String(it.pubDate ?? '');
    const d = new Date(pubDate);
    if (Number.isNaN(d.getTime()) || d.toUTCString() !== pubDate) problems.push(`${where}: pubDate "${pubDate}" does not round-trip as RFC 822`);
    items.push({
      title: String(it.title ?? ''),
      link: String(it.link ?? ''),
      guid: guidText,
      description: String(it.description ?? ''),
      content: String(it['content:encoded'] ?? ''),
      pubDate,
      categories: ((it.category ?? []) as unknown[]).map(String),
      creators: ((it['dc:creator'] ?? []) as unknown[]).map(String),
      enclosure: enclosure && { url: enclosure['@url'] ?? '', length: enclosure['@length'] ?? '', type: enclosure['@type'] ?? '' },
      media: media && { url: media['@url'] ?? '', type: media['@type'] ?? '', width: media['@width'] ?? '', height: media['@height'] ?? '', medium: media['@medium'] ?? '' },
    });
  }
  return { feed: { title: String(ch.title ?? ''), link: String(ch.link ?? ''), self: String(self?.['@href'] ?? ''), items }, problems };
}

/** The article ids a news feed links to ("https://site/news/x/" → "x"), sorted. */
export function feedArticleIds(items: { link: string }[], siteUrl: string): string[] {
  return items.map((i) => i.link.replace(`${siteUrl}/news/`, '').replace(/\/$/, '')).sort();
}
