/**
 * Checks every internal link in a built site: HTML href/src/srcset (with
 * #fragments), links inside feeds (item links, guids and the escaped HTML of
 * full-text content), URLs in the JSON (JSON Feed HTML read as HTML), CSV and
 * iCalendar files.
 * A link is internal when it is root-relative or on the site's own origin; it
 * must sit under the base path and resolve to a file (and an id, for fragments).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { listFiles } from './html';

export interface LinkProblem {
  file: string;
  url: string;
  why: string;
}

const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&#39;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos|#39);/g, (m) => ENTITY[m]!);

function urlsIn(file: string, text: string): string[] {
  const ext = extname(file);
  if (ext === '.html' || ext === '.xsl') {
    const attrs = [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
    const srcsets = [...text.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((p) => p.trim().split(/\s+/)[0]!));
    return [...attrs, ...srcsets];
  }
  if (ext === '.xml') {
    const plain = [...text.matchAll(/<(?:link|guid|loc)[^>]*>([^<]+)<\//g)].map((m) => decode(m[1]!));
    const hrefs = [...text.matchAll(/\s(?:href)="([^"]*)"/g)].map((m) => decode(m[1]!));
    // Full-text content is escaped HTML: decode once and read its links too.
    const inner = [...decode(text).matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
    return [...plain, ...hrefs, ...inner];
  }
  if (ext === '.json') {
    // Parsed, so escaped quotes cannot end a URL; strings holding HTML (JSON Feed content_html) are read as HTML.
    const strings: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(text));
    return strings.flatMap((s) =>
      /<[a-z]/i.test(s) ? [...s.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!)) : [...s.matchAll(/https?:\/\/[^\s",;<>]+/g)].map((m) => m[0]),
    );
  }
  if (ext === '.csv' || ext === '.ics' || ext === '.txt') {
    return [...text.replace(/\r?\n /g, '').matchAll(/https?:\/\/[^\s",;<>]+/g)].map((m) => m[0]);
  }
  return [];
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => m[1]!));
    idCache.set(file, ids);
  }
  return ids;
}

export function checkLinks(dir: string, options: { origin: string; base: string }): { checked: number; problems: LinkProblem[] } {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const problems: LinkProblem[] = [];
  let checked = 0;
  idCache.clear();
  for (const file of listFiles(dir).filter((f) => /\.(html|xml|xsl|json|csv|ics|txt)$/.test(f) && !f.startsWith('pagefind/'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const raw of urlsIn(file, text)) {
      let url = raw;
      if (url.startsWith(options.origin)) url = url.slice(options.origin.length) || '/';
      if (!url.startsWith('/') || url.startsWith('//')) continue;
      checked++;
      if (!url.startsWith(base)) {
        problems.push({ file, url: raw, why: `not under the base ${base}` });
        continue;
      }
      const [pathPart, fragment] = url.slice(base.length - 1).split('#') as [string, string | undefined];
      const path = decodeURIComponent(pathPart.split('?')[0]!);
      let target = join(dir, path);
      if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
      if (!existsSync(target)) {
        problems.push({ file, url: raw, why: 'no such file' });
        continue;
      }
      if (fragment && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(fragment))) {
        problems.push({ file, url: raw, why: `no element with id "${fragment}"` });
      }
    }
  }
  return { checked, problems };
}

/** Link texts that do not say where they go. */
export const VAGUE_LABELS = /^(click here|here|read more|more|this|this link|link|learn more|continue reading)$/i;

export function vagueLinks(dir: string): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)) {
      const label = m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
      if (VAGUE_LABELS.test(label)) problems.push({ file, url: m[1]!, why: `vague link text "${label}"` });
    }
  }
  return problems;
}
