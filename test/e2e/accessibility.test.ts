/**
 * Accessibility gate in npm test: axe (WCAG 2.0–2.2 A/AA and best practice)
 * on one page of every type, in light and dark from one page load, with no
 * console errors; and no page-wide sideways scroll on a 390×844 phone, on every
 * sitemap URL (a layout check costs a page load, not an axe run). Every sitemap
 * URL in both schemes is swept by `npm run a11y:full`, which CI runs
 * (test/a11y/full-sweep.test.ts). Pages of one type share their template, so
 * a violation the content brings (a long name, a table) shows on the sample
 * too when it is systemic; the full sweep catches the rest.
 *
 * Ignored rules: none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';
import { auditBothSchemes, sitemapPaths } from '../helpers/axe';

const dir = inject('siteDir');
const base = inject('siteUrl');
const paths = sitemapPaths(readFileSync(join(dir, 'sitemap-0.xml'), 'utf8'));

/** One page per type, picked from the sitemap by its URL pattern so it stays valid as content grows. */
const TYPES: [type: string, pattern: RegExp, query?: string][] = [
  ['home', /^\/$/],
  ['news index', /^\/news\/$/],
  ['news page 2', /^\/news\/2\/$/],
  ['article', /^\/news\/toyota-idemitsu-agreement\/$/],
  ['programmes explorer', /^\/programmes\/$/],
  ['programme', /^\/programmes\/toyota-idemitsu\/$/],
  ['organisations index', /^\/organisations\/$/],
  ['organisation', /^\/organisations\/idemitsu-kosan\/$/],
  ['electrolytes index', /^\/electrolytes\/$/],
  ['electrolyte', /^\/electrolytes\/sulfide\/$/],
  ['guides index', /^\/guides\/$/],
  ['guide', /^\/guides\/methodology\/$/],
  ['timeline', /^\/timeline\/$/],
  ['changes', /^\/changes\/$/],
  ['track record', /^\/track-record\/$/],
  ['compare', /^\/compare\/$/, '?p=toyota-idemitsu,samsung-sdi'],
  ['search', /^\/search\/$/, '?q=idemitsu'],
  ['feeds', /^\/feeds\/$/],
  ['about', /^\/about\/$/],
  ['404', /^\/404\.html$/],
];
const sample = TYPES.map(([type, pattern, query = '']) => {
  const path = paths.find((p) => pattern.test(p));
  return [type, path === undefined ? undefined : `${path}${query}`] as const;
});

describe.skipIf(!chromiumPath)('accessibility', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => browser?.close());

  it('finds a page of every type in the sitemap', () => {
    expect(sample.filter(([, path]) => path === undefined).map(([type]) => type)).toEqual([]);
  });

  // Two audits at a time: axe runs in each page's renderer process, so two tabs use both cores (this file: 166 → 145 s).
  it.concurrent.each(sample)('%s page (%s) has no axe violations in light or dark, and no console errors', async (type, path) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && errors.push(m.text()));
    const violations = await auditBothSchemes(page, `${base}${path}`, type);
    await page.close();
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);

  it('never scrolls any sitemap page sideways on a 390×844 phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 1 });
    const page = await phone.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    await phone.close();
    expect(wide).toEqual([]);
  }, 300_000);
});
