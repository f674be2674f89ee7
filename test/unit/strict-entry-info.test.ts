/**
 * The strict wrapper around Astro's parsers: every file-level fault is still named by our reader, and a
 * valid file is parsed once (Astro's result, untouched). The parsers here are Astro's own: the front-matter
 * parser its Markdown and MDX entry types call, and the js-yaml call of its YAML entry type.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import yaml from 'js-yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { strictEntryInfo, type EntryInfo, type EntryInfoParams } from '../../src/lib/strict-entry-info';
import type { ContentFormat } from '../../src/lib/content-reader';

/** Astro's parsers as its entry types call them, counting calls. */
function astroParser(format: ContentFormat) {
  const calls = { n: 0 };
  const parse = ({ contents }: EntryInfoParams): EntryInfo => {
    calls.n++;
    if (format === 'yaml') return { data: yaml.load(contents), rawData: contents };
    const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
    return { data: parsed.frontmatter, body: parsed.content.trim(), rawData: parsed.rawFrontmatter };
  };
  return { parse, calls };
}

const dir = mkdtempSync(join(tmpdir(), 'strict-entry-'));
/** Writes the bytes, then runs the wrapped parser the way the glob loader does (it reads the file as UTF-8). */
async function run(format: ContentFormat, bytes: string | Uint8Array, name = format === 'yaml' ? 'x.yaml' : 'x.md') {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const contents = typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes);
  const { parse, calls } = astroParser(format);
  const wrapped = strictEntryInfo(parse, format, () => ({ path, file: `content/${name}` }));
  return { info: await wrapped({ fileUrl: pathToFileURL(path), contents }), calls };
}

describe('faults are named by the strict reader', () => {
  it.each([
    ['an empty YAML file', 'yaml', '', 'content/x.yaml: is empty'],
    ['a comment-only YAML file', 'yaml', '# later\n', 'holds no data'],
    ['a YAML list', 'yaml', '- a\n- b\n', 'is a YAML list'],
    ['a YAML scalar', 'yaml', 'words\n', 'is a single YAML value'],
    ['duplicate keys (Astro throws its own error)', 'yaml', 'name: A\nname: B\n', /content\/x\.yaml: is not valid YAML \(line 2/],
    ['an unclosed front matter (Astro reads no front matter)', 'frontmatter', '---\ntitle: A\n\nBody\n', 'is never closed'],
    ['a Markdown file without front matter', 'frontmatter', 'Body\n', 'has no front matter'],
    ['front matter after a blank line (Astro accepts it)', 'frontmatter', '\n---\ntitle: A\n---\nBody\n', 'has no front matter'],
    ['front matter that is a list', 'frontmatter', '---\n- a\n---\nBody\n', 'is a YAML list'],
    ['a closing fence with text after it (Astro closes there)', 'frontmatter', '---\ntitle: A\n---x\nmore: b\n', 'is never closed'],
  ] as const)('%s', async (_name, format, text, expected) => {
    await expect(run(format, text)).rejects.toThrow(expected);
  });

  it('names bytes that are not UTF-8, which Astro decodes to U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name: Caf'), 0xe9, ...new TextEncoder().encode('\nkind: carmaker\n')]);
    await expect(run('yaml', bytes)).rejects.toThrow('content/x.yaml: is not valid UTF-8 text (first bad byte at offset 9)');
  });
});

describe('valid files are parsed once, by Astro', () => {
  afterEach(() => vi.restoreAllMocks());
  it.each([
    ['YAML', 'yaml', 'name: 出光興産\nkind: materials-supplier\n', { name: '出光興産', kind: 'materials-supplier' }],
    ['YAML with a byte-order mark', 'yaml', '\uFEFFname: A\n', { name: 'A' }],
    ['front matter', 'frontmatter', '---\ntitle: A\ntags: [x]\n---\nBody\n', { title: 'A', tags: ['x'] }],
    ['front matter with CRLF and a byte-order mark', 'frontmatter', '\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n', { title: 'A' }],
  ] as const)('%s', async (_name, format, text, data) => {
    // Our reader parses through js-yaml's default export; Astro's front-matter parser through its own import.
    const load = vi.spyOn(yaml, 'load');
    const { info, calls } = await run(format, text);
    expect(info.data).toEqual(data);
    expect(calls.n).toBe(1);
    expect(load).toHaveBeenCalledTimes(format === 'yaml' ? 1 : 0);
  });

  it('accepts a real U+FFFD in valid UTF-8, after checking the bytes on disk', async () => {
    const { info } = await run('yaml', 'name: "A \uFFFD"\n');
    expect(info.data).toEqual({ name: 'A \uFFFD' });
  });
});
