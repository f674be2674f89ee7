/**
 * Integrity of the real content in content/: schema-valid, references resolve,
 * every promise is sourced, nothing orphaned. The build enforces the schema
 * too; this test adds editorial rules the schema cannot express.
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

  it('records at least one sourced announcement per programme and a last-verified date', () => {
    for (const p of content.programmes) {
      const sourced = p.data.milestones.flatMap((m) => m.announcements).filter((a) => a.source.url && a.source.publisher);
      expect(sourced.length, p.filePath).toBeGreaterThan(0);
      expect(p.data.lastVerified, p.filePath).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
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

  it('keeps milestone ids unique within each programme', () => {
    for (const p of content.programmes) {
      const ids = p.data.milestones.map((m) => m.id);
      expect(new Set(ids).size, p.filePath).toBe(ids.length);
    }
  });
});
