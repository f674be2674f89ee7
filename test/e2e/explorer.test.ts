/**
 * Programme explorer in headless Chromium: filters and sorting change the rows
 * and the URL, reloading and the back button restore the state, the count is
 * announced, and without JavaScript the complete table is there.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';
import { loadContentSet } from '../../src/lib/content-set';

const content = loadContentSet('content');
const base = inject('siteUrl');
const total = content.programmes.length;

describe.skipIf(!chromiumPath)('programme explorer', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await (await browser.newContext()).newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
  });
  afterAll(async () => browser?.close());

  const visibleIds = () => page.$$eval('#programme-table tbody tr:not([hidden]) th a', (as) => as.map((a) => a.getAttribute('href')!.split('/').at(-2)!));

  it('filters by electrolyte, updates the URL and announces the count', async () => {
    await page.goto(`${base}/programmes/`);
    expect(await page.isVisible('#explorer-form')).toBe(true);
    await page.selectOption('#explorer-electrolyte', 'sulfide');
    const sulfide = content.programmes.filter((p) => p.data.electrolyte === 'sulfide').map((p) => p.id).sort();
    expect((await visibleIds()).sort()).toEqual(sulfide);
    expect(new URL(page.url()).search).toBe('?electrolyte=sulfide');
    const status = page.locator('#explorer-count');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toBe(`${sulfide.length} of ${total} programmes shown.`);
  });

  it('sorts by a column with aria-sort and keeps it in the URL', async () => {
    await page.click('th[data-key="slip"] button');
    expect(await page.getAttribute('th[data-key="slip"]', 'aria-sort')).toBe('ascending');
    await page.click('th[data-key="slip"] button');
    expect(await page.getAttribute('th[data-key="slip"]', 'aria-sort')).toBe('descending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('slip');
    const slips = await page.$$eval('#programme-table tbody tr:not([hidden])', (trs) => trs.map((tr) => Number((tr as HTMLElement).dataset.slip)));
    expect(slips).toEqual([...slips].sort((a, b) => b - a));
    expect(await page.getAttribute('th[data-key="name"]', 'aria-sort')).toBeNull();
  });

  it('restores the state on reload and on the back button', async () => {
    const before = await visibleIds();
    await page.reload();
    expect(await visibleIds()).toEqual(before);
    expect(await page.inputValue('#explorer-electrolyte')).toBe('sulfide');
    expect(await page.getAttribute('th[data-key="slip"]', 'aria-sort')).toBe('descending');
    await page.goBack();
    expect(await page.getAttribute('th[data-key="slip"]', 'aria-sort')).toBe('ascending');
    await page.goBack();
    expect(await page.getAttribute('th[data-key="slip"]', 'aria-sort')).toBeNull();
    await page.goBack();
    expect((await visibleIds()).length).toBe(total);
    expect(await page.inputValue('#explorer-electrolyte')).toBe('');
  });

  it('narrows by free text and by target year', async () => {
    await page.goto(`${base}/programmes/?q=idemitsu`);
    expect(await visibleIds()).toContain('toyota-idemitsu');
    expect((await visibleIds()).length).toBeLessThan(total);
    await page.goto(`${base}/programmes/?from=2027&to=2027`);
    const ids = await visibleIds();
    expect(ids.length).toBeGreaterThan(0);
    const years = await page.$$eval('#programme-table tbody tr:not([hidden])', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.nextEnd!.slice(0, 4)));
    expect(new Set(years)).toEqual(new Set(['2027']));
  });

  it('shows the complete table without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${base}/programmes/?electrolyte=oxide`);
    expect(await noJs.locator('#programme-table tbody tr').count()).toBe(total);
    expect(await noJs.isVisible('#explorer-form')).toBe(false);
    await context.close();
  });

  it('stays within a phone screen (390×844) with the table scrolling in its own box', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const phone = await context.newPage();
    await phone.goto(`${base}/programmes/`);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await context.close();
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
