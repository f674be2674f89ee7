/**
 * The editor's report: what weakens the record, computed from the content
 * alone (no build). `npm run content:report` prints it; test/unit/content-
 * thresholds.test.ts holds the same figures to ceilings so they cannot creep.
 */
import { addMonths, partialDateRange } from './dates';
import type { ContentSet } from './content-set';
import type { Source } from './schemas/common';
import { STALE_AFTER_MONTHS } from './freshness';

/** A programme not re-verified for this long is listed. */
export const VERIFY_EVERY_MONTHS = 6;

export interface CitedSource {
  file: string;
  source: Source;
}

export interface ContentReport {
  totals: { programmes: number; milestones: number; announcements: number; achievements: number; articles: number; sources: number };
  /** Source entries with no recorded headline, counted by publisher (most first). */
  untitledByPublisher: [publisher: string, count: number][];
  untitled: number;
  /** Titles still written as a bracketed description (the schema refuses them; kept as a guard). */
  bracketed: CitedSource[];
  /** Citations read through a mirror or aggregator. */
  via: CitedSource[];
  /** Announcements and achievements without a `checked` day. */
  unchecked: { file: string; milestone: string; what: string }[];
  checkable: number;
  /** Programmes whose lastVerified is older than VERIFY_EVERY_MONTHS. */
  staleVerification: { file: string; lastVerified: string }[];
  /** Milestones whose announcements and achievement all cite one address. */
  singleSource: { file: string; milestone: string }[];
  /** Programmes with no article published in the last STALE_AFTER_MONTHS. */
  noRecentNews: string[];
  /** Pages cited in several places with a different title, language, publisher, mirror or date. */
  citedDifferently: CitedDifferently[];
}

export interface CitedDifferently {
  url: string;
  /** Each distinct way the page is cited, with the files that cite it so. */
  variants: { citation: string; files: string[] }[];
}

/** Every source entry in the content set, with the file that cites it. */
export function citedSources(content: ContentSet): CitedSource[] {
  const out: CitedSource[] = [];
  for (const p of content.programmes) {
    const add = (source: Source) => out.push({ file: p.filePath, source });
    for (const m of p.data.milestones) {
      m.announcements.forEach((a) => add(a.source));
      if (m.achieved) {
        add(m.achieved.source);
        m.achieved.disputed?.sources.forEach(add);
      }
    }
    p.data.sources.forEach(add);
  }
  for (const list of [content.articles, content.electrolytes, content.guides]) {
    for (const e of list) e.data.sources.forEach((source) => out.push({ file: e.filePath, source }));
  }
  return out;
}

/** How a citation reads, apart from its address: one page should read the same wherever it is cited. */
const citationShape = (s: Source) =>
  [s.title ?? '(no headline)', s.lang, s.publisher, s.via && `via ${s.via.name} (${s.via.kind})`, s.published].filter(Boolean).join(' · ');

/**
 * Pages cited in more than one way. A headline found for one citation belongs on every citation of that page,
 * and one outlet spelt two ways reads as two outlets.
 */
export function citedDifferently(sources: readonly CitedSource[]): CitedDifferently[] {
  const byUrl = new Map<string, Map<string, Set<string>>>();
  for (const { file, source } of sources) {
    const variants = byUrl.get(source.url) ?? new Map<string, Set<string>>();
    const shape = citationShape(source);
    variants.set(shape, (variants.get(shape) ?? new Set()).add(file));
    byUrl.set(source.url, variants);
  }
  return [...byUrl]
    .filter(([, variants]) => variants.size > 1)
    .map(([url, variants]) => ({ url, variants: [...variants].map(([citation, files]) => ({ citation, files: [...files] })) }));
}

