/**
 * What only a build proves about whole files: Astro's loader reaches our strict
 * reader, so an empty file, bytes that are not UTF-8 and an unclosed front
 * matter fail `astro build` naming the file (the rules themselves are unit
 * tests in test/unit/content-reader.test.ts); and valid oddities — a byte-order
 * mark, Windows line endings, CJK and emoji, a 300-character title, an article
 * linked to nothing — build and appear where they should.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, astroBuildOrThrow } from '../helpers/astro-build';

function contentSet(slug: string, files: Record<string, string | Uint8Array>): string {
  const root = resolve('test-output', 'file-faults', slug);
  rmSync(root, { recursive: true, force: true });
  cpSync('test/fixtures/valid', root, { recursive: true });
  for (const [file, body] of Object.entries(files)) writeFileSync(join(root, file), body);
  return root;
}

const encode = (s: string) => new TextEncoder().encode(s);

describe('file-level faults fail the build naming the file', () => {
  it.each([
    ['an empty organisation file', { 'organisations/empty-co.yaml': '' }, ['organisations/empty-co.yaml: is empty: expected a YAML mapping of fields']],
    ['bytes that are not UTF-8', { 'organisations/cafe.yaml': new Uint8Array([...encode('name: Caf'), 0xe9, ...encode('\nkind: carmaker\n')]) }, ['organisations/cafe.yaml: is not valid UTF-8 text']],
    ['a front matter block that never closes', { 'articles/open.md': '---\ntitle: Open\ndescription: D.\n\nBody\n' }, ['articles/open.md: front matter opened with "---" on line 1 is never closed']],
  ] as const)('%s', (name, files, expected) => {
    const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const result = astroBuild({ contentDir: contentSet(slug, files), name: `file-faults-${slug}` });
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    for (const e of expected) expect(result.output).toContain(e);
  }, 120_000);
});

describe('valid oddities build and appear', () => {
  it('builds a BOM, CRLF, CJK and emoji, a 300-character title and an article linked to nothing', () => {
    const long = `Idemitsu ${'and Toyota '.repeat(27)}`.slice(0, 300);
    const root = contentSet('valid-oddities', {
      'organisations/idemitsu-jp.yaml': new Uint8Array([0xef, 0xbb, 0xbf, ...encode('name: 出光興産株式会社 🔋\r\nkind: materials-supplier\r\ncountry: Japan\r\nwebsite: https://www.idemitsu.com/jp/\r\n')]),
      'articles/long-title.md': `---\r\ntitle: "${long}"\r\ndescription: An article linked to no programme.\r\npublished: "2024-05-01"\r\norganisations: ["idemitsu-jp"]\r\nsources:\r\n  - { publisher: 日刊工業新聞, url: "https://www.nikkan.co.jp/articles/view/1" }\r\n---\r\n\r\nBody with 全固体電池 and 🔋.\r\n`,
    });
    expect(long).toHaveLength(300);
    const { outDir } = astroBuildOrThrow({ contentDir: root, name: 'file-faults-valid' });
    const org = readFileSync(join(outDir, 'organisations/idemitsu-jp/index.html'), 'utf8');
    expect(org).toContain('<h1>出光興産株式会社 🔋</h1>');
    const article = readFileSync(join(outDir, 'news/long-title/index.html'), 'utf8');
    expect(article).toContain(long);
    expect(article).toContain('全固体電池');
    expect(readFileSync(join(outDir, 'rss.xml'), 'utf8')).toContain(long);
    expect(existsSync(join(outDir, 'organisations/idemitsu-jp/rss.xml'))).toBe(true);
  }, 120_000);
});
