/** /compare/ in Chromium: the choice lives in the URL, facts show side by side, milestones restack on the timeline's axis, boxes work from the keyboard, and without JavaScript the page points to the timeline. */
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, sharedBrowser } from '../helpers/browser';
import { loadContentSet } from '../../src/lib/content-set';

const base = inject('siteUrl');
const ssb = inject('ssbUrl');
const content = loadContentSet('content');
const milestones = (id: string) => content.programmes.find((p) => p.id === id)?.data.milestones.length ?? 0;

describe.skipIf(!chromiumPath)('compare', () => {
  const browser = sharedBrowser();

  it('shows the programmes named in the URL: their columns, and their milestones restacked on the shared axis', async () => {
    const page = await (await browser().newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/compare/?p=toyota-idemitsu,samsung-sdi`);
    expect(await page.textContent('#compare-status')).toBe('Comparing 2 programmes.');
    const headers = await page.locator('#compare-facts thead th:visible').allTextContents();
    // Columns keep the site's order (by name), whatever order the URL lists them in.
    expect(headers).toEqual(['Samsung SDI', 'Toyota–Idemitsu']);
    const rows = page.locator('svg.timeline g.row:visible');
    expect(await rows.count()).toBe(milestones('toyota-idemitsu') + milestones('samsung-sdi'));
    const ys = await rows.evaluateAll((gs) => gs.map((g) => Number(/translate\(0 ([\d.]+)\)/.exec(g.getAttribute('transform') ?? '')?.[1])));
    expect(ys.map((y, i) => y - (ys[0] ?? 0) - i * 24)).toEqual(ys.map(() => 0));
    // One axis: the today line is the timeline page's.
    const today = await page.getAttribute('svg.timeline .today line', 'x1');
    await page.goto(`${base}/timeline/`);
    expect(await page.getAttribute('svg.timeline .today line', 'x1')).toBe(today);
    expect(errors).toEqual([]);
  }, 30_000);

  it('updates the URL from the keyboard, keeps the order chosen, allows at most four, and restores on back', async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}/compare/`);
    expect(await page.textContent('#compare-status')).toBe('Choose 2 to 4 programmes to compare.');
    expect(await page.locator('#compare-view').isVisible()).toBe(false);
    for (const id of ['samsung-sdi', 'toyota-idemitsu', 'nissan', 'honda']) {
      await page.focus(`input[value="${id}"]`);
      await page.keyboard.press('Space');
      await page.waitForFunction((v) => location.search.includes(v), id);
    }
    expect(new URL(page.url()).search).toBe('?p=samsung-sdi,toyota-idemitsu,nissan,honda');
    expect(await page.locator('input[value="catl"]').isDisabled()).toBe(true);
    expect(await page.locator('#compare-facts thead th:visible').count()).toBe(4);
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?p=samsung-sdi,toyota-idemitsu,nissan');
    expect(await page.locator('#compare-facts thead th:visible').count()).toBe(3);
    expect(await page.isChecked('input[value="honda"]')).toBe(false);
  }, 30_000);

  it('without JavaScript explains itself and links the timeline', async () => {
    const page = await (await browser().newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${base}/compare/?p=toyota-idemitsu,samsung-sdi`);
    expect(await page.locator('#compare-view').isVisible()).toBe(false);
    expect(await page.locator('noscript').innerHTML()).toContain('/timeline/');
  }, 30_000);

  it('is offered from every programme page', async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}/programmes/toyota-idemitsu/`);
    await page.getByRole('link', { name: 'Compare Toyota–Idemitsu with other programmes' }).click();
    await page.waitForURL('**/compare/?p=toyota-idemitsu', { waitUntil: 'load' });
    expect(await page.textContent('#compare-status')).toBe('Choose at least one more programme (up to 4).');
  }, 30_000);

  it('works under the /ssb/ base: the URL state, the columns and a citation link back into /ssb/', async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${ssb}/compare/?p=toyota-idemitsu,samsung-sdi`);
    expect(await page.textContent('#compare-status')).toBe('Comparing 2 programmes.');
    expect(await page.locator('#compare-facts thead th:visible a').first().getAttribute('href')).toMatch(/^\/ssb\/programmes\//);
    await page.goto(`${ssb}/programmes/toyota-idemitsu/`);
    expect(await page.locator('details.cite:not(.embed) pre').first().textContent()).toMatch(/https?:\/\/[^ ]+\/ssb\/programmes\/toyota-idemitsu\/ \(accessed \d{4}-\d{2}-\d{2}\)\.$/);
  }, 30_000);
});
