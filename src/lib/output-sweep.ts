/**
 * What emptying the output folder did, for a build that keeps it
 * (src/integrations/incremental-output.ts): delete every file the build
 * neither wrote nor kept, then the folders left empty.
 */
import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir` (absolute paths); none when it does not exist. */
export function filesUnder(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) filesUnder(full, out);
    else out.push(full);
  }
  return out;
}

/** Removes the empty folders under `dir` (not `dir` itself), deepest first. */
export function removeEmptyFolders(dir: string): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (!statSync(full).isDirectory()) continue;
    removeEmptyFolders(full);
    if (readdirSync(full).length === 0) rmdirSync(full);
  }
}

export interface Kept {
  /** Absolute paths Astro built or reused. */
  built: ReadonlySet<string>;
  /** Files modified at or after this time (ms) were written by this build. */
  since: number;
  /** Paths relative to the output folder that public/ provides. */
  publicFiles: ReadonlySet<string>;
  /**
   * Top-level folders another step keeps exact itself, after the sweep: the search index (Pagefind
   * rewrites only what changed and deletes what it no longer makes) and the social images (mirrored).
   */
  owned: readonly string[];
}

/** Deletes the files under `outDir` that are not kept; returns their paths relative to it. */
export function sweepOutput(outDir: string, keep: Kept): string[] {
  const removed: string[] = [];
  const owned = keep.owned.map((folder) => `${folder}${sep}`);
  for (const file of filesUnder(outDir)) {
    const path = relative(outDir, file);
    if (owned.some((folder) => path.startsWith(folder))) continue;
    if (keep.built.has(file) || keep.publicFiles.has(path) || statSync(file).mtimeMs >= keep.since) continue;
    unlinkSync(file);
    removed.push(path);
  }
  if (existsSync(outDir)) removeEmptyFolders(outDir);
  return removed.sort();
}
