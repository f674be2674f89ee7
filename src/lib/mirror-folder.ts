/**
 * Makes one folder an exact copy of another, touching only what differs: a
 * file is copied when the copy is missing or its size or modification time
 * differs from the original's (the copy is given the original's time, so an
 * unchanged file is recognised on the next run without reading it), and a
 * file the original no longer has is deleted.
 *
 * The social images are mirrored into a kept output folder this way: copying
 * all 5,334 of them on every build took about 2 s of a 20 s warm rebuild at
 * 5,000 articles; checking them takes a tenth of that.
 */
import { copyFileSync, existsSync, mkdirSync, statSync, unlinkSync, utimesSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder, removeEmptyFolders } from './output-sweep';

export interface MirrorReport {
  copied: number;
  unchanged: number;
  /** Paths relative to the copy's folder. */
  removed: string[];
}

/**
 * Whether a copy carries the original's time. The time is set from a float of seconds, which keeps it to well
 * under a millisecond; a redrawn image is written seconds or more after the copy's original.
 */
const sameTime = (copy: number, original: number) => Math.abs(copy - original) < 1;

export function mirrorFolder(from: string, to: string): MirrorReport {
  const report: MirrorReport = { copied: 0, unchanged: 0, removed: [] };
  const wanted = new Set<string>();
  for (const source of filesUnder(from)) {
    const path = relative(from, source);
    const target = join(to, path);
    wanted.add(path);
    const original = statSync(source);
    const copy = existsSync(target) ? statSync(target) : undefined;
    if (copy && copy.size === original.size && sameTime(copy.mtimeMs, original.mtimeMs)) {
      report.unchanged++;
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    utimesSync(target, original.atimeMs / 1000, original.mtimeMs / 1000);
    report.copied++;
  }
  for (const target of filesUnder(to)) {
    const path = relative(to, target);
    if (wanted.has(path)) continue;
    unlinkSync(target);
    report.removed.push(path);
  }
  if (existsSync(to)) removeEmptyFolders(to);
  report.removed.sort();
  return report;
}
