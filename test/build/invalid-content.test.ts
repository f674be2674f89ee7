/**
 * The wiring of validation into `astro build`: each case is the valid fixture
 * with one fault, and the CLI must fail naming the file and the field. The
 * rules themselves (missing fields, enums, dates, targets, sources, URLs, unknown
 * keys …) are unit tests against the real schemas in test/unit/schema-messages.test.ts;
 * here stay one case per path into the CLI: schema errors (a bad date, a misspelt key), a broken
 * reference (checked after loading) and a duplicate id (checked by the loader).
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
    name: 'impossible calendar date (quoted)',
    file: PROGRAMME,
    edit: replace('lastVerified: "2026-11-01"', 'lastVerified: "2024-02-30"'),
    expect: ['alpha-sulfide.yaml', 'lastVerified', 'expected a real calendar date "YYYY-MM-DD", got "2024-02-30"'],
  },
  {
    name: 'misspelt key',
    file: PROGRAMME,
    edit: replace('lastVerified: "2026-11-01"', 'lastVerifed: "2026-11-01"'),
    expect: ['alpha-sulfide.yaml', 'unknown key "lastVerifed": did you mean "lastVerified"?'],
  },
  {
    name: 'unknown organisation',
    file: PROGRAMME,
    edit: replace('lead: alpha-motors', 'lead: nosuch-motors'),
    expect: ['alpha-sulfide.yaml', 'field "lead"', '"nosuch-motors" is not an entry of organisations'],
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
  }, 120_000);
});
