/**
 * What emptying the output folder did, for a build that keeps it
 * (src/integrations/incremental-output.ts): delete every file the build
 * neither wrote nor kept, then the folders left empty.
 */
import { existsSync, readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

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
function removeEmptyFolders(dir: string): void {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (!statSync(full).isDirectory()) continue;
    removeEmptyFolders(full);
    if (readdirSync(full).length === 0) rmdirSync(full);
  }
}

/**
 * Deletes the files under `outDir` that are not kept; returns their paths relative to it.
 * Kept: `built` (absolute paths), files modified at or after `since` (ms), and files whose path relative to `outDir` is in `publicFiles`.
 */
export function sweepOutput(outDir: string, keep: { built: ReadonlySet<string>; since: number; publicFiles: ReadonlySet<string> }): string[] {
  const removed: string[] = [];
  for (const file of filesUnder(outDir)) {
    const path = relative(outDir, file);
    if (keep.built.has(file) || keep.publicFiles.has(path) || statSync(file).mtimeMs >= keep.since) continue;
    unlinkSync(file);
    removed.push(path);
  }
  if (existsSync(outDir)) removeEmptyFolders(outDir);
  return removed.sort();
}
