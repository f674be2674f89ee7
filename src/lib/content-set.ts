/**
 * The validation layer without Astro: reads a content set from disk through
 * the same parser as the loaders (src/lib/content-reader.ts) and runs it
 * through the same schemas, reporting every problem with its file and field.
 * Used by the content report, the fuzz test and the content tests, so they
 * see what the build sees in a fraction of its time.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { ContentFileError, readContentFile, type ContentFormat } from './content-reader';
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

function load<T>(dir: string, exts: string[], schema: z.ZodType<T>, format: ContentFormat, problems: string[]): Loaded<T>[] {
  const out: Loaded<T>[] = [];
  for (const file of filesIn(dir, exts)) {
    const rel = relative(process.cwd(), file);
    let data: Record<string, unknown>;
    let body: string;
    try {
      ({ data, body } = readContentFile(file, format, rel));
    } catch (error) {
      if (!(error instanceof ContentFileError)) throw error;
      problems.push(error.message);
      continue;
    }
    const result = validateEntry(rel, data, schema);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const id = file.split('/').at(-1)!.replace(/\.(ya?ml|mdx?)$/, '');
    out.push({ id, filePath: rel, data: result.data, body });
  }
  return out;
}

/** Loads and validates the content set under `root`. */
export function loadContentSet(root: string): ContentSet {
  const problems: string[] = [];
  return {
    articles: load(join(root, 'articles'), ['.md', '.mdx'], articleSchema, 'frontmatter', problems),
    programmes: load(join(root, 'programmes'), ['.yaml'], programmeSchema, 'yaml', problems),
    organisations: load(join(root, 'organisations'), ['.yaml'], organisationSchema, 'yaml', problems),
    electrolytes: load(join(root, 'electrolytes'), ['.mdx'], electrolyteSchema, 'frontmatter', problems),
    guides: load(join(root, 'guides'), ['.mdx'], guideSchema, 'frontmatter', problems),
    problems,
  };
}
