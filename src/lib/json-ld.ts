/**
 * Structured data (schema.org JSON-LD) for each page type, and the one safe
 * way to put it inside <script>: characters that could close the script or
 * confuse an HTML parser are written as JSON unicode escapes.
 */

/** JSON that can sit inside <script type="application/ld+json"> whatever the text holds. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function breadcrumbList(items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  };
}

export function newsArticle(a: {
  title: string;
  description: string;
  url: string;
  published: string;
  updated?: string | undefined;
  authors: string[];
  publisher: string;
  about: string[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    datePublished: a.published,
    dateModified: a.updated ?? a.published,
    author: a.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: a.publisher },
    about: a.about.map((name) => ({ '@type': 'Thing', name })),
  };
}

export function organisation(o: { name: string; url: string; website: string; country: string; description?: string | undefined }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.name,
    url: o.website,
    sameAs: [o.url],
    address: { '@type': 'PostalAddress', addressCountry: o.country },
    ...(o.description ? { description: o.description } : {}),
  };
}

export function dataset(d: {
  name: string;
  description: string;
  url: string;
  licence: string;
  publisher: string;
  dateModified: string;
  files: { name: string; url: string; format: string }[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.name,
    description: d.description,
    url: d.url,
    license: d.licence,
    dateModified: d.dateModified,
    creator: { '@type': 'Organization', name: d.publisher },
    distribution: d.files.map((f) => ({ '@type': 'DataDownload', name: f.name, contentUrl: f.url, encodingFormat: f.format })),
  };
}
