/**
 * The track record as the built site shows it: the data files (JSON and CSV)
 * and the pages (/track-record/ and every organisation page) state the same
 * figures; every organisation page has its block, labelled by basis.
 * Hand-checked figures for three leads are in test/unit/track-record.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content-set';
import { readPage, textOf } from '../helpers/html';

const dir = inject('siteDir');
const content = loadContentSet('content');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const json = JSON.parse(read('data/programmes.json')) as {
  trackRecord: Record<'electrolytes' | 'regions' | 'leads', { id: string; name: string; programmes: string[]; promises: number; counts: Record<string, number>; closed: number; firstStated: { closed: number; kept: number }; verdict: string; firstKeptShare: number | null; allKeptShare: number | null }[]> & { site: { promises: number } };
};
const csv = parse(read('data/track-record.csv'), { columns: true }) as Record<string, string>[];
const OUTCOMES = ['kept', 'moved', 'late', 'overdue', 'dropped', 'open'];
const leadIds = new Set(content.programmes.map((p) => p.data.lead));

describe('track record data', () => {
  it('breaks the site down by lead so that every programme is counted once', () => {
    expect(json.trackRecord.leads.map((g) => g.id).sort()).toEqual([...leadIds].sort());
    expect(json.trackRecord.leads.reduce((n, g) => n + g.programmes.length, 0)).toBe(content.programmes.length);
    expect(json.trackRecord.leads.reduce((n, g) => n + g.promises, 0)).toBe(json.trackRecord.site.promises);
  });

  it('gives no share where fewer than three first targets are settled', () => {
    for (const g of json.trackRecord.leads) {
      if (g.firstStated.closed < 3 || g.closed < 3) expect([g.verdict, g.firstKeptShare, g.allKeptShare], g.id).toEqual(['too-few', null, null]);
    }
  });

  it('has the same figures in the CSV as in the JSON', () => {
    for (const group of ['electrolytes', 'regions', 'leads'] as const) {
      for (const g of json.trackRecord[group]) {
        const row = csv.find((r) => r.group === group.replace(/s$/, '') && r.id === g.id);
        expect(row, `${group} ${g.id}`).toBeDefined();
        expect(OUTCOMES.map((o) => Number(row?.[o]))).toEqual(OUTCOMES.map((o) => g.counts[o]));
        expect(row?.first_kept_share === '' ? null : Number(row?.first_kept_share)).toBe(g.firstKeptShare);
      }
    }
  });
});

describe('track record pages', () => {
  const page = readPage(dir, '/track-record/');
  const rows = [...page.matchAll(/<tr>\s*<th scope="row" data-sort="[^"]*">([\s\S]*?)<\/tr>/g)].map((m) => textOf(m[1] ?? ''));

  it('lists every lead organisation, family and region with its counts as the JSON has them', () => {
    for (const group of ['electrolytes', 'regions', 'leads'] as const) {
      for (const g of json.trackRecord[group]) {
        const counts = OUTCOMES.map((o) => g.counts[o]).join(' ');
        expect(rows.some((r) => r.startsWith(g.name) && r.includes(` ${g.programmes.length} ${g.promises} ${counts} ${g.firstStated.kept} of ${g.firstStated.closed}`)), `${group} ${g.id}: ${counts}`).toBe(true);
      }
    }
  });

  it.each(content.organisations.map((o) => o.id))('organisation %s has a track-record block that agrees with the data', (id) => {
    const text = textOf(readPage(dir, `/organisations/${id}/`));
    expect(text).toContain('Track record');
    const lead = json.trackRecord.leads.find((g) => g.id === id);
    const inAny = content.programmes.some((p) => p.data.lead === id || p.data.partners.some((x) => x.organisation === id));
    if (lead) expect(text).toContain(`First targets kept ${lead.firstStated.kept} of ${lead.firstStated.closed}`);
    else if (inAny) expect(text).toContain('leads no tracked programme');
    else expect(text).toContain('has no track record here');
  });
});
