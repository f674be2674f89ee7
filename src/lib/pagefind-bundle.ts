/**
 * Pagefind's bundle in a kept output folder. Pagefind (1.6) writes a content-hashed file (a result fragment, an
 * index chunk, a filter, a language's metadata) only when no file of that name exists, and deletes nothing. So
 * after indexing, the folder holds the new bundle plus whatever the last one had that this one does not: the
 * fragment of a deleted or edited page, superseded index chunks. `staleBundleFiles` names those, from the
 * bundle's own record of what it is: pagefind-entry.json names each language's metadata file, and that file
 * (gzip; a "pagefind_dcd" signature and CBOR) names every fragment, index chunk and filter file of the language.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesUnder } from './output-sweep';

interface Entry {
  languages: Record<string, { hash: string }>;
}

const SIGNATURE = 'pagefind_dcd';

/** The metadata files the bundle's entry names, decoded as text (their names are plain ASCII inside the CBOR). */
function currentMetadata(bundle: string): Map<string, string> {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const metadata = new Map<string, string>();
  for (const { hash } of Object.values(entry.languages)) {
    const file = `pagefind.${hash}.pf_meta`;
    const text = gunzipSync(readFileSync(join(bundle, file))).toString('latin1');
    if (!text.startsWith(SIGNATURE)) throw new Error(`${file} does not start with Pagefind's "${SIGNATURE}" signature: the bundle format has changed`);
    metadata.set(file, text);
  }
  return metadata;
}

/**
 * Files under `bundle` (paths relative to it) that the current bundle does not use: not written since `since`
 * (ms, from the file system's clock: Pagefind rewrites its scripts and styles every run) and, for a hashed file,
 * not named by the current metadata. Throws when the bundle's entry or metadata cannot be read.
 */
export function staleBundleFiles(bundle: string, since: number): string[] {
  if (!existsSync(bundle)) return [];
  const metadata = currentMetadata(bundle);
  const texts = [...metadata.values()];
  const named = (file: string) => {
    const name = basename(file).replace(/\.[^.]+$/, '');
    return texts.some((text) => text.includes(name));
  };
  return filesUnder(bundle)
    .map((file) => relative(bundle, file))
    .filter((path) => {
      if (metadata.has(path) || statSync(join(bundle, path)).mtimeMs >= since) return false;
      const hashed = /^(fragment|index|filter)\//.test(path);
      return !(hashed && named(path));
    })
    .sort();
}



