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
  return { ...(i > 0 ? { prev: sequence[i - 1]! } : {}), ...(i < sequence.length - 1 ? { next: sequence[i + 1]! } : {}) };
}

export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Headings worth listing in the table of contents (h2 and h3). */
export function tableOfContents(headings: readonly TocHeading[]): TocHeading[] {
  return headings.filter((h) => h.depth === 2 || h.depth === 3);
}
