/**
 * Property-based test of the validation layer (reader, schemas, references,
 * plausible dates) on mutated copies of the valid fixture: keys deleted,
 * renamed or retyped, random strings in dates, targets, URLs and ids, files
 * truncated. Property: each case either validates, with its parsed data equal
 * to what was written (apart from declared defaults and parsed targets), or
 * fails with messages that all name the file and a field (or, for a file-level
 * fault, what is wrong with the file). Seeded: a failure prints its seed and path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, crossFileProblems, validateContentTexts, type CollectionName, type ContentText } from '../../src/lib/content-set';

const ROOT = 'test/fixtures/valid';
const AS_OF = '2026-12-02';
const SEED = 20261202;
const RUNS = 600;

const fixture: ContentText[] = (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) =>
  readdirSync(join(ROOT, collection))
    .sort()
    .map((name) => ({ collection, file: `${ROOT}/${collection}/${name}`, text: readFileSync(join(ROOT, collection, name), 'utf8') })),
);

/** Splits a file into its YAML part and the rest, so mutations touch data only. */
function split(t: ContentText): { data: Record<string, unknown>; wrap: (y: string) => string } {
  if (COLLECTIONS[t.collection].format === 'yaml') return { data: yaml.load(t.text) as Record<string, unknown>, wrap: (y) => y };
  const m = /^---\n([\s\S]*?\n)---\n([\s\S]*)$/.exec(t.text);
  if (!m) throw new Error(`fixture ${t.file} has no front matter`);
  return { data: yaml.load(m[1]!) as Record<string, unknown>, wrap: (y) => `---\n${y}---\n${m[2]}` };
}

type Path = (string | number)[];

/** Every path to a value in the tree (objects and arrays included). */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])]);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
  return [];
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  return path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root) as Record<string | number, unknown>;
}

const junk = fc.oneof(
  fc.string(),
  fc.constantFrom('2062-01-01', '2024-02-30', '2027-H3', 'by 20300', '2027/2026', 'mid-2025', 'not a url', 'http://', 'UPPER-ID', 'a--b', '', ' ', '[slug] x', 'https://example.com/dup'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
);

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'rename'; at: number; suffix: string }
  | { kind: 'retype'; at: number; value: unknown }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), suffix: fc.constantFrom('s', 'x', 'd', '_') }),
  fc.record({ kind: fc.constant('retype' as const), at: fc.nat(), value: junk }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Applies a mutation; returns the new text and, for data mutations, the data written. */
function mutate(t: ContentText, m: Mutation): { text: string; written?: Record<string, unknown> } {
  if (m.kind === 'truncate') return { text: t.text.slice(0, m.at % (t.text.length + 1)) };
  const { data, wrap } = split(t);
  const all = paths(data);
  const path = all[m.at % all.length]!;
  const parent = parentOf(data, path);
  const key = path.at(-1)!;
  if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else if (m.kind === 'rename' && !Array.isArray(parent)) {
    parent[`${String(key)}${m.suffix}`] = parent[key];
    delete parent[key];
  } else if (m.kind === 'retype') {
    parent[key] = m.value;
  }
  return { text: wrap(yaml.dump(data, { lineWidth: -1 })), written: data };
}

/** True when every value written appears unchanged in the parsed data (targets compare by their text). */
function preserved(written: unknown, parsed: unknown): boolean {
  if (typeof written === 'string' && parsed && typeof parsed === 'object' && 'text' in parsed) return (parsed as { text: unknown }).text === written;
  if (Array.isArray(written)) return Array.isArray(parsed) && parsed.length === written.length && written.every((w, i) => preserved(w, parsed[i]));
  if (written && typeof written === 'object') {
    if (!parsed || typeof parsed !== 'object') return false;
    return Object.entries(written).every(([k, v]) => preserved(v, (parsed as Record<string, unknown>)[k]));
  }
  return Object.is(written, parsed);
}

const FILE_FAULT = /: (is empty|holds no data|is a YAML list|is a single YAML value|is not valid YAML|front matter opened|has no front matter)/;

describe('validation layer under fuzzing', () => {
  it('the unmutated fixture validates', () => {
    const content = validateContentTexts(fixture);
    expect([...content.problems, ...crossFileProblems(content, AS_OF)]).toEqual([]);
  });

  it(`keeps what is valid and names file and field for what is not (${RUNS} seeded cases)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: fixture.length - 1 }), mutation, (index, m) => {
        const target = fixture[index]!;
        const { text, written } = mutate(target, m);
        const texts = fixture.map((t, i) => (i === index ? { ...t, text } : t));
        const content = validateContentTexts(texts);
        const problems = [...content.problems, ...(content.problems.length === 0 ? crossFileProblems(content, AS_OF) : [])];
        if (problems.length === 0) {
          if (!written) return true;
          const entry = Object.values(content).flat().find((e) => typeof e === 'object' && e !== null && 'filePath' in e && e.filePath === target.file) as { data: unknown } | undefined;
          return entry !== undefined && preserved(written, entry.data);
        }
        return problems.every((p) => p.startsWith(`${ROOT}/`) && (/: field "[^"]*":/.test(p) || FILE_FAULT.test(p)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000);
});
