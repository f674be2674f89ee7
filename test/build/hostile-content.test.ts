/**
 * Text from content stays text in every output. The valid fixture plus
 * entries whose names contain </script>, quotes, ampersands and spreadsheet
 * formula prefixes is built; every output is parsed and the strings must come
 * back exactly, never as markup or formulas.
 */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuildOrThrow, type BuildResult } from '../helpers/astro-build';
import { listFiles } from '../helpers/html';
import { checkIcs } from '../helpers/ics-rules';
import { checkRss } from '../helpers/rss-rules';

const ARTICLE_TITLE = 'Evil </script><script>alert(1)</script> "headline" & more';
const PROGRAMME_NAME = 'Evil </script><script>alert(1)</script> "programme" & more';
const ORG_NAME = 'Evil </script><script>alert(1)</script> "Corp" & Sons';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

let build: BuildResult;
const read = (path: string) => readFileSync(join(build.outDir, path), 'utf8');

beforeAll(() => {
  const root = resolve('test-output', 'hostile-content');
  rmSync(root, { recursive: true, force: true });
  cpSync('test/fixtures/valid', root, { recursive: true });
  cpSync('test/fixtures/hostile', root, { recursive: true, filter: (src) => !src.endsWith('README.md') });
  build = astroBuildOrThrow({ contentDir: root, name: 'hostile' });
});

describe('hostile text', () => {
  it('never appears as live markup in any HTML page', () => {
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      // Quoted attribute values may legally hold "<"; only markup outside them could run.
      const html = read(file).replace(/="[^"]*"/g, '=""');
      expect(html, file).not.toMatch(/<script>alert\(/);
      expect(html, file).not.toContain('<b>Nowhere</b>');
    }
  });

  it('survives as text inside JSON-LD on every page that carries it', () => {
    let blocks = 0;
    for (const file of listFiles(build.outDir).filter((f) => f.endsWith('.html'))) {
      for (const m of read(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        blocks++;
        expect(() => JSON.parse(m[1]!), file).not.toThrow();
      }
    }
    expect(blocks).toBeGreaterThan(0);
    const article = read('news/evil-article/index.html');
    const ld = [...article.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(ld.find((x) => x['@type'] === 'NewsArticle').headline).toBe(ARTICLE_TITLE);
    const org = read('organisations/evil-corp/index.html');
    const orgLd = [...org.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
    expect(orgLd.find((x) => x['@type'] === 'Organization').name).toBe(ORG_NAME);
  });

  it('comes back exactly from the RSS feeds', () => {
    for (const path of ['rss.xml', 'programmes/evil-programme/rss.xml', 'organisations/evil-corp/rss.xml']) {
      const { feed, problems } = checkRss(read(path));
      expect(problems, path).toEqual([]);
      expect(feed.items.map((i) => i.title), path).toContain(ARTICLE_TITLE);
    }
    const main = checkRss(read('rss.xml')).feed.items.find((i) => i.title === ARTICLE_TITLE)!;
    expect(main.description).toBe('Description </script><script>alert(4)</script> & "quotes"');
    expect(main.categories).toContain(ORG_NAME);
  });

  it('cannot run as a spreadsheet formula in the CSV files', () => {
    const programmes: Record<string, string>[] = parse(read('data/programmes.csv'), { columns: true });
    const row = programmes.find((r) => r.id === 'evil-programme')!;
    expect(row.name).toBe(PROGRAMME_NAME);
    expect(row.short_name).toBe(`'${FORMULA}`);
    const milestones: Record<string, string>[] = parse(read('data/milestones.csv'), { columns: true });
    const m = milestones.find((r) => r.programme_id === 'evil-programme')!;
    expect(m.milestone).toBe("'-2+3 </textarea> milestone");
    expect(m.target_as_stated).toBe("'+cmd|' /C calc'!A0");
    expect(m.source_publisher).toBe("'=1+1");
    expect(m.source_title).toBe("'@evil </script><script>alert(3)</script> \"title\" & co");
    for (const r of [...programmes, ...milestones]) {
      for (const [k, v] of Object.entries(r)) expect(/^[=+\-@]/.test(v), `${k}=${v}`).toBe(false);
    }
  });

  it('stays text in the JSON and the calendar', () => {
    const json = JSON.parse(read('data/programmes.json'));
    expect(json.programmes.find((p: { id: string }) => p.id === 'evil-programme').name).toBe(PROGRAMME_NAME);
    const { events, problems } = checkIcs(read('data/milestones.ics'));
    expect(problems).toEqual([]);
    expect(events.find((e) => e.uid.startsWith('evil-programme.'))!.summary).toBe(`${FORMULA}: -2+3 </textarea> milestone`);
  });
});
