/**
 * Following the real site: every RSS feed has a JSON Feed twin that passes the
 * JSON Feed 1.1 schema (ajv) and carries the same items with the same ids;
 * /feeds.opml (fast-xml-parser) lists exactly the RSS feeds the build wrote;
 * a calendar per programme and per family parses (ical.js) and is linked
 * from its page with a webcal: address.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../helpers/astro-build';
import { listFiles, readPage } from '../helpers/html';
import { checkRss } from '../helpers/rss-rules';
import { checkIcs } from '../helpers/ics-rules';
import { loadContentSet } from '../../src/lib/content-set';
import schema from '../schemas/jsonfeed-1.1.schema.json' with { type: 'json' };

const dir = inject('siteDir');
const content = loadContentSet('content');
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const files = listFiles(dir);
const rssFiles = files.filter((f) => /(^|\/)(rss|changes)\.xml$/.test(f));
const twin = (f: string) => f.replace(/(^|\/)rss\.xml$/, '$1feed.json').replace(/\.xml$/, '.json');

// strictRequired is off because the spec's "at least one of" rules are written as anyOf of required lists.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

interface JsonFeedDoc {
  feed_url: string;
  home_page_url: string;
  items: { id: string; url: string; title: string; content_html?: string; content_text?: string; date_published: string }[];
}

describe('JSON Feed twins', () => {
  it('exist for every RSS feed: the main news and change feeds and one per entity', () => {
    // Main news + main changes + news per programme, organisation, family + changes per programme, family.
    const expected = 2 + content.programmes.length * 2 + content.organisations.length + content.electrolytes.length * 2;
    expect(rssFiles.length).toBe(expected);
    expect(rssFiles.map(twin).filter((f) => !files.includes(f))).toEqual([]);
  });

  it.each(rssFiles)('%s: the twin passes the JSON Feed 1.1 schema and matches its RSS items one for one', (file) => {
    const json = JSON.parse(read(twin(file))) as JsonFeedDoc;
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    const { feed, problems } = checkRss(read(file));
    expect(problems).toEqual([]);
    expect(json.feed_url).toBe(`${SITE_URL}/${twin(file)}`);
    expect(json.home_page_url).toBe(feed.link);
    expect(json.items.map((i) => i.id)).toEqual(feed.items.map((i) => i.guid));
    expect(json.items.map((i) => i.title)).toEqual(feed.items.map((i) => i.title));
    expect(json.items.map((i) => new Date(i.date_published).toUTCString())).toEqual(feed.items.map((i) => new Date(i.pubDate).toUTCString()));
    // Articles carry their full text in both; change events their details.
    for (const [i, item] of json.items.entries()) {
      const rss = feed.items[i];
      if (item.content_html !== undefined) expect(item.content_html).toBe(rss?.content);
      else expect(item.content_text).toBe(rss?.description);
    }
  });

  it('are announced next to their RSS twins in the <head> of the page they belong to', () => {
    const home = readPage(dir, '/');
    expect(home).toMatch(/<link rel="alternate" type="application\/feed\+json" title="[^"]+" href="\/feed\.json">/);
    const page = readPage(dir, '/programmes/toyota-idemitsu/');
    expect(page).toContain('type="application/feed+json" title="Toyota–Idemitsu: news" href="/programmes/toyota-idemitsu/feed.json"');
    expect(page).toContain('type="application/feed+json" title="Toyota–Idemitsu: promise changes" href="/programmes/toyota-idemitsu/changes.json"');
  });
});

describe('/feeds.opml', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'outline' });
  const opml = parser.parse(read('feeds.opml')) as { opml: { version: string; head: { title: string }; body: { outline: { text: string; outline: { type: string; xmlUrl: string; htmlUrl: string; text: string }[] }[] } } };

  it('is OPML 2.0 with the five folders', () => {
    expect(opml.opml.version).toBe('2.0');
    expect(opml.opml.body.outline.map((f) => f.text)).toEqual(['News', 'Programmes', 'Organisations', 'Electrolyte families', 'Promise changes']);
  });

  it('lists every RSS feed the build wrote, once, and no JSON twin', () => {
    const listed = opml.opml.body.outline.flatMap((f) => f.outline.map((o) => o.xmlUrl));
    expect([...listed].sort()).toEqual(rssFiles.map((f) => `${SITE_URL}/${f}`).sort());
    for (const f of opml.opml.body.outline) for (const o of f.outline) expect(o.type).toBe('rss');
  });

  it('is linked from /feeds/ for download', () => {
    expect(readPage(dir, '/feeds/')).toContain('<a href="/feeds.opml" download>feeds.opml</a>');
  });
});

describe('calendars', () => {
  const calendars = [
    'data/milestones.ics',
    ...content.programmes.map((p) => `programmes/${p.id}/milestones.ics`),
    ...content.electrolytes.map((e) => `electrolytes/${e.id}/milestones.ics`),
  ];

  it('are exactly the files the build wrote', () => {
    expect(files.filter((f) => f.endsWith('.ics')).sort()).toEqual([...calendars].sort());
  });

  it.each(content.programmes.map((p) => p.id))('programme %s: its calendar holds its milestones and its page links it', (id) => {
    const { events, problems } = checkIcs(read(`programmes/${id}/milestones.ics`));
    expect(problems).toEqual([]);
    const programme = content.programmes.find((p) => p.id === id);
    expect(events.map((e) => e.uid).sort()).toEqual((programme?.data.milestones ?? []).map((m) => `${id}.${m.id}@solid-state-tracker.example`).sort());
    const page = readPage(dir, `/programmes/${id}/`);
    expect(page).toContain(`href="webcal://solid-state-tracker.example/programmes/${id}/milestones.ics"`);
  });

  it.each(content.electrolytes.map((e) => e.id))('family %s: its calendar holds the milestones of its programmes', (id) => {
    const { events, problems } = checkIcs(read(`electrolytes/${id}/milestones.ics`));
    expect(problems).toEqual([]);
    const expected = content.programmes.filter((p) => p.data.electrolyte === id).reduce((n, p) => n + p.data.milestones.length, 0);
    expect(events.length).toBe(expected);
    expect(readPage(dir, `/electrolytes/${id}/`)).toContain(`href="webcal://solid-state-tracker.example/electrolytes/${id}/milestones.ics"`);
  });

  it('are all listed on /feeds/ with webcal: links', () => {
    const page = readPage(dir, '/feeds/');
    for (const c of calendars) expect(page, c).toContain(`href="webcal://solid-state-tracker.example/${c}"`);
  });
});