export function contentReport(content: ContentSet, asOf: string): ContentReport {
  const sources = citedSources(content);
  const untitled = sources.filter((s) => !s.source.title);
  const byPublisher = new Map<string, number>();
  for (const s of untitled) byPublisher.set(s.source.publisher, (byPublisher.get(s.source.publisher) ?? 0) + 1);

  const unchecked: ContentReport['unchecked'] = [];
  let checkable = 0;
  const singleSource: ContentReport['singleSource'] = [];
  for (const p of content.programmes) {
    for (const m of p.data.milestones) {
      m.announcements.forEach((a) => {
        checkable++;
        if (!a.checked) unchecked.push({ file: p.filePath, milestone: m.id, what: `announcement of ${a.announced}` });
      });
      if (m.achieved) {
        checkable++;
        if (!m.achieved.checked) unchecked.push({ file: p.filePath, milestone: m.id, what: `achievement of ${m.achieved.date}` });
      }
      const urls = new Set([...m.announcements.map((a) => a.source.url), ...(m.achieved ? [m.achieved.source.url] : [])]);
      if (urls.size === 1) singleSource.push({ file: p.filePath, milestone: m.id });
    }
  }

  const verifiedSince = addMonths(asOf, -VERIFY_EVERY_MONTHS);
  const newsSince = addMonths(asOf, -STALE_AFTER_MONTHS);
  const published = content.articles.filter((a) => !a.data.draft && a.data.published <= asOf);
  const recent = new Set(published.filter((a) => a.data.published > newsSince).flatMap((a) => a.data.programmes));

  return {
    totals: {
      programmes: content.programmes.length,
      milestones: content.programmes.reduce((n, p) => n + p.data.milestones.length, 0),
      announcements: content.programmes.reduce((n, p) => n + p.data.milestones.reduce((k, m) => k + m.announcements.length, 0), 0),
      achievements: content.programmes.reduce((n, p) => n + p.data.milestones.filter((m) => m.achieved).length, 0),
      articles: published.length,
      sources: sources.length,
    },
    untitledByPublisher: [...byPublisher].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    untitled: untitled.length,
    bracketed: sources.filter((s) => s.source.title?.startsWith('[')),
    via: sources.filter((s) => s.source.via),
    unchecked,
    checkable,
    staleVerification: content.programmes
      .filter((p) => partialDateRange(p.data.lastVerified).end < verifiedSince)
      .map((p) => ({ file: p.filePath, lastVerified: p.data.lastVerified })),
    singleSource,
    noRecentNews: content.programmes.filter((p) => !recent.has(p.id)).map((p) => p.id),
    citedDifferently: citedDifferently(sources),
  };
}

const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((n / of) * 100)}%`);

/** The report as plain text for the terminal. */
export function formatReport(r: ContentReport, asOf: string): string {
  const t = r.totals;
  const lines = [
    `Content report as of ${asOf}`,
    `Totals: ${t.programmes} programmes, ${t.milestones} milestones, ${t.announcements} announcements, ${t.achievements} achievements, ${t.articles} published articles, ${t.sources} source entries.`,
    '',
    `Source entries without a recorded headline: ${r.untitled} of ${t.sources} (${pct(r.untitled, t.sources)})`,
    ...r.untitledByPublisher.map(([p, n]) => `  ${String(n).padStart(4)}  ${p}`),
    `Bracketed titles: ${r.bracketed.length}`,
    ...r.bracketed.map((s) => `  ${s.file}: ${s.source.title}`),
    `Citations through a mirror or aggregator: ${r.via.length}`,
    ...r.via.map((s) => `  ${s.file}: ${s.source.publisher} via ${s.source.via?.name} (${s.source.via?.kind})`),
    `Announcements and achievements not yet checked: ${r.unchecked.length} of ${r.checkable}`,
    ...r.unchecked.map((u) => `  ${u.file} ${u.milestone}: ${u.what}`),
    `Programmes not verified in the last ${VERIFY_EVERY_MONTHS} months: ${r.staleVerification.length}`,
    ...r.staleVerification.map((s) => `  ${s.file} (last verified ${s.lastVerified})`),
    `Milestones resting on a single source: ${r.singleSource.length}`,
    ...r.singleSource.map((s) => `  ${s.file} ${s.milestone}`),
    `Programmes with no news in ${STALE_AFTER_MONTHS} months: ${r.noRecentNews.length}`,
    ...r.noRecentNews.map((id) => `  ${id}`),
    `Pages cited in more than one way: ${r.citedDifferently.length}`,
    ...r.citedDifferently.flatMap((c) => [`  ${c.url}`, ...c.variants.map((v) => `    ${v.citation} (${v.files.join(', ')})`)]),
  ];
  return lines.join('\n');
}
