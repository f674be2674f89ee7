/**
 * Reads a content set straight from disk (no Astro) and runs it through the
 * same schemas and reference checks the build uses, so content tests are
 * fast and report every problem with its file and field.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { articleSchema, type ArticleData } from '../../src/lib/schemas/article';
import { electrolyteSchema, guideSchema, type ElectrolyteData, type GuideData } from '../../src/lib/schemas/docs';
import { organisationSchema, type OrganisationData } from '../../src/lib/schemas/organisation';
import { programmeSchema, type ProgrammeData } from '../../src/lib/schemas/programme';

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

function splitFrontmatter(text: string): { front: string; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return m ? { front: m[1]!, body: m[2]! } : { front: '', body: text };
}

function load<T>(dir: string, exts: string[], schema: z.ZodType<T>, frontmatter: boolean, problems: string[]): Loaded<T>[] {
  const out: Loaded<T>[] = [];
  for (const file of filesIn(dir, exts)) {
    const rel = relative(process.cwd(), file);
    const text = readFileSync(file, 'utf8');
    const { front, body } = frontmatter ? splitFrontmatter(text) : { front: text, body: '' };
    // YAML 1.1 turns unquoted dates into Date objects, as Astro's parser does, so the schema sees what the build sees.
    const raw: unknown = parse(front, { schema: 'yaml-1.1' });
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${rel}: field "${issue.path.join('.')}": ${issue.message}`);
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
    articles: load(join(root, 'articles'), ['.md', '.mdx'], articleSchema, true, problems),
    programmes: load(join(root, 'programmes'), ['.yaml'], programmeSchema, false, problems),
    organisations: load(join(root, 'organisations'), ['.yaml'], organisationSchema, false, problems),
    electrolytes: load(join(root, 'electrolytes'), ['.mdx'], electrolyteSchema, true, problems),
    guides: load(join(root, 'guides'), ['.mdx'], guideSchema, true, problems),
    problems,
  };
}
