/** The OPML picker on /feeds/ in Chromium: ticked programmes become a downloadable OPML file; without JavaScript the form stays hidden and the full file is linked. */
import { readFile } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, sharedBrowser } from '../helpers/browser';

const base = inject('siteUrl');

describe.skipIf(!chromiumPath)('OPML picker', () => {
  const browser = sharedBrowser();

  it('downloads an OPML file with the news and change feeds of the ticked programmes, and no others', async () => {
    const page = await (await browser().newContext({ acceptDownloads: true })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/feeds/`);
    await page.getByRole('button', { name: 'Download OPML for the ticked programmes' }).click();
    expect(await page.textContent('#opml-status')).toBe('Tick at least one programme.');
    await page.check('input[name="p"][value="toyota-idemitsu"]');
    await page.check('input[name="p"][value="samsung-sdi"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download OPML for the ticked programmes' }).click()]);
    expect(download.suggestedFilename()).toBe('ssb-tracker-programmes.opml');
    const path = await download.path();
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'outline' }).parse(await readFile(path, 'utf8')) as { opml: { body: { outline: { text: string; outline: { xmlUrl: string }[] }[] } } };
    const urls = parsed.opml.body.outline.flatMap((f) => f.outline.map((o) => new URL(o.xmlUrl).pathname));
    expect(urls.sort()).toEqual(['/programmes/samsung-sdi/changes.xml', '/programmes/samsung-sdi/rss.xml', '/programmes/toyota-idemitsu/changes.xml', '/programmes/toyota-idemitsu/rss.xml']);
    expect(await page.textContent('#opml-status')).toBe('OPML file with 4 feeds downloaded.');
    expect(errors).toEqual([]);
  }, 30_000);

  it('without JavaScript hides the picker and still links the full file', async () => {
    const page = await (await browser().newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`${base}/feeds/`);
    expect(await page.locator('#opml-picker').isVisible()).toBe(false);
    expect(await page.locator('a[href$="/feeds.opml"]').count()).toBe(1);
  }, 30_000);
});
