/**
 * The social-image cache key changes when, and only when, something an image
 * shows changes: each case edits the valid fixture's content in one way and
 * lists exactly the images whose keys must move (the rest must keep theirs).
 * And the render digest moves with the fonts, the template code and the
 * renderer's version.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentSet, type ContentSet } from '../../src/lib/content-set';
import { indexSite } from '../../src/lib/site-index';
import { cacheKey, renderDigest } from '../../src/lib/social-image/cache-key';
import { socialCards } from '../../src/lib/social-image/cards';
import { parseTarget } from '../../src/lib/targets';

const AS_OF = '2026-12-02';
const fixture = loadContentSet('test/fixtures/valid');
const DIGEST = 'digest';

function keys(content: ContentSet, asOf = AS_OF, digest = DIGEST): Map<string, string> {
  return new Map(socialCards(indexSite(content, asOf)).map((e) => [`${e.kind}/${e.id}`, cacheKey(e.card, digest)]));
}

function changed(edit: (c: ContentSet) => void, asOf = AS_OF): string[] {
  const before = keys(fixture);
  const copy = structuredClone(fixture);
  edit(copy);
  const after = keys(copy, asOf);
  expect([...after.keys()]).toEqual([...before.keys()]);
  return [...after].filter(([name, key]) => before.get(name) !== key).map(([name]) => name).sort();
}

const find = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((e) => e.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return found;
};
const alpha = (c: ContentSet) => find(c.programmes, 'alpha-sulfide').data;
const alphaMotors = (c: ContentSet) => find(c.organisations, 'alpha-motors').data;
const deal = (c: ContentSet) => find(c.articles, 'alpha-beta-deal').data;
const EVERY = [...keys(fixture).keys()].sort();

describe('social image cache key', () => {
  it('covers every published article, programme and organisation of the fixture', () => {
    expect(EVERY).toEqual([
      'articles/alpha-beta-deal',
      'articles/gamma-samples-late',
      'organisations/alpha-motors',
      'organisations/beta-chemicals',
      'organisations/gamma-cells',
      'programmes/alpha-sulfide',
      'programmes/gamma-oxide',
    ]);
  });

  it.each<[string, (c: ContentSet) => void]>([
    ['a programme summary', (c) => void (alpha(c).summary = 'Rewritten.')],
    ['a programme’s verification day', (c) => void (alpha(c).lastVerified = '2026-11-30')],
    ['a stated target’s wording', (c) => void (alpha(c).milestones[0]!.announcements[1]!.stated = 'FY2027 to FY2028')],
    ['an organisation’s website and description', (c) => void Object.assign(alphaMotors(c), { website: 'https://elsewhere.example.com/', description: 'New.' })],
    ['an article’s description, tags and body', (c) => {
      Object.assign(deal(c), { description: 'Other.', tags: ['x'] });
      find(c.articles, 'alpha-beta-deal').body = 'Another body.';
    }],
  ])('keeps every key when %s changes (not on the image)', (_what, edit) => {
    expect(changed(edit)).toEqual([]);
  });

  it.each<[string, (c: ContentSet) => void, string[]]>([
    ['a programme’s name (its title)', (c) => void (alpha(c).name = 'Alpha renamed'), ['programmes/alpha-sulfide']],
    ['a programme’s short name (its own card, the linking article, its organisations’ lists)', (c) => void (alpha(c).shortName = 'Alpha X'),
      ['articles/alpha-beta-deal', 'organisations/alpha-motors', 'organisations/beta-chemicals', 'programmes/alpha-sulfide']],
    ['the current target (next target and total slip)', (c) => void (alpha(c).milestones[0]!.announcements[1]!.target = parseTarget('2030')), ['programmes/alpha-sulfide']],
    ['an organisation’s short name (programme lead line, article names)', (c) => void (alphaMotors(c).shortName = 'Alpha M'), ['articles/alpha-beta-deal', 'programmes/alpha-sulfide']],
    ['an organisation’s name (its title)', (c) => void (alphaMotors(c).name = 'Alpha Motors Group'), ['organisations/alpha-motors']],
    ['an organisation’s country', (c) => void (alphaMotors(c).country = 'Korea'), ['organisations/alpha-motors']],
    ['an article’s title', (c) => void (deal(c).title = 'Another headline'), ['articles/alpha-beta-deal']],
    ['an article’s publication day', (c) => void (deal(c).published = '2023-10-13'), ['articles/alpha-beta-deal']],
    ['the programmes an article links', (c) => void (deal(c).programmes = ['alpha-sulfide', 'gamma-oxide']), ['articles/alpha-beta-deal']],
    ['an electrolyte family’s name (every chip)', (c) => void (find(c.electrolytes, 'sulfide-fixture').data.family = 'Sulphide'), EVERY],
  ])('changes exactly the affected keys when %s changes', (_what, edit, expected) => {
    expect(changed(edit)).toEqual([...expected].sort());
  });

  it('changes a programme’s key when the as-of day makes its next target overdue, and no other', () => {
    // Alpha’s open target (fiscal 2027–28) ends in March 2029: after that the card says “overdue”.
    expect(changed(() => {}, '2029-04-01')).toEqual(['programmes/alpha-sulfide']);
  });

  it('changes every key when the render digest changes', () => {
    const a = keys(fixture, AS_OF, 'one');
    const b = keys(fixture, AS_OF, 'two');
    for (const [name, key] of a) expect(b.get(name), name).not.toBe(key);
  });
});

describe('render digest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'og-digest-'));
  const font = join(dir, 'font.ttf');
  const template = join(dir, 'template.ts');
  writeFileSync(font, 'glyphs');
  writeFileSync(template, 'draw()');
  const versions = { resvg: '2.6.2', sharp: '0.35.5' };

  it('is stable for the same fonts, template code and versions', () => {
    expect(renderDigest(versions, [font, template])).toBe(renderDigest({ sharp: '0.35.5', resvg: '2.6.2' }, [font, template]));
  });

  it('moves with a font file, the template code or a library version', () => {
    const base = renderDigest(versions, [font, template]);
    expect(renderDigest({ ...versions, resvg: '2.6.3' }, [font, template])).not.toBe(base);
    writeFileSync(template, 'draw(); // v2');
    expect(renderDigest(versions, [font, template])).not.toBe(base);
    writeFileSync(template, 'draw()');
    writeFileSync(font, 'glyphs!');
    expect(renderDigest(versions, [font, template])).not.toBe(base);
  });

  it('covers the real fonts and template by default', () => {
    expect(renderDigest(versions)).toMatch(/^[0-9a-f]{64}$/);
    expect(renderDigest(versions)).not.toBe(renderDigest(versions, []));
  });
});
