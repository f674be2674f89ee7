/**
 * Field schemas shared by every collection. Each carries the message an
 * author sees when the field is wrong, so a failed build says what was expected.
 */
import { z } from 'astro/zod';
import { isValidIsoDate } from '../dates';
import { parseTarget, TARGET_GRAMMAR_HINT } from '../targets';

/** Message for a date that is not a string; explains the quoting rule when YAML made it a Date. */
function dateTypeError(expected: string, input: unknown): string {
  if (input instanceof Date) {
    return `expected a quoted date ${expected}: unquoted YAML dates are parsed loosely (2024-02-30 would silently become 2024-03-01), so write it in quotes`;
  }
  return input === undefined ? `required: expected a date ${expected}` : `expected a date ${expected}`;
}

/**
 * A calendar day written as a quoted string, "YYYY-MM-DD". Unquoted YAML dates
 * are refused because the YAML parser turns them into Date objects and rolls
 * impossible days over silently (2024-02-30 would become 2024-03-01).
 */
export const isoDay = z
  .string({ error: (issue) => dateTypeError('"YYYY-MM-DD"', issue.input) })
  .refine(isValidIsoDate, { error: (issue) => `expected a real calendar date "YYYY-MM-DD", got "${String(issue.input)}"` });

/** A day, month or year ("2023-10-12", "2023-10", "2023"), for facts only known to that precision. */
export const partialDate = z
  .string({ error: (issue) => dateTypeError('"YYYY", "YYYY-MM" or "YYYY-MM-DD"', issue.input) })
  .refine((s) => /^\d{4}$/.test(s) || (/^\d{4}-\d{2}$/.test(s) && isValidIsoDate(`${s}-01`)) || isValidIsoDate(s), {
    error: (issue) => `expected a real date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "${String(issue.input)}"`,
  });

/** A target in the target-date grammar (see src/lib/targets.ts). */
export const target = z.string({ error: `expected a target: ${TARGET_GRAMMAR_HINT}` }).superRefine((text, ctx) => {
  try {
    parseTarget(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
  }
});

/** An absolute http(s) URL. */
export const httpUrl = z
  .string({ error: 'expected an absolute URL starting with https:// or http://' })
  .refine((s) => URL.canParse(s) && /^https?:\/\/[^\s/]+\.[^\s/]+/.test(s), {
    error: (issue) => `expected an absolute URL starting with https:// or http://, got "${String(issue.input)}"`,
  });

/** The id of another entry (its file name without extension); existence is checked after loading. */
export const entryId = z
  .string({ error: 'expected the id of an entry (its file name without extension)' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected an id in lower-case-with-hyphens' });

/** Where a fact comes from. Every announcement and article cites at least one. */
export const source = z.object(
  {
    /** Headline or title of the page cited, as published (a description in [brackets] when it had none). */
    title: z.string({ error: 'expected the title of the source' }).min(1),
    /** Who published it ("Reuters", "Toyota Times"); "via X" when a mirror carries another outlet's report. */
    publisher: z.string({ error: 'expected the publisher of the source' }).min(1),
    /** Address of the page. */
    url: httpUrl,
    /** Publication date of the source, when known. */
    published: partialDate.optional(),
  },
  { error: 'expected a source with title, publisher and url' },
);

export type Source = z.infer<typeof source>;
