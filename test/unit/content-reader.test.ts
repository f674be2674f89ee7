/** File-level faults in content are named with the file and what is wrong; valid oddities are read as they are. */
import { describe, expect, it } from 'vitest';
import { decodeContent, readContentText, type ContentFormat } from '../../src/lib/content-reader';

const read = (text: string, format: ContentFormat = 'yaml') => readContentText(text, 'content/programmes/x.yaml', format);

describe('file-level faults', () => {
  it.each([
    ['an empty file', '', 'yaml', 'content/programmes/x.yaml: is empty: expected a YAML mapping of fields'],
    ['a file of blank lines', '\n  \n', 'yaml', 'is empty'],
    ['a file that is only a comment', '# to do\n', 'yaml', 'holds no data (only comments or blank lines)'],
    ['a YAML list where a mapping is expected', '- name: A\n- name: B\n', 'yaml', 'is a YAML list ("- " items): expected a YAML mapping'],
    ['a single value', 'just words\n', 'yaml', 'is a single YAML value'],
    ['duplicate keys', 'name: A\nname: B\n', 'yaml', /is not valid YAML \(line 2, column \d+\): duplicated mapping key/],
    ['tab indentation', 'partners:\n\t- organisation: a\n', 'yaml', /is not valid YAML \(line 2, column \d+\): tab characters are not allowed in indentation; indent with spaces/],
    ['front matter that never closes', '---\ntitle: A\n\nBody text\n', 'frontmatter', 'front matter opened with "---" on line 1 is never closed'],
    ['no front matter at all', 'Body text\n', 'frontmatter', 'has no front matter'],
    ['an empty Markdown file', '', 'frontmatter', 'is empty: expected front matter'],
    ['front matter that is a list', '---\n- a\n---\nBody\n', 'frontmatter', 'is a YAML list'],
  ] as const)('names %s', (_name, text, format, expected) => {
    expect(() => read(text, format)).toThrow(expected);
  });

  it('names bytes that are not UTF-8, with their offset', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('name: Caf'), 0xe9, ...new TextEncoder().encode('\n')]);
    expect(() => decodeContent(bytes, 'content/organisations/cafe.yaml')).toThrow('content/organisations/cafe.yaml: is not valid UTF-8 text (first bad byte at offset 9)');
  });
});

describe('valid input is read as written', () => {
  it('drops a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name: A\n')]);
    expect(read(decodeContent(bytes, 'x.yaml')).data).toEqual({ name: 'A' });
  });
  it('reads Windows line endings in YAML and front matter', () => {
    expect(read('name: A\r\nkind: carmaker\r\n').data).toEqual({ name: 'A', kind: 'carmaker' });
    expect(read('---\r\ntitle: A\r\n---\r\nBody\r\n', 'frontmatter')).toEqual({ data: { title: 'A' }, body: 'Body\r\n' });
  });
  it('keeps CJK, emoji and long titles whole', () => {
    const long = 'x'.repeat(300);
    expect(read(`name: 出光興産 🔋\ntitle: ${long}\n`).data).toEqual({ name: '出光興産 🔋', title: long });
  });
  it('reads front matter with an empty body', () => {
    expect(read('---\ntitle: A\n---\n', 'frontmatter')).toEqual({ data: { title: 'A' }, body: '' });
  });
});
