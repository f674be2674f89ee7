/**
 * Content Security Policy in Chromium: one page of every type loads with no
 * `securitypolicyviolation` (a <meta> policy cannot report, so the page itself
 * listens), search and the explorer still work under it, and an inline script
 * planted in a built page is refused.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';

const base = inject('siteUrl');

const PAGES = [
  ['home', '/'],
  ['news index', '/news/'],
  ['article', '/news/toyota-idemitsu-agreement/'],
  ['programmes explorer', '/programmes/?electrolyte=sulfide'],
  ['programme', '/programmes/toyota-idemitsu/'],
  ['organisations', '/organisations/'],
  ['organisation', '/organisations/idemitsu-kosan/'],
  ['electrolyte explainer', '/electrolytes/sulfide/'],
  ['guide', '/guides/methodology/'],
  ['timeline', '/timeline/?status=pilot-line'],
  ['changes', '/changes/'],
  ['search', '/search/?q=idemitsu'],
  ['feeds', '/feeds/'],
  ['about', '/about/'],
  ['not found', '/404.html'],
] as const;

/** Records every CSP violation the page sees, from before its first script runs. */
async function watchedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI || 'inline'}`));
  });
  return page;
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe.skipIf(!chromiumPath)('content security policy', () => {
  let browser: Browser;
  let context: BrowserContext;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => browser?.close());

  it.each(PAGES)('%s page (%s) carries the policy and breaks none of it', async (_type, path) => {
    const page = await watchedPage(context);
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    const policy = await page.getAttribute('meta[http-equiv="content-security-policy"]', 'content');
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('still runs search and the explorer', async () => {
    const page = await watchedPage(context);
    await page.goto(`${base}/search/?q=idemitsu`);
    await page.waitForSelector('#search-results li');
    await page.goto(`${base}/programmes/?electrolyte=sulfide`);
    expect(await page.textContent('#explorer-count')).toMatch(/^\d+ of \d+ programmes shown\.$/);
    expect(await violations(page)).toEqual([]);
    await page.close();
  }, 30_000);

  it('refuses an inline script planted in a built page', async () => {
    const page = await watchedPage(context);
    await page.route(`${base}/about/`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('</main>', '<script>window.planted = true</script></main>');
      await route.fulfill({ response, body: html });
    });
    await page.goto(`${base}/about/`);
    expect(await page.evaluate(() => (window as unknown as { planted?: boolean }).planted)).toBeUndefined();
    expect((await violations(page)).some((v) => v.startsWith('script-src'))).toBe(true);
    await page.close();
  }, 30_000);
});
