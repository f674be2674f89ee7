/**
 * How a cited source reads, in one place for pages, feeds, CSV and calendars.
 * A source whose headline no copy showed has no title (sourcing policy: never
 * invent a headline, never show a slug); it is named by publisher and date.
 */
import type { Source } from './schemas/common';
import { scriptLang } from './text-lang';

/** Said to readers in place of a headline that was not recorded. */
export const UNTITLED_SOURCE = 'headline not recorded';

/** "NewsBreak (aggregator)" style note for a source read through a mirror or aggregator. */
export function viaLabel(source: Source): string | undefined {
  return source.via ? `via ${source.via.name} (${source.via.kind})` : undefined;
}

/** The title's language: as recorded, else guessed from its script (WCAG 3.1.2). */
export function sourceLang(source: Source): string | undefined {
  return source.lang ?? (source.title ? scriptLang(source.title) : undefined);
}

/** One line of plain text: "Title, Publisher (via X), 2025-12-18, https://…" (no title: publisher first). */
export function sourceText(source: Source): string {
  const publisher = [source.publisher, viaLabel(source)].filter(Boolean).join(' ');
  return [source.title ?? `${publisher} (${UNTITLED_SOURCE})`, ...(source.title ? [publisher] : []), source.published, source.url]
    .filter(Boolean)
    .join(', ');
}
