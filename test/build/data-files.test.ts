/**
 * Open data of the real site: the CSV files parse back and agree with the
 * JSON; the calendar passes strict iCalendar rules; counts match what the
 * content files hold (counted here, not by the code under test).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, inject, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content-set';
import { checkIcs } from '../helpers/ics-rules';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const dir = inject('siteDir');
const content = loadContentSet('content');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const json = JSON.parse(read('data/programmes.json'));
const announcementCount = content.programmes.reduce((n, p) => n + p.data.milestones.reduce((m, x) => m + x.announcements.length, 0), 0);

describe('programmes.json', () => {
  it('is versioned, licensed and holds every programme with every announcement', () => {
    expect(json.schemaVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(json.licence).toBe('CC BY 4.0');
    expect(json.programmes.map((p: { id: string }) => p.id).sort()).toEqual(content.programmes.map((p) => p.id).sort());
    const n = json.programmes.reduce((s: number, p: { milestones: { announcements: unknown[] }[] }) => s + p.milestones.reduce((t, m) => t + m.announcements.length, 0), 0);
    expect(n).toBe(announcementCount);
  });

  it('points to its schema file and passes it (ajv, draft 2020-12)', () => {
    expect(json.$schema).toMatch(/\/data\/programmes\.schema\.json$/);
    const schema = JSON.parse(read('data/programmes.schema.json'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(json) ? [] : validate.errors?.slice(0, 5)).toEqual([]);
    expect(schema.description).toContain(`Schema version ${json.schemaVersion} `);
  });
});

describe('CSV files', () => {
  it('milestones.csv has one row per announcement that matches the JSON', () => {
    const text = read('data/milestones.csv');
    expect(text).toContain('\r\n');
    const rows: Record<string, string>[] = parse(text, { columns: true });
    expect(rows.length).toBe(announcementCount);
    const fromJson = json.programmes.flatMap((p: any) =>
      p.milestones.flatMap((m: any) => m.announcements.map((a: any) => [p.id, m.id, a.announced, a.target.value, a.stated, a.target.start ?? '', a.target.end, a.source.url].join('|'))),
    );
    const fromCsv = rows.map((r) => [r.programme_id, r.milestone_id, r.announced_on, r.target, (r.target_as_stated ?? '').replace(/^'/, ''), r.target_window_start, r.target_window_end, r.source_url].join('|'));
    expect(fromCsv.sort()).toEqual(fromJson.sort());
  });

  it('programmes.csv has one row per programme that matches the JSON', () => {
    const rows: Record<string, string>[] = parse(read('data/programmes.csv'), { columns: true });
    expect(rows.map((r) => r.id).sort()).toEqual(content.programmes.map((p) => p.id).sort());
    for (const r of rows) {
      const p = json.programmes.find((x: { id: string }) => x.id === r.id);
      expect(r.status).toBe(p.status);
      expect(Number(r.total_slip_months)).toBe(p.totalSlipMonths);
      expect(r.url).toBe(p.url);
    }
  });
});

describe('milestones.ics', () => {
  const { events, problems } = checkIcs(read('data/milestones.ics'));

  it('follows the iCalendar rules', () => {
    expect(problems).toEqual([]);
  });

  it('has one event per milestone, dropped ones included (as CANCELLED)', () => {
    const expected = content.programmes.reduce((n, p) => n + p.data.milestones.length, 0);
    expect(events.length).toBe(expected);
    for (const e of events) expect(e.url).toMatch(/\/programmes\/[a-z0-9-]+\/#milestone-[a-z0-9-]+$/);
  });
});
