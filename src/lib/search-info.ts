/**
 * What each page tells the search index: its page type, filter values and
 * meta. Every page type's values are built here, from the filter table in
 * `search-filters.ts`, and the search page offers exactly the values these
 * builders give the index, so every option matches something.
 */
import { formatSlip, organisationKindLabel, statusLabel, UNDISCLOSED } from './labels';
import { formatTarget } from './targets';
import { plural } from './plural';
import type { ProgrammeView } from './programme-view';
import type { ArticleData } from './schemas/article';
import type { ElectrolyteData } from './schemas/docs';
import type { OrganisationData } from './schemas/organisation';
import { SEARCH_FILTERS, type SearchFilter } from './search-filters';
import { lookupAll, organisationName, type IndexEntry, type SiteIndex } from './site-index';

export type PageType = 'news' | 'programme' | 'organisation' | 'guide' | 'change';

/** How each page type is named in the type filter and beside results. */
export const PAGE_TYPE_LABEL: Record<PageType, string> = {
  news: 'News',
  programme: 'Programmes',
  organisation: 'Organisations',
  guide: 'Guides and explainers',
  change: 'Promise changes',
};

export const ARTICLE_KIND_LABEL: Record<ArticleData['kind'], string> = { news: 'News report', analysis: 'Analysis' };

export interface SearchInfo {
  type: PageType;
  /** Filter name → values; `type` comes from the page type. */
  filters?: Partial<Record<Exclude<SearchFilter, 'type'>, string[]>>;
  /** Meta shown with results: date (ISO day) and a short description. */
  date?: string | undefined;
  description: string;
  /** Names and aliases of the record a page is about, boosted in ranking (search-ranking.ts). */
  entity?: string[];
  /** The key facts a result shows under its title ("Lead Toyota · Sulfide · Pilot line · next target 2027–28"). */
  facts?: string;
}

/** The filter entries, flattened and de-duplicated, in the table's order. */
export function filterEntries(info: SearchInfo): { name: SearchFilter; value: string }[] {
  const out: { name: SearchFilter; value: string }[] = [{ name: 'type', value: info.type }];
  for (const { name } of SEARCH_FILTERS) {
    if (name === 'type') continue;
    for (const value of [...new Set(info.filters?.[name] ?? [])].sort()) out.push({ name, value });
  }
  return out;
}

const electrolyteValue = (p: ProgrammeView) => p.electrolyte?.name ?? UNDISCLOSED;
const organisationValues = (programmes: readonly ProgrammeView[]) => programmes.flatMap((p) => [p.lead.name, ...p.partners.map((x) => x.name)]);

export function articleSearchInfo(article: IndexEntry<ArticleData>, index: Pick<SiteIndex, 'organisationById' | 'electrolyteById' | 'programmeById'>): SearchInfo {
  const a = article.data;
  return {
    type: 'news',
    description: a.description,
    date: a.published,
    filters: {
      electrolyte: lookupAll(a.electrolytes, index.electrolyteById).map((e) => e.data.family),
      organisation: lookupAll(a.organisations, index.organisationById).map(organisationName),
      year: [a.published.slice(0, 4)],
      kind: [ARTICLE_KIND_LABEL[a.kind]],
    },
    ...(a.programmes.length > 0 ? { facts: `Covers ${lookupAll(a.programmes, index.programmeById).map((p) => p.shortName).join(', ')}` } : {}),
  };
}

export function programmeSearchInfo(p: ProgrammeView): SearchInfo {
  return {
    type: 'programme',
    description: p.data.summary,
    date: p.data.lastVerified,
    filters: { electrolyte: [electrolyteValue(p)], organisation: organisationValues([p]), status: [statusLabel[p.data.status]] },
    entity: [p.name, p.shortName],
    facts: [
      `Lead ${p.lead.name}`,
      electrolyteValue(p),
      statusLabel[p.data.status],
      p.next ? `next target ${formatTarget(p.next.current.target)}${p.next.state === 'overdue' ? ' (overdue)' : ''}` : 'no open target',
      `slip ${formatSlip(p.totalSlip)}`,
    ].join(' · '),
  };
}

export function organisationSearchInfo(o: IndexEntry<OrganisationData>, programmes: readonly ProgrammeView[]): SearchInfo {
  return {
    type: 'organisation',
    description: o.data.description ?? `${organisationKindLabel[o.data.kind]}, ${o.data.country}`,
    filters: { organisation: [organisationName(o)], electrolyte: programmes.flatMap((p) => (p.electrolyte ? [p.electrolyte.name] : [])) },
    entity: [o.data.name, ...(o.data.shortName ? [o.data.shortName] : []), ...o.data.aliases],
    facts: [organisationKindLabel[o.data.kind], o.data.country, programmes.length > 0 ? `${plural(programmes.length, 'programme')}: ${programmes.map((p) => p.shortName).join(', ')}` : 'no tracked programme'].join(' · '),
  };
}

export function electrolyteSearchInfo(e: IndexEntry<ElectrolyteData>, programmes: readonly ProgrammeView[]): SearchInfo {
  return { type: 'guide', description: e.data.description, date: e.data.updated, filters: { electrolyte: [e.data.family], organisation: organisationValues(programmes) }, entity: [e.data.family, e.data.title] };
}

/** Every filter of the table with the values the site's pages give the index (guides and the changes page carry only their type). */
export function searchFilterOptions(index: SiteIndex): { name: SearchFilter; label: string; all: string; options: [value: string, label: string][] }[] {
  const infos: SearchInfo[] = [
    ...index.articles.map((a) => articleSearchInfo(a, index)),
    ...index.programmes.map(programmeSearchInfo),
    ...index.organisations.map((o) => organisationSearchInfo(o, index.programmesByOrganisation.get(o.id) ?? [])),
    ...index.electrolytes.map((e) => electrolyteSearchInfo(e, index.programmesByElectrolyte.get(e.id) ?? [])),
    { type: 'guide', description: '' },
    { type: 'change', description: '' },
  ];
  const entries = infos.flatMap(filterEntries);
  return SEARCH_FILTERS.map((filter) => {
    const values = [...new Set(entries.filter((e) => e.name === filter.name).map((e) => e.value))];
    const options: [string, string][] =
      filter.name === 'type'
        ? (Object.keys(PAGE_TYPE_LABEL) as PageType[]).filter((t) => values.includes(t)).map((t) => [t, PAGE_TYPE_LABEL[t]])
        : values.sort((a, b) => a.localeCompare(b, 'en')).map((v) => [v, v]);
    if ('newestFirst' in filter) options.reverse();
    return { name: filter.name, label: filter.label, all: filter.all, options };
  });
}
