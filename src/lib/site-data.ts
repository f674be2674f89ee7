/**
 * Everything pages need, loaded and indexed once per build (module-level
 * promise), then shared: large Astro sites get slow when each page recomputes
 * its own indexes. Loading also checks every cross-collection reference and
 * fails the build on the first page that asks, before anything renders.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { asOfDate } from './build-env';
import { viewMilestone, type MilestoneView } from './milestones';
import { ContentReferenceError, findBrokenReferences, referenceSites } from './references';
import { isPublished } from './visibility';
import { programmeRow, type ProgrammeRow } from './programme-rows';
import { milestoneEvents, sortEvents, type ChangeEvent } from './changes';

export type Article = CollectionEntry<'articles'>;
export type Programme = CollectionEntry<'programmes'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Electrolyte = CollectionEntry<'electrolytes'>;
export type Guide = CollectionEntry<'guides'>;

export interface ProgrammeRecord {
  entry: Programme;
  milestones: MilestoneView[];
  row: ProgrammeRow;
}

export interface SiteData {
  asOf: string;
  /** Published articles, newest first. */
  articles: Article[];
  programmes: ProgrammeRecord[];
  organisations: Organisation[];
  electrolytes: Electrolyte[];
  guides: Guide[];
  programmeById: Map<string, ProgrammeRecord>;
  organisationById: Map<string, Organisation>;
  electrolyteById: Map<string, Electrolyte>;
  articlesByProgramme: Map<string, Article[]>;
  articlesByOrganisation: Map<string, Article[]>;
  articlesByElectrolyte: Map<string, Article[]>;
  /** Programmes an organisation leads or partners in. */
  programmesByOrganisation: Map<string, ProgrammeRecord[]>;
  programmesByElectrolyte: Map<string, ProgrammeRecord[]>;
  /** Every promise change, newest first. */
  changes: ChangeEvent[];
  changesByProgramme: Map<string, ChangeEvent[]>;
  changesByElectrolyte: Map<string, ChangeEvent[]>;
}

let cached: Promise<SiteData> | undefined;

/** The site's content, validated and indexed; computed once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byName(a: { data: { name: string } }, b: { data: { name: string } }): number {
  return a.data.name.localeCompare(b.data.name, 'en');
}

function byOrder(a: Electrolyte | Guide, b: Electrolyte | Guide): number {
  return a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'en');
}

async function load(): Promise<SiteData> {
  const asOf = asOfDate();
  const [allArticles, programmes, organisations, electrolytes, guides] = await Promise.all([
    getCollection('articles'),
    getCollection('programmes'),
    getCollection('organisations'),
    getCollection('electrolytes'),
    getCollection('guides'),
  ]);
  checkReferences(allArticles, programmes, organisations, electrolytes);

  const articles = allArticles
    .filter((a) => isPublished(a, asOf))
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  const orgNames = new Map(organisations.map((o) => [o.id, o.data.shortName ?? o.data.name]));
  const familyNames = new Map(electrolytes.map((e) => [e.id, e.data.family]));
  const orgKinds = new Map(organisations.map((o) => [o.id, o.data.kind]));
  const lookups = {
    organisationName: (id: string) => orgNames.get(id) ?? id,
    electrolyteName: (id: string) => familyNames.get(id) ?? id,
    organisationKind: (id: string) => orgKinds.get(id),
  };
  const records = programmes.sort(byName).map((entry) => {
    const milestones = entry.data.milestones.map((m) => viewMilestone(m, asOf));
    return { entry, milestones, row: programmeRow(entry.id, entry.data, milestones, lookups) };
  });

  const data: SiteData = {
    asOf,
    articles,
    programmes: records,
    organisations: organisations.sort(byName),
    electrolytes: electrolytes.sort(byOrder),
    guides: guides.sort(byOrder),
    programmeById: new Map(records.map((r) => [r.entry.id, r])),
    organisationById: new Map(organisations.map((o) => [o.id, o])),
    electrolyteById: new Map(electrolytes.map((e) => [e.id, e])),
    articlesByProgramme: new Map(),
    articlesByOrganisation: new Map(),
    articlesByElectrolyte: new Map(),
    programmesByOrganisation: new Map(),
    programmesByElectrolyte: new Map(),
    changes: [],
    changesByProgramme: new Map(),
    changesByElectrolyte: new Map(),
  };
  for (const a of articles) {
    for (const id of a.data.programmes) push(data.articlesByProgramme, id, a);
    for (const id of a.data.organisations) push(data.articlesByOrganisation, id, a);
    for (const id of a.data.electrolytes) push(data.articlesByElectrolyte, id, a);
  }
  for (const r of records) {
    const orgs = new Set([r.entry.data.lead, ...r.entry.data.partners.map((p) => p.organisation)]);
    for (const id of orgs) push(data.programmesByOrganisation, id, r);
    if (r.entry.data.electrolyte) push(data.programmesByElectrolyte, r.entry.data.electrolyte, r);
  }
  data.changes = sortEvents(records.flatMap((r) => r.milestones.flatMap((m) => milestoneEvents(r.entry.id, r.entry.data.shortName, m))));
  for (const e of data.changes) {
    push(data.changesByProgramme, e.programmeId, e);
    const family = data.programmeById.get(e.programmeId)?.entry.data.electrolyte;
    if (family) push(data.changesByElectrolyte, family, e);
  }
  return data;
}

/** Every id in one collection must exist in another; throws with all problems listed. */
function checkReferences(
  articles: Article[],
  programmes: Programme[],
  organisations: Organisation[],
  electrolytes: Electrolyte[],
): void {
  const problems = findBrokenReferences(referenceSites(articles, programmes), {
    programmes: new Set(programmes.map((e) => e.id)),
    organisations: new Set(organisations.map((e) => e.id)),
    electrolytes: new Set(electrolytes.map((e) => e.id)),
  });
  if (problems.length > 0) throw new ContentReferenceError(problems);
}

/** Sidebar groups for the documentation pages, in reading order. */
export function docGroups(data: SiteData, paths: { guide: (id: string) => string; electrolyte: (id: string) => string }) {
  return [
    { label: 'Guides', links: data.guides.map((g) => ({ label: g.data.title, href: paths.guide(g.id) })) },
    { label: 'Electrolytes', links: data.electrolytes.map((e) => ({ label: e.data.family, href: paths.electrolyte(e.id) })) },
  ];
}
