/**
 * The site index for Astro pages: the collections loaded once per build
 * (module-level promise) and handed to the pure `indexSite`. Large Astro
 * sites get slow when each page recomputes its own indexes; loading here also
 * fails the build on a broken reference before anything renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { asOfDate } from './build-env';
import { indexSite, type SiteIndex } from './site-index';

export type Article = CollectionEntry<'articles'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Electrolyte = CollectionEntry<'electrolytes'>;
export type Guide = CollectionEntry<'guides'>;
export type SiteData = SiteIndex<{
  articles: Article[];
  programmes: CollectionEntry<'programmes'>[];
  organisations: Organisation[];
  electrolytes: Electrolyte[];
  guides: Guide[];
}>;

let cached: Promise<SiteData> | undefined;

/** The site's content, validated and indexed; computed once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= Promise.all([
    getCollection('articles'),
    getCollection('programmes'),
    getCollection('organisations'),
    getCollection('electrolytes'),
    getCollection('guides'),
  ]).then(([articles, programmes, organisations, electrolytes, guides]) =>
    indexSite(
      { articles, programmes, organisations, electrolytes, guides },
      asOfDate(),
    ),
  );
  return cached;
}

/** Sidebar groups for the documentation pages, in reading order. */
export function docGroups(data: SiteData, paths: { guide: (id: string) => string; electrolyte: (id: string) => string }) {
  return [
    { label: 'Guides', links: data.guides.map((g) => ({ label: g.data.title, href: paths.guide(g.id) })) },
    { label: 'Electrolytes', links: data.electrolytes.map((e) => ({ label: e.data.family, href: paths.electrolyte(e.id) })) },
  ];
}
