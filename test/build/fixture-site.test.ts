/**
 * Builds the small valid fixture set (test/fixtures/valid) and checks that
 * every entry has its page and shows up in its listings, and the draft nowhere.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow, type BuildResult } from '../helpers/astro-build';
import { hasPage, listFiles, readPage, textOf } from '../helpers/html';
import { loadContentSet } from '../../src/lib/content-set';

const FIXTURE = 'test/fixtures/valid';
const content = loadContentSet(FIXTURE);
let build: BuildResult;

beforeAll(() => {
  build = astroBuildOrThrow({ contentDir: FIXTURE, name: 'fixture-valid' });
});

describe('valid fixture build', () => {
  it('loads the fixture without problems (sanity of the fixture itself)', () => {
    expect(content.problems).toEqual([]);
    expect(content.articles.length).toBe(3);
  });

  it('builds a page for every programme, organisation, electrolyte and guide', () => {
    for (const p of content.programmes) expect(hasPage(build.outDir, `/programmes/${p.id}/`), p.id).toBe(true);
    for (const o of content.organisations) expect(hasPage(build.outDir, `/organisations/${o.id}/`), o.id).toBe(true);
    for (const e of content.electrolytes) expect(hasPage(build.outDir, `/electrolytes/${e.id}/`), e.id).toBe(true);
    for (const g of content.guides) expect(hasPage(build.outDir, `/guides/${g.id}/`), g.id).toBe(true);
  });

  it('builds every published article and lists it on the news page', () => {
    const news = readPage(build.outDir, '/news/');
    for (const a of content.articles.filter((x) => !x.data.draft)) {
      expect(hasPage(build.outDir, `/news/${a.id}/`), a.id).toBe(true);
      expect(news).toContain(`href="/news/${a.id}/"`);
    }
  });

  it('lists every programme in the programmes table and every organisation in the index', () => {
    const table = readPage(build.outDir, '/programmes/');
    for (const p of content.programmes) expect(table).toContain(`href="/programmes/${p.id}/"`);
    const orgs = readPage(build.outDir, '/organisations/');
    for (const o of content.organisations) expect(orgs).toContain(`href="/organisations/${o.id}/"`);
  });

  it('puts the draft nowhere in the output', () => {
    expect(hasPage(build.outDir, '/news/unpublished-draft/')).toBe(false);
    for (const file of listFiles(build.outDir).filter((f) => /\.(html|xml|json|csv|ics)$/.test(f))) {
      const text = readFileSync(join(build.outDir, file), 'utf8');
      expect(text.includes('DRAFT-MARKER-TEXT') || text.includes('unpublished-draft'), file).toBe(false);
    }
  });

  it('shows the promise history and derived slip on the programme page', () => {
    const text = textOf(readPage(build.outDir, '/programmes/alpha-sulfide/'));
    expect(text).toContain('Current target: FY2027–28');
    expect(text).toContain('slip since first target: +39 months');
    expect(text).toMatch(/1 May 2021 2025 around 2025 First stated/);
    expect(text).toMatch(/12 October 2023 FY2027–28 fiscal 2027–28 Moved later, \+39 months/);
    expect(text).toContain('Achieved February 2025');
    const gamma = textOf(readPage(build.outDir, '/programmes/gamma-oxide/'));
    expect(gamma).toContain('Overdue Current target: Q4 2024');
  });

  it('shows corrections, update date and linked entities on articles', () => {
    const deal = textOf(readPage(build.outDir, '/news/alpha-beta-deal/'));
    expect(deal).toContain('Corrections 13 October 2023: An earlier version gave the wrong fiscal year.');
    expect(deal).toContain('Programmes Alpha–Beta');
    const gamma = textOf(readPage(build.outDir, '/news/gamma-samples-late/'));
    expect(gamma).toContain('Updated 5 March 2025');
    expect(gamma).toContain('By Fixture Author');
  });

  it('renders docs with a sidebar, table of contents and previous/next links', () => {
    const html = readPage(build.outDir, '/guides/fixture-methodology/');
    expect(html).toMatch(/<nav class="docs-sidebar" aria-label="Documentation"/);
    expect(html).toContain('href="#recording-targets"');
    expect(html).toContain('<a class="next" href="/guides/fixture-glossary/" rel="next">');
    expect(readPage(build.outDir, '/guides/fixture-glossary/')).toContain('<a href="/guides/fixture-methodology/" rel="prev">');
    const explainer = readPage(build.outDir, '/electrolytes/sulfide-fixture/');
    expect(explainer).toContain('href="#conductivity"');
    expect(explainer).toContain('href="/programmes/alpha-sulfide/"');
  });

  it('writes a 404 page and a sitemap listing every page', () => {
    expect(listFiles(build.outDir)).toContain('404.html');
    const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
    for (const p of content.programmes) expect(sitemap).toContain(`/programmes/${p.id}/</loc>`);
    expect(sitemap).not.toContain('unpublished-draft');
  });
});

describe('fixture build under a sub-path base', () => {
  let sub: BuildResult;
  beforeAll(() => {
    sub = astroBuildOrThrow({ contentDir: FIXTURE, name: 'fixture-base', basePath: '/ssb/' });
  });

  it('prefixes the base on every internal link, including links written in content', () => {
    const html = readPage(sub.outDir, '/news/alpha-beta-deal/');
    expect(html).toContain('href="/ssb/programmes/alpha-sulfide/"');
    const internal = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(internal.length).toBeGreaterThan(5);
    expect(internal.filter((h) => !h.startsWith('/ssb/'))).toEqual([]);
  });
});
