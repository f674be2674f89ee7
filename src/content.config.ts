/**
 * Content collections. Schemas live in src/lib/schemas (one file per kind,
 * a comment on every field); this file only says where each collection is read
 * from. The content root is `CONTENT_DIR` (default ./content) so tests and the
 * benchmark can build other content sets with the same code.
 *
 * References between collections are plain ids, checked after loading by
 * src/lib/references.ts: Astro 7 only logs a broken `reference()`, and we fail.
 * Duplicate ids fail too (src/lib/strict-glob.ts): the stock loader can let
 * one file silently overwrite another.
 */
import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/schemas/article';
import { electrolyteSchema, guideSchema } from './lib/schemas/docs';
import { organisationSchema } from './lib/schemas/organisation';
import { programmeSchema } from './lib/schemas/programme';
import { contentDir } from './lib/build-env';
import { strictGlob as glob } from './lib/strict-glob';

const root = contentDir();

export const collections = {
  articles: defineCollection({
    // .md builds about twice as fast as .mdx; use .mdx only when an article needs components.
    // retainBody: false keeps the raw Markdown out of Astro's data store (nothing reads it; pages use the
    // rendered HTML). At 5,000 articles the store shrinks from 48 to 30 MB, and every build parses, bundles and
    // loads it: a warm rebuild's page generation fell from 8.2 to 3.7 s.
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${root}/articles`, retainBody: false }),
    schema: articleSchema,
  }),
  programmes: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${root}/programmes` }),
    schema: programmeSchema,
  }),
  organisations: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${root}/organisations` }),
    schema: organisationSchema,
  }),
  electrolytes: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/electrolytes` }),
    schema: electrolyteSchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/guides` }),
    schema: guideSchema,
  }),
};
