/**
 * One invalid content set per rule: each is the valid fixture with a single
 * fault. The build must fail, and its message must name the file and the field
 * and say what was expected.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build';

interface Case {
  name: string;
  /** File (relative to the content root) to edit, and the edit. */
  file: string;
  edit: (text: string) => string;
  /** Strings the build output must contain: file, field, expectation. */
  expect: (string | RegExp)[];
}

const PROGRAMME = 'programmes/alpha-sulfide.yaml';
const ARTICLE = 'articles/alpha-beta-deal.md';

const replace = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture edit failed: "${from}" not found`);
  return text.replace(from, to);
};

const cases: Case[] = [
  {
    name: 'missing required field',
    file: PROGRAMME,
    edit: replace('summary: A fixture programme whose production target moved from 2025 to fiscal 2027–28.\n', ''),
    expect: ['alpha-sulfide.yaml', 'summary', 'expected a summary'],
  },
  {
    name: 'wrong enum value',
    file: PROGRAMME,
    edit: replace('status: pilot-line', 'status: shipping'),
    expect: ['alpha-sulfide.yaml', 'status', /expected one of "research"\|"pilot-line"/],
  },
  {
    name: 'impossible calendar date (quoted)',
    file: PROGRAMME,
    edit: replace('lastVerified: "2026-11-01"', 'lastVerified: "2024-02-30"'),
    expect: ['alpha-sulfide.yaml', 'lastVerified', 'expected a real calendar date "YYYY-MM-DD", got "2024-02-30"'],
  },
  {
    name: 'unquoted YAML date that would roll over',
    file: PROGRAMME,
    edit: replace('lastVerified: "2026-11-01"', 'lastVerified: 2024-02-30'),
    expect: ['alpha-sulfide.yaml', 'lastVerified', 'unquoted YAML dates are parsed loosely'],
  },
  {
    name: 'impossible date in article frontmatter',
    file: ARTICLE,
    edit: replace('published: "2023-10-12"', 'published: "2023-02-29"'),
    expect: ['alpha-beta-deal.md', 'published', 'expected a real calendar date'],
  },
  {
    name: 'target outside the grammar',
    file: PROGRAMME,
    edit: replace('target: "2025"', 'target: "mid-2025"'),
    expect: ['alpha-sulfide.yaml', 'milestones.0.announcements.0.target', '"mid-2025" is not a valid target', 'Expected one of 2027, 2027-H2'],
  },
  {
    name: 'announcement without a source',
    file: PROGRAMME,
    edit: replace('        source: { title: Alpha plans cells by 2025, publisher: Fixture Wire, url: "https://news.example.com/alpha-2025" }\n', ''),
    expect: ['alpha-sulfide.yaml', 'milestones.0.announcements.0.source', 'expected a source with title, publisher and url'],
  },
  {
    name: 'malformed source URL',
    file: PROGRAMME,
    edit: replace('url: "https://news.example.com/alpha-2025"', 'url: "news.example.com/alpha-2025"'),
    expect: ['alpha-sulfide.yaml', 'milestones.0.announcements.0.source.url', 'expected an absolute URL starting with https://'],
  },
  {
    name: 'unknown organisation',
    file: PROGRAMME,
    edit: replace('lead: alpha-motors', 'lead: nosuch-motors'),
    expect: ['alpha-sulfide.yaml', 'field "lead"', '"nosuch-motors" is not an entry of organisations'],
  },
  {
    name: 'unknown programme in an article',
    file: ARTICLE,
    edit: replace('programmes: ["alpha-sulfide"]', 'programmes: ["alpha-sulphide"]'),
    expect: ['alpha-beta-deal.md', 'field "programmes[0]"', '"alpha-sulphide" is not an entry of programmes'],
  },
  {
    name: 'unknown electrolyte',
    file: PROGRAMME,
    edit: replace('electrolyte: sulfide-fixture', 'electrolyte: sulphide'),
    expect: ['alpha-sulfide.yaml', 'field "electrolyte"', '"sulphide" is not an entry of electrolytes'],
  },
  {
    name: 'two entries with the same id',
    file: 'articles/alpha-beta-deal.mdx',
    edit: () => readFileSync(join('test/fixtures/valid', ARTICLE), 'utf8').replace('Alpha and Beta agree', 'Alpha and Beta again agree'),
    expect: ['Duplicate id "alpha-beta-deal" in collection "articles"', 'alpha-beta-deal.md and', 'alpha-beta-deal.mdx'],
  },
];

describe('invalid content fails the build with a clear message', () => {
  it.each(cases)('$name', (c) => {
    const slug = c.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    const root = resolve('test-output', 'invalid', slug);
    rmSync(root, { recursive: true, force: true });
    cpSync('test/fixtures/valid', root, { recursive: true });
    const target = join(root, c.file);
    let original = '';
    try {
      original = readFileSync(target, 'utf8');
    } catch {
      // The case adds a new file.
    }
    writeFileSync(target, c.edit(original));
    const result = astroBuild({ contentDir: root, name: `invalid-${slug}` });
    expect(result.status, result.output.slice(-2000)).not.toBe(0);
    for (const needle of c.expect) {
      if (typeof needle === 'string') expect(result.output).toContain(needle);
      else expect(result.output).toMatch(needle);
    }
  });
});
