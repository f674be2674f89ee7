/**
 * The home page's field at a glance against the explorer's new filters, and
 * the phone layout (390×844): a compact header, the explorer as cards with the
 * first one on the first screen, filters behind one disclosure, sorting that
 * still works, and no sideways scroll.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, sharedBrowser } from '../helpers/browser';
import { loadContentSet } from '../../src/lib/content-set';

const base = inject('siteUrl');
const total = loadContentSet('content').programmes.length;
const PHONE = { width: 390, height: 844 };

describe.skipIf(!chromiumPath)('the field at a glance', () => {
  const browser = sharedBrowser();

  it('counts every programme once across the stages and the two kept apart', async () => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}/`);
    const stageCounts = (await page.locator('.glance .stages strong').allTextContents()).map(Number);
    const apart = (await page.locator('.glance > p.meta a').allTextContents()).map((t) => Number(t.split(' ')[0]));
    expect([...stageCounts, ...apart].reduce((a, b) => a + b, 0)).toBe(total);
  }, 30_000);

  it.each([
    ['overdue', '#overdue'],
    ['soon', '#upcoming'],
  ])('the %s figure, its list and the explorer filter name the same programmes', async (due, list) => {
    const page = await (await browser().newContext()).newPage();
    await page.goto(`${base}/`);
    const figure = page.locator(`.glance .figures a[href$="?due=${due}"]`);
    const promises = Number((await figure.locator('strong').textContent()) ?? 'NaN');
    const items = page.locator(`${list} + ul > li, section[aria-labelledby="${list.slice(1)}"] ul > li`);
    expect(await items.count()).toBe(promises);
    const names = new Set(await items.locator('a').allTextContents());
    await figure.click();
    await page.waitForURL(new RegExp(`\\?due=${due}$`), { waitUntil: 'load' });
    const shown = await page.locator('#programme-table tbody tr:not([hidden]) th a').allTextContents();
    expect(new Set(shown)).toEqual(names);
    expect(await page.textContent('#explorer-count')).toBe(`${names.size} of ${total} programmes shown.`);
  }, 30_000);
});

describe.skipIf(!chromiumPath)('phone layout (390 px)', () => {
  const browser = sharedBrowser();
  let page: Page;
  beforeAll(async () => {
    page = await (await browser().newContext({ viewport: PHONE, isMobile: true, hasTouch: true })).newPage();
  });

  it.each(['/', '/programmes/', '/programmes/toyota-idemitsu/', '/news/toyota-idemitsu-agreement/', '/track-record/', '/feeds/'])('%s: header at most 120 px tall, no sideways scroll', async (path) => {
    await page.goto(`${base}${path}`);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(120);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  }, 30_000);

  it('shows the explorer as cards, the first inside the first screen, filters closed behind one disclosure', async () => {
    await page.goto(`${base}/programmes/`);
    expect(await page.locator('#explorer-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const first = await page.locator('#programme-table tbody tr').first().boundingBox();
    expect(first && first.y + Math.min(first.height, 60)).toBeLessThanOrEqual(PHONE.height);
    expect(first?.width).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('#programme-table tbody tr').first().locator('td[data-label="Anode"]').isVisible()).toBe(false);
    expect(await page.locator('#programme-table tbody tr').first().locator('td[data-label="Next target"]').isVisible()).toBe(true);
  }, 30_000);

  it('still sorts, from the sort control inside the disclosure', async () => {
    await page.goto(`${base}/programmes/`);
    await page.locator('#explorer-filters summary').click();
    await page.selectOption('#explorer-sort', 'slip');
    await page.selectOption('#explorer-dir', 'desc');
    await page.waitForURL(/sort=slip&dir=desc/);
    const slips = await page.locator('#programme-table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.slip)));
    expect(slips).toEqual([...slips].sort((a, b) => b - a));
  }, 30_000);
});
