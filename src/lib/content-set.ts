/**
 * The validation layer without Astro: reads a content set from disk through
 * the same parser as the loaders (src/lib/content-reader.ts) and runs it
 * through the same schemas, reporting every problem with its file and field.
 * Used by the content report, the fuzz test and the content tests, so they
 * see what the build sees in a fraction of its time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentFileError, decodeContent, readContentText, type ContentFormat } from './content-reader';
import { findBrokenReferences, referenceSites } from './references';
import { implausibleDates } from './plausibility';
import { articleSchema, type ArticleData } from './schemas/article';
import { electrolyteSchema, guideSchema, type ElectrolyteData, type GuideData } from './schemas/docs';
import { organisationSchema, type OrganisationData } from './schemas/organisation';
import { programmeSchema, type ProgrammeData } from './schemas/programme';

export interface Loaded<T> {
  id: string;
  filePath: string;
  data: T;
  body: string;
}

export interface ContentSet {
  articles: Loaded<ArticleData>[];
  programmes: Loaded<ProgrammeData>[];
  organisations: Loaded<OrganisationData>[];
  electrolytes: Loaded<ElectrolyteData>[];
  guides: Loaded<GuideData>[];
  problems: string[];
}

function filesIn(dir: string, exts: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => exts.some((e) => n.endsWith(e))).sort().map((n) => join(dir, n));
}

/** Formats one schema issue as the build reports it: file, dotted field path, message. */
export function issueLine(file: string, issue: { path: PropertyKey[]; message: string }): string {
  return `${file}: field "${issue.path.map(String).join('.')}": ${issue.message}`;
}

/** Validates parsed file data against a schema: the entry, or its problems. */
export function validateEntry<T>(file: string, raw: unknown, schema: z.ZodType<T>): { data: T } | { problems: string[] } {
  const result = schema.safeParse(raw);
  return result.success ? { data: result.data } : { problems: result.error.issues.map((i) => issueLine(file, i)) };
}

/** The collections, where their files live and how each is parsed. */
export const COLLECTIONS = {
  articles: { exts: ['.md', '.mdx'], format: 'frontmatter' },
  programmes: { exts: ['.yaml'], format: 'yaml' },
  organisations: { exts: ['.yaml'], format: 'yaml' },
  electrolytes: { exts: ['.mdx'], format: 'frontmatter' },
  guides: { exts: ['.mdx'], format: 'frontmatter' },
} as const satisfies Record<string, { exts: readonly string[]; format: ContentFormat }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** One content file's text, as an editor wrote it. */
export interface ContentText {
  collection: CollectionName;
  /** Path as reported in messages ("content/programmes/x.yaml"). */
  file: string;
  text: string;
}

function validateOne<T>(t: ContentText, schema: z.ZodType<T>, problems: string[]): Loaded<T> | undefined {
  let data: Record<string, unknown>;
  let body: string;
  try {
    ({ data, body } = readContentText(t.text, t.file, COLLECTIONS[t.collection].format));
  } catch (error) {
    if (!(error instanceof ContentFileError)) throw error;
    problems.push(error.message);
    return undefined;
  }
  const result = validateEntry(t.file, data, schema);
  if ('problems' in result) {
    problems.push(...result.problems);
    return undefined;
  }
  const id = t.file.split('/').at(-1)!.replace(/\.(ya?ml|mdx?)$/, '');
  return { id, filePath: t.file, data: result.data, body };
}

/** Validates file texts through the reader and the schemas, file by file (the build's per-file checks). */
export function validateContentTexts(texts: readonly ContentText[]): ContentSet {
  const problems: string[] = [];
  const pick = <K extends CollectionName>(name: K) => texts.filter((t) => t.collection === name);
  const each = <T>(list: ContentText[], schema: z.ZodType<T>) => list.flatMap((t) => validateOne(t, schema, problems) ?? []);
  return {
    articles: each(pick('articles'), articleSchema),
    programmes: each(pick('programmes'), programmeSchema),
    organisations: each(pick('organisations'), organisationSchema),
    electrolytes: each(pick('electrolytes'), electrolyteSchema),
    guides: each(pick('guides'), guideSchema),
    problems,
  };
}

/** The checks across files that the build runs after loading: references and plausible dates. */
export function crossFileProblems(content: ContentSet, asOf: string): string[] {
  const problems = [
    ...findBrokenReferences(referenceSites(content.articles, content.programmes), {
      programmes: new Set(content.programmes.map((e) => e.id)),
      organisations: new Set(content.organisations.map((e) => e.id)),
      electrolytes: new Set(content.electrolytes.map((e) => e.id)),
    }),
    ...implausibleDates(content.programmes, content.articles, asOf),
  ];
  return problems.map((p) => `${p.file}: field "${p.field}": ${p.message}`);
}

/** Reads the content set under `root` from disk (strict UTF-8) and validates it file by file. */
export function loadContentSet(root: string): ContentSet {
  const texts: ContentText[] = [];
  const problems: string[] = [];
  for (const [collection, { exts }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    for (const path of filesIn(join(root, collection), [...exts])) {
      const file = relative(process.cwd(), path);
      try {
        texts.push({ collection, file, text: decodeContent(readFileSync(path), file) });
      } catch (error) {
        if (!(error instanceof ContentFileError)) throw error;
        problems.push(error.message);
      }
    }
  }
  const content = validateContentTexts(texts);
  content.problems.unshift(...problems);
  return content;
}
