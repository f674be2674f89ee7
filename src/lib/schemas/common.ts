/**
 * Field schemas shared by every collection. Each carries the message an
 * author sees when the field is wrong, so a failed build says what was expected.
 */
import { z } from 'astro/zod';
import { isValidIsoDate } from '../dates';
import { parseTarget, TARGET_GRAMMAR_HINT } from '../targets';
import { unknownKeysMessage } from '../nearest-key';

/**
 * An object schema that refuses keys it does not know: Zod's default strips them, so a
 * misspelt optional field (`acheived:`) would vanish silently. The message names the key's
 * path and the nearest known key; `expected` says what the whole value should be.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, expected: string) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys, issue.path ?? [], known) : `expected ${expected}`),
  });
}

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

/** A target in the target-date grammar (see src/lib/targets.ts), parsed once here and carried parsed. */
export const target = z.string({ error: `expected a target: ${TARGET_GRAMMAR_HINT}` }).transform((text, ctx) => {
  try {
    return parseTarget(text);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: (error as Error).message });
    return z.NEVER;
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

/** A mirror or aggregator that carries another outlet's page: named apart from the publisher who wrote it. */
export const via = strictObject(
  {
    /** The mirror's or aggregator's name ("NewsBreak", "redlib"). */
    name: z.string({ error: 'expected the name of the mirror or aggregator' }).min(1),
    /** A mirror copies pages whole; an aggregator republishes or summarises them. */
    kind: z.enum(['mirror', 'aggregator']),
  },
  'a via with name and kind (mirror or aggregator)',
);

/** A language tag (BCP 47, "ja", "zh-Hans"), for titles not in English. */
export const languageTag = z
  .string({ error: 'expected a language tag such as "ja" or "zh"' })
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a language tag such as "ja", "zh" or "zh-Hans"' });

/** Where a fact comes from. Every announcement and article cites at least one. */
export const source = strictObject(
  {
    /**
     * Headline or title of the page cited, exactly as published and in its original language. Omit it when
     * no copy of the page shows the headline: never a description in brackets, never one rebuilt from the URL.
     */
    title: z
      .string({ error: 'expected the title of the source as published' })
      .min(1)
      .refine((t) => !t.startsWith('['), {
        error: 'expected the headline as published; when it is not known, leave `title` out instead of writing a bracketed description',
      })
      .optional(),
    /** Language of the title when it is not English. */
    lang: languageTag.optional(),
    /** Who wrote and published it ("Reuters", "Toyota Times"); the original outlet, not a mirror. */
    publisher: z.string({ error: 'expected the publisher of the source' }).min(1),
    /** Address of the page cited (the original's where it can be established). */
    url: httpUrl,
    /** When `url` is a mirror or aggregator of the publisher's page. */
    via: via.optional(),
    /** Publication date of the source, when known. */
    published: partialDate.optional(),
  },
  'a source with publisher and url (and title when known)',
);

export type Source = z.infer<typeof source>;

/** A list of sources in which no address is cited twice (a copy-paste slip, or two entries for one page). */
export const sourceList = z.array(source).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((s, i) => {
    const first = seen.get(s.url);
    if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'url'], message: `"${s.url}" is already cited at index ${first} of this list; cite each page once` });
    else seen.set(s.url, i);
  });
});
