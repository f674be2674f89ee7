/** The timeline in Chromium: family and status filters hide charts and restack rows, in the URL; print keeps the chart. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, launch } from '../helpers/browser';
import { loadContentSet } from '../../src/lib/content-set';

const base = inject('siteUrl');
const content = loadContentSet('content');

describe.skipIf(!chromiumPath)('timeline', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('draws one labelled row per milestone, with a today line', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/timeline/`);
    const rows = page.locator('svg.timeline g[role="listitem"]');
    expect(await rows.count()).toBe(content.programmes.reduce((n, p) => n + p.data.milestones.length, 0));
    const label = await page.getAttribute('g[data-row="toyota-idemitsu--bev-commercialisation"]', 'aria-label');
    expect(label).toBe('Toyota–Idemitsu, All-solid-state batteries in production BEVs: current target 2027–2028; first target 2025 (+36 months).');
    expect(await page.locator('svg.timeline .today line').count()).toBeGreaterThan(0);
  });

  it('filters by family and status through the URL, restacking rows without gaps', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/timeline/`);
    await page.selectOption('#timeline-family', 'sulfide');
    await page.selectOption('#timeline-status', 'pilot-line');
    expect(new URL(page.url()).search).toBe('?family=sulfide&status=pilot-line');
    expect(await page.locator('.timeline-group:not([hidden])').count()).toBe(1);
    const visible = page.locator('.timeline-group:not([hidden]) g.row:visible');
    const expected = content.programmes.filter((p) => p.data.electrolyte === 'sulfide' && p.data.status === 'pilot-line').reduce((n, p) => n + p.data.milestones.length, 0);
    expect(await visible.count()).toBe(expected);
    const ys = await visible.evaluateAll((gs) => gs.map((g) => Number(/translate\(0 ([\d.]+)\)/.exec(g.getAttribute('transform')!)![1])));
    expect(ys.map((y, i) => y - (ys[0] ?? 0) - i * 24)).toEqual(ys.map(() => 0));
    const total = content.programmes.reduce((n, p) => n + p.data.milestones.length, 0);
    expect(await page.textContent('#timeline-count')).toBe(`${expected} of ${total} milestones shown.`);
    await page.reload();
    expect(await page.inputValue('#timeline-status')).toBe('pilot-line');
    expect(await visible.count()).toBe(expected);
  });

  it('prints the whole chart: within the page width at its own aspect ratio, not clipped by its scroll box, no site header', async () => {
    const page = await (await browser.newContext({ viewport: { width: 700, height: 900 } })).newPage();
    await page.goto(`${base}/timeline/`);
    await page.emulateMedia({ media: 'print' });
    const svg = page.locator('svg.timeline').first();
    const [, , vw, vh] = ((await svg.getAttribute('viewBox')) ?? '').split(' ').map(Number);
    const box = await svg.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(700);
    expect(box && vw && vh && Math.abs(box.height - (box.width * vh) / vw)).toBeLessThan(2);
    expect(await page.locator('.chart-scroll').first().evaluate((el) => getComputedStyle(el).overflowX)).toBe('visible');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });
});
