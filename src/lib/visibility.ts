/**
 * The one visibility rule, used by every page, listing, feed, search entry and
 * data file: drafts and articles dated after the as-of day are not published.
 */
export function isPublished(article: { data: { draft: boolean; published: string } }, asOf: string): boolean {
  return !article.data.draft && article.data.published <= asOf;
}
