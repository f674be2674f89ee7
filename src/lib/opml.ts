/**
 * OPML 2.0 subscription lists (http://opml.org/spec2.opml): every RSS feed of
 * the site in one file readers can import, grouped into folders. The same
 * builder makes /feeds.opml at build time and, in the browser, the file of
 * the programmes a reader ticks on /feeds/. Only RSS feeds are listed: their
 * JSON Feed twins carry the same items. No imports beyond the XML escaper, so
 * the browser script stays small; no dates, so the file changes only when a
 * feed is added or renamed.
 */
import { escapeXml } from './feed-xml';

export interface OpmlFeed {
  title: string;
  /** Absolute URL of the RSS feed. */
  xmlUrl: string;
  /** Absolute URL of the page the feed belongs to. */
  htmlUrl: string;
}

export interface OpmlFolder {
  title: string;
  feeds: OpmlFeed[];
}

const outline = (f: OpmlFeed) => `      <outline type="rss" text="${escapeXml(f.title)}" title="${escapeXml(f.title)}" xmlUrl="${escapeXml(f.xmlUrl)}" htmlUrl="${escapeXml(f.htmlUrl)}"/>`;

export function opmlDocument(title: string, folders: readonly OpmlFolder[]): string {
  const body = folders
    .filter((folder) => folder.feeds.length > 0)
    .map((folder) => [`    <outline text="${escapeXml(folder.title)}" title="${escapeXml(folder.title)}">`, ...folder.feeds.map(outline), '    </outline>'].join('\n'));
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', '  <head>', `    <title>${escapeXml(title)}</title>`, '  </head>', '  <body>', ...body, '  </body>', '</opml>', ''].join('\n');
}
