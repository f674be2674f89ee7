/** The code digest every incremental-build key carries (src/lib/code-digest.ts), on throwaway projects. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeDigest } from '../../src/lib/code-digest';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project with a component, a stylesheet, a config, an entry and a component beside the content. */
function project(changes: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'code-digest-'));
  made.push(root);
  const files: Record<string, string> = {
    'src/components/Cite.astro': '<details class="cite"><slot /></details>\n',
    'src/styles/global.css': 'body { margin: 0; }\n',
    'astro.config.mjs': 'export default {};\n',
    'content/articles/a.md': '---\ntitle: A\n---\nBody.\n',
    'content/programmes/p.yaml': 'name: P\n',
    'content/components/Callout.astro': '<aside><slot /></aside>\n',
    'src/node_modules/ignored.js': 'x',
    ...changes,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const digest = (root: string) => codeDigest(root, ['src', 'astro.config.mjs'], join(root, 'content'));

describe('codeDigest', () => {
  const base = digest(project());

  it('is the same for the same code wherever the project lies', () => {
    expect(digest(project())).toBe(base);
  });

  it.each([
    ['a component', 'src/components/Cite.astro', '<details class="cite"><slot /></details>\n<style>details { margin: 0; }</style>\n'],
    ['a stylesheet', 'src/styles/global.css', 'body { margin: 1px; }\n'],
    ['the config', 'astro.config.mjs', 'export default { base: "/x/" };\n'],
    ['a component beside the content', 'content/components/Callout.astro', '<aside role="note"><slot /></aside>\n'],
    ['a new file', 'src/lib/new.ts', 'export const x = 1;\n'],
  ])('moves when %s changes', (_what, path, text) => {
    expect(digest(project({ [path]: text }))).not.toBe(base);
  });

  it.each([
    ['an article', 'content/articles/a.md', '---\ntitle: B\n---\nOther body.\n'],
    ['a programme', 'content/programmes/p.yaml', 'name: Q\n'],
    ['a file under node_modules', 'src/node_modules/ignored.js', 'y'],
  ])('stays when %s changes (entries have digests of their own)', (_what, path, text) => {
    expect(digest(project({ [path]: text }))).toBe(base);
  });
});
