/** "Cite this" in Chromium: the accessed date becomes the reader's day, and each Copy button puts exactly its block on the clipboard. */
import { describe, expect, inject, it } from 'vitest';
import { chromiumPath, sharedBrowser } from '../helpers/browser';

const base = inject('siteUrl');

describe.skipIf(!chromiumPath)('cite this', () => {
  const browser = sharedBrowser();

  it.each(['/programmes/toyota-idemitsu/', '/news/toyota-idemitsu-agreement/', '/feeds/'])('%s: fills in today and copies each format', async (path) => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2027-03-04T10:00:00'));
    await page.goto(`${base}${path}`);
    await page.locator('details.cite:not(.embed) summary').click();
    const blocks = page.locator('details.cite:not(.embed) pre[data-citation]');
    expect(await blocks.count()).toBe(3);
    for (const text of await blocks.allTextContents()) {
      expect(text).toContain('2027-03-04');
      expect(text).not.toContain('YYYY-MM-DD');
    }
    const buttons = page.locator('details.cite:not(.embed) button.copy');
    expect(await buttons.allTextContents()).toEqual(['Copy Text', 'Copy BibTeX', 'Copy CSL-JSON']);
    await buttons.nth(2).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await blocks.nth(2).textContent());
    expect(JSON.parse(copied)[0].accessed.raw).toBe('2027-03-04');
    expect(await page.textContent('details.cite:not(.embed) [data-cite-status]')).toBe('Citation copied.');
  }, 30_000);

  it('copies the embed snippet of a programme chart, with absolute URLs', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
    const page = await context.newPage();
    await page.goto(`${base}/programmes/toyota-idemitsu/`);
    await page.locator('details.embed summary').click();
    await page.locator('details.embed button.copy').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<a href="https?:\/\/[^"]+\/programmes\/toyota-idemitsu\/"><img src="https?:\/\/[^"]+\/programmes\/toyota-idemitsu\/timeline\.svg" width="960" height="\d+" alt="[^"]+"><\/a>$/);
    expect(await page.textContent('details.embed [data-cite-status]')).toBe('Embed code copied.');
  }, 30_000);
});
