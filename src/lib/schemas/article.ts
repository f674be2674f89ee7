/** Schema of a news or analysis article (content/articles/<slug>.md or .mdx). */
import { z } from 'astro/zod';
import { entryId, isoDay, sourceList, strictObject } from './common';

export const ARTICLE_KINDS = ['news', 'analysis'] as const;

export const articleSchema = strictObject({
  /** Headline. */
  title: z.string({ error: 'expected a title' }).min(1),
  /** One or two sentences for listings, feeds and the meta description. */
  description: z.string({ error: 'expected a description' }).min(1),
  /** News report or cross-programme analysis. */
  kind: z.enum(ARTICLE_KINDS).default('news'),
  /** Publication day. */
  published: isoDay,
  /** Day of the last substantive update, if any. */
  updated: isoDay.optional(),
  /** Bylines. */
  authors: z.array(z.string().min(1)).default(['Editorial team']),
  /** Free topic tags ("pilot plant", "Li2S"). */
  tags: z.array(z.string().min(1)).default([]),
  /** Ids of the programmes the article is about. */
  programmes: z.array(entryId).default([]),
  /** Ids of the organisations the article is about. */
  organisations: z.array(entryId).default([]),
  /** Ids of the electrolyte families it concerns. */
  electrolytes: z.array(entryId).default([]),
  /** What the article reports from; at least one. */
  sources: sourceList.min(1, { error: 'expected at least one source' }),
  /** Corrections, shown at the foot of the article with their dates. */
  corrections: z
    .array(
      strictObject({
        /** Day of the correction. */
        date: isoDay,
        /** What was wrong and what it now says. */
        text: z.string().min(1),
      }, 'a correction with date and text'),
    )
    .default([]),
  /** Drafts are built nowhere: no page, listing, feed, search entry or data file. */
  draft: z.boolean().default(false),
}, 'article front matter (title, description, published, sources)').superRefine((a, ctx) => {
  if (a.updated !== undefined && a.updated < a.published) {
    ctx.addIssue({ code: 'custom', path: ['updated'], message: `"${a.updated}" is before the publication day "${a.published}"; an update comes after publication` });
  }
});

export type ArticleData = z.infer<typeof articleSchema>;
