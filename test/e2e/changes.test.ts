/** The /changes/ filters in Chromium: kind and family filter the list and live in the URL; no JS shows it all. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';

const base = inject('siteUrl');

describe.skipIf(!chromiumPath)('/changes/ filters', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('filters by kind and family, keeps the state in the URL and restores it on reload', async () => {
    const page = await (await browser.newContext()).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/changes/`);
    const total = await page.locator('#changes-list > li').count();
    await page.selectOption('#changes-kind', 'later');
    expect(new URL(page.url()).search).toBe('?kind=later');
    const kinds = await page.$$eval('#changes-list > li:not([hidden])', (lis) => lis.map((li) => (li as HTMLElement).dataset.kind));
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['later']));
    expect(await page.textContent('#changes-count')).toBe(`${kinds.length} of ${total} changes shown.`);
    await page.selectOption('#changes-electrolyte', 'sulfide');
    expect(new URL(page.url()).search).toBe('?kind=later&electrolyte=sulfide');
    const families = await page.$$eval('#changes-list > li:not([hidden])', (lis) => lis.map((li) => (li as HTMLElement).dataset.electrolyte));
    expect(new Set(families)).toEqual(new Set(['sulfide']));
    await page.reload();
    expect(await page.inputValue('#changes-kind')).toBe('later');
    expect(await page.locator('#changes-list > li:not([hidden])').count()).toBe(families.length);
    await page.goBack();
    expect(await page.inputValue('#changes-electrolyte')).toBe('');
    expect(errors).toEqual([]);
  });

  it('shows every change without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/changes/?kind=later`);
    const all = await page.locator('#changes-list > li').count();
    expect(await page.locator('#changes-list > li:not([hidden])').count()).toBe(all);
    expect(await page.isVisible('#changes-form')).toBe(false);
    await context.close();
  });
});
