/**
 * Embeddable charts: every programme and every family with programmes has a
 * standalone SVG that parses, carries <title>, <desc> and its own light and
 * dark styles, draws one row per milestone without links, and is offered from
 * its page with absolute URLs — under /ssb/ too — and listed on /feeds/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../helpers/astro-build';
import { readPage } from '../helpers/html';
import { loadContentSet } from '../../src/lib/content-set';

const dir = inject('siteDir');
const ssbDir = inject('ssbDir');
const content = loadContentSet('content');
const families = content.electrolytes.filter((e) => content.programmes.some((p) => p.data.electrolyte === e.id));
const embeds = [
  ...content.programmes.map((p) => ({ file: `programmes/${p.id}/timeline.svg`, page: `/programmes/${p.id}/`, rows: p.data.milestones.length })),
  ...families.map((e) => ({ file: `electrolytes/${e.id}/timeline.svg`, page: `/electrolytes/${e.id}/`, rows: content.programmes.filter((p) => p.data.electrolyte === e.id).reduce((n, p) => n + p.data.milestones.length, 0) })),
];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('embeddable SVG charts', () => {
  it.each(embeds)('$file parses with title, desc, light and dark styles and one row per milestone', ({ file, rows }) => {
    const svg = readFileSync(join(dir, file), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = parser.parse(svg) as { svg: { xmlns: string; title: { '#text': string }; desc: { '#text': string }; style: string } };
    expect(doc.svg.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(doc.svg.title['#text']).toMatch(/promised milestones$/);
    expect(doc.svg.desc['#text']).toMatch(/promised milestones? on a time axis/);
    expect(doc.svg.style).toContain('@media (prefers-color-scheme:dark)');
    expect(svg.match(/class="row state-/g)?.length ?? 0).toBe(rows);
    expect(svg).not.toContain('<a ');
  });

  it.each(embeds)('$page offers an <img> snippet with absolute URLs that link back', ({ file, page }) => {
    const html = readPage(dir, page);
    expect(html).toContain(`&lt;a href=&quot;${SITE_URL}${page}&quot;&gt;&lt;img src=&quot;${SITE_URL}/${file}&quot;`);
  });

  it('honours the deployment base in the files and the snippets', () => {
    const html = readPage(ssbDir, '/programmes/toyota-idemitsu/');
    expect(html).toContain(`&lt;img src=&quot;${SITE_URL}/ssb/programmes/toyota-idemitsu/timeline.svg&quot;`);
    expect(readFileSync(join(ssbDir, 'programmes/toyota-idemitsu/timeline.svg'), 'utf8')).toContain(`${SITE_URL}/ssb/programmes/toyota-idemitsu/`);
  });

  it('lists every file on /feeds/', () => {
    const feeds = readPage(dir, '/feeds/');
    for (const e of embeds) expect(feeds, e.file).toContain(`href="/${e.file}"`);
  });
});
