/**
 * Axe on one page in both colour schemes from a single load: the scheme is
 * switched with emulateMedia, which restyles the page without reloading it.
 * Shared by the per-type audit in npm test and the full sweep (npm run a11y:full).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Violations on `url` in light and dark, one line each. */
export async function auditBothSchemes(page: Page, url: string, label: string): Promise<string[]> {
  const violations: string[] = [];
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of result.violations) {
      violations.push(`${label} [${scheme}] ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`);
    }
  }
  return violations;
}

/** Site paths listed in a built sitemap, plus the 404 page it leaves out. */
export function sitemapPaths(sitemapXml: string): string[] {
  return [...[...sitemapXml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]!), '/404.html'];
}
