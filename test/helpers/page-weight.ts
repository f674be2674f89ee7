/**
 * What a page costs a reader on first load, in gzip bytes: its HTML, the
 * stylesheets it links or inlines, and the JavaScript it loads eagerly
 * (module scripts plus their static imports; dynamic imports load on use and
 * are not counted). Inline JavaScript is reported on its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  inlineJs: number;
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

function fileFor(dir: string, url: string): string {
  return join(dir, url.replace(/^\//, '').split('?')[0]!);
}

/** Eager module graph from an entry: follows `import … from "./x.js"` and bare `import "./x.js"`. */
function moduleGraph(dir: string, entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(fileFor(dir, entry))) return seen;
  seen.add(entry);
  const code = readFileSync(fileFor(dir, entry), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g)) {
    moduleGraph(dir, posix.join(posix.dirname(entry), m[1]!), seen);
  }
  return seen;
}

export function pageWeight(dir: string, pagePath: string): PageWeight {
  const htmlFile = pagePath.endsWith('.html') ? join(dir, pagePath) : join(dir, pagePath, 'index.html');
  const html = readFileSync(htmlFile, 'utf8');
  const css =
    [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce((n, m) => n + gz(readFileSync(fileFor(dir, m[1]!))), 0) +
    [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + gz(m[1]!), 0);
  const modules = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) for (const f of moduleGraph(dir, m[1]!)) modules.add(f);
  const js = [...modules].reduce((n, f) => n + gz(readFileSync(fileFor(dir, f))), 0);
  const inlineJs = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gz(m[1]!), 0);
  return { html: gz(html), css, js, inlineJs };
}

