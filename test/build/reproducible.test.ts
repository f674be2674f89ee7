/**
 * Reproducible builds: building the same content with the same as-of day
 * again gives byte-identical output. Nothing is exempt: the site reads no
 * clock (the as-of day comes from AS_OF), feeds date themselves by their
 * newest article, the calendar stamps events with the as-of day, and the
 * search index is deterministic.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';
import { listFiles } from '../helpers/html';

const dir = inject('siteDir');

describe('reproducible builds', () => {
  it('gives byte-identical output for the same content and as-of day', () => {
    const again = astroBuild({ contentDir: './content', name: 'site-again' });
    expect(again.status, again.output.slice(-2000)).toBe(0);
    const first = listFiles(dir);
    expect(listFiles(again.outDir)).toEqual(first);
    const differing = first.filter((f) => !readFileSync(join(dir, f)).equals(readFileSync(join(again.outDir, f))));
    expect(differing).toEqual([]);
  });

  it('changes the data files’ as-of day when that day changes, and leaves the calendar byte-identical', () => {
    const later = astroBuild({ contentDir: './content', name: 'site-later', asOf: '2030-01-01' });
    expect(later.status, later.output.slice(-2000)).toBe(0);
    const json = (d: string) => JSON.parse(readFileSync(join(d, 'data', 'programmes.json'), 'utf8')) as { asOf: string };
    expect(json(later.outDir).asOf).toBe('2030-01-01');
    expect(json(dir).asOf).not.toBe('2030-01-01');
    // Calendars carry no as-of judgement, so subscribers see no change when only the day moves.
    const ics = (d: string) => readFileSync(join(d, 'data', 'milestones.ics'));
    expect(ics(later.outDir).equals(ics(dir))).toBe(true);
  });
});
