/**
 * Search in headless Chromium: the header box opens with "/" and Ctrl+K and
 * submits to the search page; the search page reads ?q=, loads Pagefind
 * only there, filters by type, and announces the result count.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';

const base = inject('siteUrl');

describe.skipIf(!chromiumPath)('search', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const pagefindRequests: string[] = [];

  beforeAll(async () => {
    browser = await launch();
    page = await (await browser.newContext()).newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => r.url().includes('/pagefind/') && pagefindRequests.push(r.url()));
  });
  afterAll(async () => browser?.close());

  it('loads no Pagefind code on ordinary pages and focuses the header box on "/" and Ctrl+K', async () => {
    await page.goto(`${base}/programmes/toyota-idemitsu/`);
    expect(pagefindRequests).toEqual([]);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
  });

  it('submits the header box to the search page and shows results', async () => {
    await page.fill('#site-search-q', 'Idemitsu');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Idemitsu/);
    await page.waitForSelector('#search-results li');
    const links = await page.$$eval('#search-results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain('/programmes/toyota-idemitsu/');
    expect(await page.textContent('#search-status')).toMatch(/^\d+ results? for “Idemitsu”/);
    expect(pagefindRequests.length).toBeGreaterThan(0);
  });

  it('filters by page type and keeps the filter in the URL', async () => {
    await page.selectOption('#filter-type', 'news');
    await page.waitForURL(/type=news/);
    await page.waitForFunction(() => !document.querySelector('#search-status')?.textContent?.startsWith('Searching'));
    const links = await page.$$eval('#search-results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((l) => l.startsWith('/news/'))).toBe(true);
    await page.reload();
    expect(await page.inputValue('#filter-type')).toBe('news');
    expect(await page.inputValue('#search-q')).toBe('Idemitsu');
  });

  it('lands on results from the header box with focus on the result count, records first with their facts', async () => {
    await page.goto(`${base}/organisations/toyota/`);
    await page.fill('#site-search-q', 'idemitsu');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=idemitsu/);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-status');
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.result-kind').textContent()).toMatch(/^(Organisation|Programme record)$/);
    const programme = page.locator('#search-results > li', { has: page.locator('a[href="/programmes/toyota-idemitsu/"]') });
    expect(await programme.locator('.result-facts').textContent()).toMatch(/^Lead Toyota · Sulfide/);
  });

  it('shows counts beside filter values and, with no result, offers a way out', async () => {
    await page.goto(`${base}/search/?q=idemitsu`);
    await page.waitForFunction(() => /results? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#filter-type option[value="programme"]').textContent()).toMatch(/^Programmes \(\d+\)$/);
    await page.goto(`${base}/search/?q=idemitsu&type=change`);
    await page.waitForFunction(() => /No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.textContent('#search-hint')).toBe('Try the same search without filters.');
    await page.goto(`${base}/search/?q=Qantumscape`);
    await page.waitForFunction(() => /No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.textContent('#search-hint')).toBe('Did you mean QuantumScape?');
    await page.click('#search-hint a');
    await page.waitForURL(/\?q=QuantumScape$/);
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('search under a sub-path base', () => {
  it('finds pages and links them under /ssb/', async () => {
    const browser = await launch();
    try {
      const page = await (await browser.newContext()).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const ssb = inject('ssbUrl');
      await page.goto(`${ssb}/programmes/toyota-idemitsu/`);
      await page.fill('#site-search-q', 'Idemitsu');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/ssb\/search\/\?q=Idemitsu/);
      await page.waitForSelector('#search-results li');
      const links = await page.$$eval('#search-results a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toContain('/ssb/programmes/toyota-idemitsu/');
      expect(links.every((l) => l.startsWith('/ssb/'))).toBe(true);
      await page.click('#search-results a[href$="/ssb/programmes/toyota-idemitsu/"]');
      await page.waitForURL(/\/ssb\/programmes\/toyota-idemitsu\/$/);
      expect(await page.title()).toContain('Toyota–Idemitsu');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
