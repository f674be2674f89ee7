/** Mirroring the social images into a kept output folder (src/lib/mirror-folder.ts), on throwaway folders. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mirrorFolder } from '../../src/lib/mirror-folder';
import { filesUnder } from '../../src/lib/output-sweep';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'mirror-'));
  made.push(dir);
  return dir;
}

/** Writes a file as the images step does: a new file, never a write into the old one (which a link shares). */
function write(root: string, path: string, text: string, ageSeconds = 0): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  if (existsSync(full)) unlinkSync(full);
  writeFileSync(full, text);
  const t = Date.now() / 1000 - ageSeconds;
  utimesSync(full, t, t);
}

const listing = (root: string) => filesUnder(root).map((f) => f.slice(root.length + 1)).sort();

describe('mirrorFolder', () => {
  it('copies everything into an empty folder', () => {
    const [from, to] = [folder(), join(folder(), 'og')];
    write(from, 'a.png', 'A');
    write(from, 'nested/b.png', 'B');
    expect(mirrorFolder(from, to)).toEqual({ copied: 2, unchanged: 0, removed: [] });
    expect(readFileSync(join(to, 'nested/b.png'), 'utf8')).toBe('B');
  });

  it('links each copy to its original on one file system, so nothing is copied', () => {
    const [from, to] = [folder(), folder()];
    write(from, 'a.png', 'A');
    mirrorFolder(from, to);
    expect(statSync(join(to, 'a.png')).ino).toBe(statSync(join(from, 'a.png')).ino);
  });

  it('keeps a linked copy as it was when the original is replaced, until the next run relinks it', () => {
    const [from, to] = [folder(), folder()];
    write(from, 'a.png', 'old', 60);
    mirrorFolder(from, to);
    write(from, 'a.png', 'new');
    expect(readFileSync(join(to, 'a.png'), 'utf8')).toBe('old');
    expect(mirrorFolder(from, to)).toEqual({ copied: 1, unchanged: 0, removed: [] });
    expect(readFileSync(join(to, 'a.png'), 'utf8')).toBe('new');
  });

  it('copies, with the original\'s time, where the file system cannot link, and finds the copy unchanged next time', () => {
    const [from, to] = [folder(), folder()];
    write(from, 'a.png', 'A', 60);
    const crossDevice = () => {
      throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    };
    expect(mirrorFolder(from, to, crossDevice)).toEqual({ copied: 1, unchanged: 0, removed: [] });
    const [copy, original] = [statSync(join(to, 'a.png')), statSync(join(from, 'a.png'))];
    expect(copy.ino).not.toBe(original.ino);
    expect(Math.abs(copy.mtimeMs - original.mtimeMs)).toBeLessThan(1);
    expect(mirrorFolder(from, to, crossDevice)).toEqual({ copied: 0, unchanged: 1, removed: [] });
  });

  it('lets any other link error through rather than hide it behind a copy', () => {
    const [from, to] = [folder(), folder()];
    write(from, 'a.png', 'A');
    const noSpace = () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    expect(() => mirrorFolder(from, to, noSpace)).toThrow(/ENOSPC/);
  });

  it('on a second run copies only what changed, and deletes what the original no longer has', () => {
    const [from, to] = [folder(), folder()];
    write(from, 'same.png', 'same', 60);
    write(from, 'redrawn.png', 'old', 60);
    write(from, 'gone.png', 'gone', 60);
    mirrorFolder(from, to);
    // Redrawn with the same size: only its time tells it apart.
    write(from, 'redrawn.png', 'new');
    write(from, 'added.png', 'added');
    rmSync(join(from, 'gone.png'));

    expect(mirrorFolder(from, to)).toEqual({ copied: 2, unchanged: 1, removed: ['gone.png'] });
    expect(listing(to)).toEqual(['added.png', 'redrawn.png', 'same.png']);
    expect(readFileSync(join(to, 'redrawn.png'), 'utf8')).toBe('new');
  });

  it('replaces a copy whose size differs even when its time matches (a half-written copy)', () => {
    const [from, to] = [folder(), folder()];
    write(from, 'a.png', 'complete', 60);
    write(to, 'a.png', 'half', 60);
    const t = Date.now() / 1000 - 60;
    utimesSync(join(from, 'a.png'), t, t);
    utimesSync(join(to, 'a.png'), t, t);
    expect(mirrorFolder(from, to).copied).toBe(1);
    expect(readFileSync(join(to, 'a.png'), 'utf8')).toBe('complete');
  });

  it('empties the copy when the original folder does not exist, removing the folders it empties', () => {
    const to = folder();
    write(to, 'articles/x.png', 'X');
    expect(mirrorFolder(join(tmpdir(), 'no-such-image-folder'), to)).toEqual({ copied: 0, unchanged: 0, removed: ['articles/x.png'] });
    expect(existsSync(join(to, 'articles'))).toBe(false);
  });
});
