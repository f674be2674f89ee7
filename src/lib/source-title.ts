/**
 * How a source title reads on a page. Titles we could not see are recorded
 * as "[slug] <last part of the address>" (sourcing policy: never invent a
 * headline); readers get that said in words instead of the bare slug.
 */
export function displaySourceTitle(title: string): string {
  const slug = /^\[slug\]\s+(.+)$/.exec(title);
  return slug ? `[headline not recorded; page “${slug[1]!.replace(/\]$/, '')}”]` : title;
}
