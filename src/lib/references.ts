/**
 * Cross-collection reference checks. Astro 7 only logs a broken reference, so
 * the site checks every id itself and fails the build, naming the file, the
 * field and the ids that would have been accepted.
 */

export interface EntryLike<T> {
  id: string;
  /** Path of the source file relative to the project, as Astro records it. */
  filePath?: string | undefined;
  data: T;
}

export interface ReferenceProblem {
  file: string;
  field: string;
  message: string;
}

/** One reference to check: which field of which entry points at which collection. */
export interface ReferenceSite {
  entry: EntryLike<unknown>;
  field: string;
  id: string;
  collection: string;
}

type ArticleRefs = { programmes: string[]; organisations: string[]; electrolytes: string[] };
type ProgrammeRefs = { lead: string; electrolyte?: string | undefined; partners: { organisation: string }[] };

/** Every id one entry gives for another: articles → programmes, organisations, electrolytes; programmes → lead, partners, electrolyte. */
export function referenceSites(articles: EntryLike<ArticleRefs>[], programmes: EntryLike<ProgrammeRefs>[]): ReferenceSite[] {
  const sites: ReferenceSite[] = [];
  for (const a of articles) {
    for (const collection of ['programmes', 'organisations', 'electrolytes'] as const) {
      a.data[collection].forEach((id, i) => sites.push({ entry: a, field: `${collection}[${i}]`, id, collection }));
    }
  }
  for (const p of programmes) {
    sites.push({ entry: p, field: 'lead', id: p.data.lead, collection: 'organisations' });
    if (p.data.electrolyte) sites.push({ entry: p, field: 'electrolyte', id: p.data.electrolyte, collection: 'electrolytes' });
    p.data.partners.forEach((partner, i) => sites.push({ entry: p, field: `partners[${i}].organisation`, id: partner.organisation, collection: 'organisations' }));
  }
  return sites;
}

/** Lists every reference whose id is not in its target collection. */
export function findBrokenReferences(
  sites: Iterable<ReferenceSite>,
  known: Record<string, ReadonlySet<string>>,
): ReferenceProblem[] {
  const problems: ReferenceProblem[] = [];
  for (const site of sites) {
    const ids = known[site.collection];
    if (ids?.has(site.id)) continue;
    const sample = [...(ids ?? [])].sort().slice(0, 8).join(', ');
    problems.push({
      file: site.entry.filePath ?? `${site.collection}/${site.entry.id}`,
      field: site.field,
      message: `"${site.id}" is not an entry of ${site.collection}; expected the id of a file in content/${site.collection}/ (e.g. ${sample || 'none exist'})`,
    });
  }
  return problems;
}

/** Thrown when content references are broken (or dates implausible); lists every problem at once. */
export class ContentReferenceError extends Error {
  constructor(problems: ReferenceProblem[], what = 'broken reference(s)') {
    super(
      `Invalid content: ${problems.length} ${what}\n` +
        problems.map((p) => `  ${p.file}: field "${p.field}": ${p.message}`).join('\n'),
    );
    this.name = 'ContentReferenceError';
  }
}
