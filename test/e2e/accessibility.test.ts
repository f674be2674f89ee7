/**
 * Accessibility gate: axe (WCAG 2.0–2.2 A/AA and best practice) on every URL
 * in the sitemap, in light and dark colour schemes, plus the pages outside the
 * sitemap (404). Zero violations. Also: no console errors, and no page-wide
 * horizontal scroll on a 390×844 phone.
 *
 * Ignored rules: none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';

const dir = inject('siteDir');
const base = inject('siteUrl');
const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
const paths = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!);
paths.push('/404.html');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

describe.skipIf(!chromiumPath)('accessibility of every page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('has a sitemap worth auditing', () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${scheme} scheme`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
      page.on('console', (m) => m.type() === 'error' && !m.text().includes('404') && errors.push(`${page.url()}: ${m.text()}`));
      const violations: string[] = [];
      for (const path of paths) {
        await page.goto(`${base}${path}`);
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        for (const v of result.violations) {
          violations.push(`${path} [${scheme}] ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
        }
      }
      await context.close();
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
    }, 600_000);
  }

  it('never scrolls the page sideways on a 390×844 phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(`${base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 600_000);
});
