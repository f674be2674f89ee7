/**
 * Integrity of the real content in content/: schema-valid, references resolve,
 * nothing orphaned. Rules a single entry's schema enforces (a sourced
 * announcement on every milestone, unique milestone ids, a last-verified day)
 * are tested against the schemas in schema-messages.test.ts; this file adds
 * editorial rules across files.
 */
import { describe, expect, it } from 'vitest';
import { findBrokenReferences, referenceSites } from '../../src/lib/references';
import { loadContentSet } from '../../src/lib/content-set';

const content = loadContentSet('content');

describe('real content', () => {
  it('passes the schemas', () => {
    expect(content.problems).toEqual([]);
  });

  it('has no broken references', () => {
    const sites = referenceSites(content.articles, content.programmes);
    const known = {
      programmes: new Set(content.programmes.map((e) => e.id)),
      organisations: new Set(content.organisations.map((e) => e.id)),
      electrolytes: new Set(content.electrolytes.map((e) => e.id)),
    };
    expect(findBrokenReferences(sites, known).map((p) => `${p.file}: ${p.field}: ${p.message}`)).toEqual([]);
  });

  it('uses every organisation at least once', () => {
    const used = new Set<string>();
    for (const p of content.programmes) {
      used.add(p.data.lead);
      for (const x of p.data.partners) used.add(x.organisation);
    }
    for (const a of content.articles) for (const id of a.data.organisations) used.add(id);
    const unused = content.organisations.map((o) => o.id).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('links every article to at least one programme or organisation', () => {
    const orphans = content.articles.filter((a) => a.data.programmes.length + a.data.organisations.length === 0);
    expect(orphans.map((a) => a.filePath)).toEqual([]);
  });

  it('gives every article a distinct title', () => {
    const titles = content.articles.map((a) => a.data.title.trim().toLowerCase());
    const repeated = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(repeated).toEqual([]);
  });
});
