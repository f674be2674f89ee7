/**
 * `npm run a11y:full` (CI runs it after npm test): axe on every sitemap URL in
 * light and dark, one test per URL so a slow page cannot hold up the rest and
 * each failure names its page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';
import { auditBothSchemes, sitemapPaths } from '../helpers/axe';

const base = inject('siteUrl');
const paths = sitemapPaths(readFileSync(join(inject('siteDir'), 'sitemap-0.xml'), 'utf8'));

describe.skipIf(!chromiumPath)('accessibility of every page', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => browser?.close());

  it('has a sitemap worth sweeping', () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  it.each(paths)('%s has no axe violations in light or dark', async (path) => {
    const page = await context.newPage();
    const violations = await auditBothSchemes(page, `${base}${path}`, path);
    await page.close();
    expect(violations).toEqual([]);
  }, 60_000);
});
