/**
 * Ready citations of a page or of the dataset: plain text, BibTeX and
 * CSL-JSON (the format Zotero, Mendeley and pandoc read). The accessed date
 * is the reader's, so the built text carries ACCESSED_PLACEHOLDER and the
 * copy script (src/scripts/cite.ts) fills in the day it runs; the built page
 * stays the same from one build to the next.
 */
import { formatIsoDay } from './dates';

export const ACCESSED_PLACEHOLDER = 'YYYY-MM-DD';

export interface CitationInput {
  /** Key for BibTeX and the CSL id ("ssb-tracker-toyota-idemitsu"). */
  key: string;
  kind: 'webpage' | 'article' | 'dataset';
  title: string;
  /** Who is cited as author: the site. */
  author: string;
  /** The date that dates the content: last verification (records), publication or update (articles), as-of (dataset). */
  date: string;
  /** How the date is described in the plain text ("Last verified", "Published"). */
  dateLabel: string;
  url: string;
  /** Dataset version ("2026-12-02, schema 2.1.0"). */
  version?: string | undefined;
}

/** BibTeX text escaping: braces protect capitals; the specials are escaped. */
const bib = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
const parts = (iso: string) => iso.split('-').map(Number);

export function plainCitation(c: CitationInput): string {
  const version = c.version ? ` Version ${c.version}.` : '';
  return `${c.author}. “${c.title}”.${version} ${c.dateLabel} ${formatIsoDay(c.date)}. ${c.url} (accessed ${ACCESSED_PLACEHOLDER}).`;
}

export function bibtexCitation(c: CitationInput): string {
  const [year, month] = parts(c.date);
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const fields = [
    ['author', `{${bib(c.author)}}`],
    ['title', `{${bib(c.title)}}`],
    ['year', String(year)],
    ...(month ? [['month', months[month - 1] ?? '']] : []),
    ...(c.version ? [['version', `{${bib(c.version)}}`]] : []),
    ['note', `{${bib(`${c.dateLabel} ${c.date}`)}}`],
    ['url', `{${c.url}}`],
    ['urldate', `{${ACCESSED_PLACEHOLDER}}`],
  ];
  // @misc: the one entry type both BibTeX and biblatex styles take for web pages and datasets.
  return `@misc{${c.key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}`;
}

export function cslJsonCitation(c: CitationInput): string {
  const item = {
    id: c.key,
    type: c.kind === 'dataset' ? 'dataset' : c.kind === 'article' ? 'article-newspaper' : 'webpage',
    title: c.title,
    author: [{ literal: c.author }],
    'container-title': c.author,
    issued: { 'date-parts': [parts(c.date)] },
    ...(c.version ? { version: c.version } : {}),
    URL: c.url,
    // A raw date, so the placeholder keeps the file valid CSL-JSON until the copy script fills in the day.
    accessed: { raw: ACCESSED_PLACEHOLDER },
  };
  return JSON.stringify([item], null, 2);
}
