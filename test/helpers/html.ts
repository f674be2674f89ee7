/** Small readers for built output: load a page, list pages, pull text and links. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The HTML of the page at a site path ("/programmes/x/"), or throws naming the missing file. */
export function readPage(dir: string, path: string): string {
  const rel = path.replace(/^\//, '');
  const file = /\.[a-z]+$/.test(rel) ? join(dir, rel) : join(dir, rel, 'index.html');
  if (!existsSync(file)) throw new Error(`no page at ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

/** True when the page exists. */
export function hasPage(dir: string, path: string): boolean {
  return existsSync(join(dir, path.replace(/^\//, ''), 'index.html'));
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/** Visible text of an HTML fragment, tags stripped and whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    // Tags were replaced by spaces; punctuation that followed an inline element closes up again.
    .replace(/ ([,.:;)])/g, '$1')
    .trim();
}
