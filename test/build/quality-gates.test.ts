/**
 * Quality gates over the real built site: valid HTML, no broken internal
 * link or #fragment (also in feeds and data files, at / and under a sub-path),
 * no vague link labels, size budgets per page type, and nothing lost (every
 * entry in its page, listings, sitemap and search index; drafts nowhere).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { BUDGETS } from '../size-budgets';
import { AS_OF, SITE_URL } from '../helpers/astro-build';
import { loadContentSet } from '../../src/lib/content-set';
import { listFiles } from '../helpers/html';
import { checkLinks, vagueLinks } from '../helpers/link-check';
import { pageWeight } from '../helpers/page-weight';

const dir = inject('siteDir');
const content = loadContentSet('content');
const htmlPages = listFiles(dir).filter((f) => f.endsWith('.html'));
const sitePath = (file: string) => (file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`);

describe('HTML validity', () => {
  it('has zero html-validate errors on every page', async () => {
    // long-title: headlines are published as written; the <title> carries the full headline rather than a cut, misquoting one.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const errors: string[] = [];
    for (const file of htmlPages) {
      const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(htmlPages.length).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });
});

describe('links', () => {
  it('resolves every internal link and fragment at the domain root', () => {
    const { checked, problems } = checkLinks(dir, { origin: SITE_URL, base: '/' });
    expect(checked).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('resolves every internal link and fragment under the sub-path /ssb/', () => {
    const { checked, problems } = checkLinks(inject('ssbDir'), { origin: SITE_URL, base: '/ssb/' });
    expect(checked).toBeGreaterThan(5000);
    expect(problems).toEqual([]);
  });

  it('uses no vague link labels ("click here", "read more")', () => {
    expect(vagueLinks(dir)).toEqual([]);
  });
});

describe('size budgets (gzip)', () => {
  it('puts every page in a budgeted page type', () => {
    const unbudgeted = htmlPages.map(sitePath).filter((p) => !Object.values(BUDGETS).some((b) => b.pattern.test(p)) && p !== '/search/');
    expect(unbudgeted).toEqual([]);
  });

  for (const [type, budget] of Object.entries(BUDGETS)) {
    it(`keeps ${type} pages within budget`, () => {
      const pages = htmlPages.map(sitePath).filter((p) => budget.pattern.test(p));
      expect(pages.length, type).toBeGreaterThan(0);
      const over: string[] = [];
      for (const p of pages) {
        const w = pageWeight(dir, p === '/404.html' ? '404.html' : p);
        for (const k of ['html', 'css', 'js', 'inlineJs'] as const) if (w[k] > budget[k]) over.push(`${p} ${k} ${w[k]} B > ${budget[k]} B`);
      }
      expect(over).toEqual([]);
    });
  }
});

describe('no content lost', () => {
  const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  const published = content.articles.filter((a) => !a.data.draft && a.data.published <= AS_OF);
  const pages = [
    ...content.programmes.map((e) => `/programmes/${e.id}/`),
    ...content.organisations.map((e) => `/organisations/${e.id}/`),
    ...content.electrolytes.map((e) => `/electrolytes/${e.id}/`),
    ...content.guides.map((e) => `/guides/${e.id}/`),
    ...published.map((e) => `/news/${e.id}/`),
  ];

  it('lists every entry’s page in the sitemap', () => {
    expect(pages.filter((p) => !sitemap.includes(`${SITE_URL}${p}<`))).toEqual([]);
  });

  it('indexes every entry’s page for search', async () => {
    // The fragment files are compressed; the index's page list names every indexed page by URL.
    const { readFile } = await import('node:fs/promises');
    const { gunzipSync } = await import('node:zlib');
    const fragments = listFiles(join(dir, 'pagefind', 'fragment'));
    const urls = new Set<string>();
    for (const f of fragments) {
      const raw = gunzipSync(await readFile(join(dir, 'pagefind', 'fragment', f)));
      const json = JSON.parse(raw.subarray(raw.indexOf('{')).toString('utf8')) as { url: string };
      urls.add(json.url);
    }
    expect(pages.filter((p) => !urls.has(p))).toEqual([]);
  });

  it('lists every entry in its listing page', () => {
    const read = (p: string) => readFileSync(join(dir, p), 'utf8');
    const programmes = read('programmes/index.html');
    expect(content.programmes.filter((p) => !programmes.includes(`href="/programmes/${p.id}/"`)).map((p) => p.id)).toEqual([]);
    const orgs = read('organisations/index.html');
    expect(content.organisations.filter((o) => !orgs.includes(`href="/organisations/${o.id}/"`)).map((o) => o.id)).toEqual([]);
    const docs = read('guides/index.html') + read('electrolytes/index.html');
    expect([...content.guides.map((g) => `/guides/${g.id}/`), ...content.electrolytes.map((e) => `/electrolytes/${e.id}/`)].filter((p) => !docs.includes(`href="${p}"`))).toEqual([]);
  });

  it('publishes no draft anywhere', () => {
    const drafts = content.articles.filter((a) => a.data.draft).map((a) => a.id);
    for (const file of listFiles(dir).filter((f) => /\.(html|xml|json|csv|ics)$/.test(f) && !f.startsWith('pagefind/'))) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const id of drafts) expect(text.includes(`/news/${id}/`), `${id} in ${file}`).toBe(false);
    }
  });
});
