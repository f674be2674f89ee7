/**
 * Helpers for feed XML that @astrojs/rss does not escape for us: its
 * `customData` strings are parsed as XML, so any text put there is escaped
 * here first. Also makes root-relative URLs in full-text HTML absolute, since
 * feed readers have no page URL to resolve them against.
 */

/** Escapes text for XML element content or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Rewrites href/src values that start with "/" (not "//") to absolute URLs on `origin`. */
export function absolutiseUrls(html: string, origin: string): string {
  const root = origin.replace(/\/+$/, '');
  return html.replace(/(\s(?:href|src|poster)=)(["'])\/(?!\/)/g, `$1$2${root}/`).replace(/(\ssrcset=)(["'])([^"']*)\2/g, (_m, attr: string, q: string, value: string) => {
    const fixed = value
      .split(',')
      .map((part) => part.trim().replace(/^\/(?!\/)/, `${root}/`))
      .join(', ');
    return `${attr}${q}${fixed}${q}`;
  });
}

/** RFC 822 dates need a Date; content days are taken as midnight UTC. */
export function feedDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}
