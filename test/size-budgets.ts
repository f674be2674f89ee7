/**
 * Size budgets, in gzip bytes, per page type: the one place they are written.
 * Every built page matching a type's pattern must stay within its budget
 * (test/build/quality-gates.test.ts). Set from measured sizes of the real
 * site with a small margin; raise one only with a reason in the commit.
 *
 * JS counts eagerly loaded module scripts and their static imports; `inlineJs`
 * is script text in the page (the 0.3 KB "/" and Ctrl+K shortcut on every page).
 * Reference point: a popular Astro blog theme ships a 600-word post as 8.9 KB
 * HTML + 9.2 KB CSS + 6.3 KB JS; our article budget is 8 KB + 3 KB + 0 KB.
 */
export interface Budget {
  /** Which built pages belong to the type (site paths without base). */
  pattern: RegExp;
  html: number;
  css: number;
  js: number;
  inlineJs: number;
}

const KB = 1024;
// Raised from 3 KB on 2026-12-02: track record, compare, citations, the phone cards and header, the home page's glance,
// and the family colours (/family-colours.css, generated from the palette the social images use).
const CSS = 3.75 * KB;
/**
 * The Content Security Policy <meta> on every page: Astro lists the hash of every script and style of the
 * site on each page (14 hashes, about 1 KB raw, 0.6 KB gzip). Added to every HTML budget on 2026-12-02.
 */
const CSP = 0.75 * KB;
const SHORTCUT = 0.5 * KB;
/** The copy script of citations and embed snippets (src/scripts/cite.ts): one small module, 0.45 KB gzip. */
const CITE = 0.5 * KB;
/**
 * The four filter pages (explorer, search, changes, timeline) share one URL-state module (src/scripts/url-binding.ts
 * and src/lib/url-state.ts, 0.6 KB gzip), so since 2026-12-02 Vite ships their scripts as modules with one cached
 * shared chunk instead of inlining a copy on each page: their script budgets moved from `inlineJs` to `js`.
 */

export const BUDGETS: Record<string, Budget> = {
  // Raised from 6 KB on 2026-12-02: the navigation gained Track record, the head a JSON Feed link, and the page
  // the field at a glance with the list of overdue promises (about 35) readable without JavaScript.
  home: { pattern: /^\/$/, html: 9 * KB + CSP, css: CSS, js: 0, inlineJs: SHORTCUT },
  // Raised from 8 KB on 2026-12-02: the slips analysis carries an eight-row comparison table and its corrections, and every article a citation block.
  // Raised from 9.5 KB on 2026-12-03: the slips analysis now cites its sources by their headlines (Japanese and German among them).
  article: { pattern: /^\/news\/[a-z][a-z0-9-]*\/$/, html: 9.75 * KB + CSP, css: CSS, js: CITE, inlineJs: SHORTCUT },
  'news list': { pattern: /^\/news\/(\d+\/)?$/, html: 6 * KB + CSP, css: CSS, js: 0, inlineJs: SHORTCUT },
  // Raised from 9.5 KB on 2026-12-03: the largest records (Solid Power: nine milestones) now carry their dated corrections.
  programme: { pattern: /^\/programmes\/[a-z0-9-]+\/$/, html: 9.75 * KB + CSP, css: CSS, js: CITE, inlineJs: SHORTCUT },
  explorer: { pattern: /^\/programmes\/$/, html: 12 * KB + CSP, css: CSS, js: 3 * KB, inlineJs: SHORTCUT },
  organisation: { pattern: /^\/organisations\/[a-z0-9-]+\/$/, html: 4.5 * KB + CSP, css: CSS, js: 0, inlineJs: SHORTCUT },
  'organisation index': { pattern: /^\/organisations\/$/, html: 5 * KB + CSP, css: CSS, js: 0, inlineJs: SHORTCUT },
  explainer: { pattern: /^\/electrolytes\/[a-z0-9-]+\/$/, html: 12 * KB + CSP, css: CSS, js: CITE, inlineJs: SHORTCUT },
  guide: { pattern: /^\/guides\/[a-z0-9-]+\/$/, html: 10 * KB + CSP, css: CSS, js: 0, inlineJs: SHORTCUT },
  // Raised from 3 KB on 2026-12-02: results now show what they are and their key facts, guide sections, filter counts and a did-you-mean (edit distance, shared with the content checks).
  search: { pattern: /^\/search\/$/, html: 3.5 * KB + CSP, css: CSS, js: 4 * KB, inlineJs: SHORTCUT },
  // One feed per programme, organisation and family, each with its JSON Feed twin, every calendar, and the OPML
  // picker's programme list: raised from 8 KB on 2026-12-02 (7 programmes and 17 organisations added, JSON Feeds,
  // calendars and the picker); the picker's script is inlined with the copy buttons'.
  feeds: { pattern: /^\/feeds\/$/, html: 17.5 * KB + CSP, css: CSS, js: CITE, inlineJs: 1.75 * KB },
  // The complete list of every promise change (about 280 items, each with its source), readable without JS.
  // Grows with the record: raised from 30 KB on 2026-12-02 when 7 programmes (45 in all) were added,
  // and from 40 KB on 2026-12-03 when 4 more (49 in all) were added.
  changes: { pattern: /^\/changes\/$/, html: 42 * KB + CSP, css: CSS, js: 1.4 * KB, inlineJs: SHORTCUT },
  // Every milestone of every programme drawn as SVG (about 150 rows) plus the same data as a table.
  // Raised from 20 KB on 2026-12-02 with the 7 programmes added (126 → 150 milestones).
  timeline: { pattern: /^\/timeline\/$/, html: 24 * KB + CSP, css: CSS, js: 1.7 * KB, inlineJs: SHORTCUT },
  // Three tables (about 60 leads, 6 families, 6 regions) and two charts of the judged promises, sortable by a small module.
  'track record': { pattern: /^\/track-record\/$/, html: 12 * KB + CSP, css: CSS, js: 0, inlineJs: SHORTCUT + 0.5 * KB },
  // Every programme's facts and every milestone (the timeline's chart), shown by the script for the 2–4 chosen.
  compare: { pattern: /^\/compare\/$/, html: 30 * KB + CSP, css: CSS, js: 2 * KB, inlineJs: SHORTCUT },
  other: { pattern: /^\/(about|electrolytes|guides)\/$|^\/404\.html$/, html: 3 * KB + CSP, css: CSS, js: 0, inlineJs: SHORTCUT },
};
