/** Citations: plain text, BibTeX (escaped) and CSL-JSON (parses) for a record, an article and the dataset; the accessed date is left for the reader's copy. */
import { describe, expect, it } from 'vitest';
import { ACCESSED_PLACEHOLDER, bibtexCitation, cslJsonCitation, plainCitation, type CitationInput } from '../../src/lib/citation';

const record: CitationInput = { key: 'ssb-tracker-toyota-idemitsu', kind: 'webpage', title: 'Toyota all-solid-state battery for BEVs, with Idemitsu sulfide electrolyte', author: 'Solid-State Battery Tracker', date: '2026-11-29', dateLabel: 'Last verified', url: 'https://t.example/programmes/toyota-idemitsu/' };
const dataset: CitationInput = { key: 'ssb-tracker-data-2026-12-02', kind: 'dataset', title: 'Solid-state battery programmes and milestones', author: 'Solid-State Battery Tracker', date: '2026-12-02', dateLabel: 'Data as of', url: 'https://t.example/feeds/', version: '2026-12-02, schema 2.1.0' };

describe('citations', () => {
  it('reads as a plain reference with the date that dates the content, and the accessed day left open', () => {
    expect(plainCitation(record)).toBe(`Solid-State Battery Tracker. “Toyota all-solid-state battery for BEVs, with Idemitsu sulfide electrolyte”. Last verified 29 November 2026. https://t.example/programmes/toyota-idemitsu/ (accessed ${ACCESSED_PLACEHOLDER}).`);
  });

  it('gives the dataset its version', () => {
    expect(plainCitation(dataset)).toContain('Version 2026-12-02, schema 2.1.0.');
    expect(bibtexCitation(dataset)).toContain('  version = {2026-12-02, schema 2.1.0}');
  });

  it('writes BibTeX with braces around the corporate author and the specials escaped', () => {
    const text = bibtexCitation({ ...record, title: 'R&D at 100% {fast} #1_a' });
    expect(text.split('\n')[0]).toBe('@misc{ssb-tracker-toyota-idemitsu,');
    expect(text).toContain('  author = {Solid-State Battery Tracker},');
    expect(text).toContain('  title = {R\\&D at 100\\% \\{fast\\} \\#1\\_a},');
    expect(text).toContain('  year = 2026,\n  month = nov,');
    expect(text).toContain(`  urldate = {${ACCESSED_PLACEHOLDER}}`);
    expect(text.trim().endsWith('}')).toBe(true);
  });

  it('writes CSL-JSON that parses, with the right item type for each kind', () => {
    const [item] = JSON.parse(cslJsonCitation(record)) as { type: string; issued: { 'date-parts': number[][] }; accessed: { raw: string }; author: { literal: string }[] }[];
    expect(item).toMatchObject({ type: 'webpage', issued: { 'date-parts': [[2026, 11, 29]] }, accessed: { raw: ACCESSED_PLACEHOLDER }, author: [{ literal: 'Solid-State Battery Tracker' }] });
    expect(JSON.parse(cslJsonCitation(dataset))[0].type).toBe('dataset');
    expect(JSON.parse(cslJsonCitation({ ...record, kind: 'article' }))[0].type).toBe('article-newspaper');
  });
});
