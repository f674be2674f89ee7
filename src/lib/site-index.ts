/**
 * The whole site, derived once from its collections: visibility, order,
 * programme views, lookup maps and change events. Pure: it takes plain
 * `{ id, data, digest }` entries (Astro's, or a test's) and the as-of day, and
 * checks every cross-collection reference first. Digests ride along in the
 * entries and views, so incremental-build keys can be derived from them.
 */
import { milestoneEvents, sortEvents, type ChangeEvent } from './changes';
import { viewMilestone } from './milestones';
import { programmeView, type ProgrammeView } from './programme-view';
import { ContentReferenceError, findBrokenReferences, referenceSites } from './references';
import { isPublished } from './visibility';
import { implausibleDates } from './plausibility';
import type { ArticleData } from './schemas/article';
import type { ElectrolyteData, GuideData } from './schemas/docs';
import type { OrganisationData } from './schemas/organisation';
import type { ProgrammeData } from './schemas/programme';

/** One content entry as the index needs it. */
export interface IndexEntry<T> {
  id: string;
  data: T;
  /** Content digest of the source file (Astro's content layer sets it for every file it reads). */
  digest?: string | number | undefined;
  filePath?: string | undefined;
}

/** The collections, as plain entries; Astro's entries (which also render) fit. */
export interface Collections {
  articles: IndexEntry<ArticleData>[];
  programmes: IndexEntry<ProgrammeData>[];
  organisations: IndexEntry<OrganisationData>[];
  electrolytes: IndexEntry<ElectrolyteData>[];
  guides: IndexEntry<GuideData>[];
}

export interface SiteIndex<C extends Collections = Collections> {
  asOf: string;
  /** Published articles, newest first. */
  articles: C['articles'];
  /** By name. */
  programmes: ProgrammeView[];
  /** By name. */
  organisations: C['organisations'];
  /** In sidebar order. */
  electrolytes: C['electrolytes'];
  guides: C['guides'];
  programmeById: Map<string, ProgrammeView>;
  organisationById: Map<string, C['organisations'][number]>;
  electrolyteById: Map<string, C['electrolytes'][number]>;
  articlesByProgramme: Map<string, C['articles']>;
  articlesByOrganisation: Map<string, C['articles']>;
  articlesByElectrolyte: Map<string, C['articles']>;
  /** Programmes an organisation leads or partners in. */
  programmesByOrganisation: Map<string, ProgrammeView[]>;
  programmesByElectrolyte: Map<string, ProgrammeView[]>;
  /** Every promise change, newest first. */
  changes: ChangeEvent[];
  changesByProgramme: Map<string, ChangeEvent[]>;
  changesByElectrolyte: Map<string, ChangeEvent[]>;
}

/** The name an organisation goes by in tables, feeds and filters. */
export const organisationName = (o: { data: OrganisationData }): string => o.data.shortName ?? o.data.name;

/** The entries these ids name, in order. References are checked when the index is built, so none is missing. */
export const lookupAll = <T>(ids: readonly string[], byId: ReadonlyMap<string, T>): T[] => ids.flatMap((id) => byId.get(id) ?? []);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byName = (a: { data: { name: string } }, b: { data: { name: string } }) => a.data.name.localeCompare(b.data.name, 'en');
const byOrder = (a: { data: { order: number; title: string } }, b: { data: { order: number; title: string } }) =>
  a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en');

/** Derives every index of the site; throws ContentReferenceError listing every broken reference. */
export function indexSite<C extends Collections>(collections: C, asOf: string): SiteIndex<C> {
  const { programmes, organisations, electrolytes, guides } = collections;
  const problems = findBrokenReferences(referenceSites(collections.articles, programmes), {
    programmes: new Set(programmes.map((e) => e.id)),
    organisations: new Set(organisations.map((e) => e.id)),
    electrolytes: new Set(electrolytes.map((e) => e.id)),
  });
  if (problems.length > 0) throw new ContentReferenceError(problems);
  const implausible = implausibleDates(programmes, collections.articles, asOf);
  if (implausible.length > 0) throw new ContentReferenceError(implausible, 'implausible date(s)');

  const articles = collections.articles
    .filter((a) => isPublished(a, asOf))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const electrolyteById = new Map(electrolytes.map((e) => [e.id, e]));
  const lookups = {
    organisationName: (id: string) => {
      const o = organisationById.get(id);
      return o ? organisationName(o) : id;
    },
    electrolyteName: (id: string) => electrolyteById.get(id)?.data.family ?? id,
    organisationKind: (id: string) => organisationById.get(id)?.data.kind,
  };
  const views = [...programmes].sort(byName).map((entry) => programmeView(entry, entry.data.milestones.map((m) => viewMilestone(m, asOf)), lookups));

  const index: SiteIndex<C> = {
    asOf,
    articles,
    programmes: views,
    organisations: [...organisations].sort(byName),
    electrolytes: [...electrolytes].sort(byOrder),
    guides: [...guides].sort(byOrder),
    programmeById: new Map(views.map((v) => [v.id, v])),
    organisationById,
    electrolyteById,
    articlesByProgramme: new Map(),
    articlesByOrganisation: new Map(),
    articlesByElectrolyte: new Map(),
    programmesByOrganisation: new Map(),
    programmesByElectrolyte: new Map(),
    changes: sortEvents(views.flatMap((v) => v.milestones.flatMap((m) => milestoneEvents(v.id, v.shortName, m)))),
    changesByProgramme: new Map(),
    changesByElectrolyte: new Map(),
  };
  for (const a of articles) {
    for (const id of a.data.programmes) push(index.articlesByProgramme, id, a);
    for (const id of a.data.organisations) push(index.articlesByOrganisation, id, a);
    for (const id of a.data.electrolytes) push(index.articlesByElectrolyte, id, a);
  }
  for (const v of views) {
    for (const id of new Set([v.lead.id, ...v.partners.map((p) => p.id)])) push(index.programmesByOrganisation, id, v);
    if (v.electrolyte) push(index.programmesByElectrolyte, v.electrolyte.id, v);
  }
  for (const e of index.changes) {
    push(index.changesByProgramme, e.programmeId, e);
    const family = index.programmeById.get(e.programmeId)?.electrolyte;
    if (family) push(index.changesByElectrolyte, family.id, e);
  }
  return index;
}
