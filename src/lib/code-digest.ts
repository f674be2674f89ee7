/**
 * One digest of the site's code, for the incremental-build keys.
 *
 * Astro renders a cached page again when the page's own module graph
 * changes. That is not enough here: with `security.csp`, every page's
 * <meta http-equiv="content-security-policy"> lists the hashes of the inline
 * scripts and styles of the whole build, so adding a `<style>` to one
 * component changes the bytes of every page, including pages that never
 * import it (found by test/build/incremental.test.ts). Until Astro folds the
 * build's CSP hashes into its own check, every key carries this digest: any
 * change to the site's code renders every page again, as a cold build would.
 * Content edits, the case incremental builds are for, leave it alone.
 *
 * Counted: every file under the code folders (src/), the config file, and
 * every file of the content folder that is not an entry (components an MDX
 * entry imports from beside the content can carry styles and scripts too).
 * Entries are left to their own digests.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Content entries: the keys count them by their own digests. */
export const ENTRY_FILE = /\.(md|mdx|ya?ml)$/;

function filesUnder(dir: string, keep: (path: string) => boolean, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  if (!statSync(dir).isDirectory()) {
    if (keep(dir)) out.push(dir);
    return out;
  }
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    filesUnder(join(dir, name), keep, out);
  }
  return out;
}

/**
 * Digest of the code under `root`: `code` paths (folders or files) whole, and
 * the files of `content` that are not entries. Paths enter relative to `root`,
 * so the same code gives the same digest wherever the project lies.
 */
export function codeDigest(root: string, code: readonly string[], content?: string): string {
  const files = [
    ...code.flatMap((path) => filesUnder(join(root, path), () => true)),
    ...(content === undefined ? [] : filesUnder(content, (path) => !ENTRY_FILE.test(path)).map((path) => ({ path, content: true }))),
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    const path = typeof file === 'string' ? file : file.path;
    const label = typeof file === 'string' ? relative(root, path) : `content:${relative(content ?? root, path)}`;
    hash.update(`${label}\n`);
    hash.update(readFileSync(path));
    hash.update('\n');
  }
  return hash.digest('hex');
}
