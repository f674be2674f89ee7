/**
 * Every internal URL of the site, built in one place so that links honour
 * Astro's `base` (deployment under a sub-path) and the trailing-slash format.
 */

/** Joins a site path ("/programmes/x/") onto a base ("/ssb/"); leaves external and fragment links alone. */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  if (trimmed !== '' && (path === trimmed || path.startsWith(`${trimmed}/`))) return path;
  return `${trimmed}${path}`;
}

/** The configured base, as Astro exposes it ("/" or "/ssb/"). */
function base(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/** A site path with the base prefixed. */
export function href(path: string): string {
  return withBase(path, base());
}

export const paths = {
  home: () => href('/'),
  news: (page = 1) => href(page === 1 ? '/news/' : `/news/${page}/`),
  article: (id: string) => href(`/news/${id}/`),
  programmes: () => href('/programmes/'),
  programme: (id: string) => href(`/programmes/${id}/`),
  organisations: () => href('/organisations/'),
  organisation: (id: string) => href(`/organisations/${id}/`),
  electrolytes: () => href('/electrolytes/'),
  electrolyte: (id: string) => href(`/electrolytes/${id}/`),
  guides: () => href('/guides/'),
  guide: (id: string) => href(`/guides/${id}/`),
  about: () => href('/about/'),
  search: () => href('/search/'),
  feeds: () => href('/feeds/'),
};
