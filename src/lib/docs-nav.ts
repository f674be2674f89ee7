/** Documentation navigation: sidebar groups, previous/next, table of contents. */

export interface DocLink {
  label: string;
  href: string;
}

export interface DocGroup {
  label: string;
  links: DocLink[];
}

/** The page before and after `current` in reading order across all groups. */
export function prevNext(groups: readonly DocGroup[], current: string): { prev?: DocLink; next?: DocLink } {
  const sequence = groups.flatMap((g) => g.links);
  const i = sequence.findIndex((l) => l.href === current);
  if (i === -1) return {};
  const prev = sequence[i - 1];
  const next = sequence[i + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Beyond this many entries a contents list stops helping; long pages list their h2s only. */
export const TOC_LIMIT = 24;

/** Headings worth listing in the table of contents: h2 and h3, or only h2 on long pages. */
export function tableOfContents(headings: readonly TocHeading[]): TocHeading[] {
  const both = headings.filter((h) => h.depth === 2 || h.depth === 3);
  return both.length > TOC_LIMIT ? both.filter((h) => h.depth === 2) : both;
}
