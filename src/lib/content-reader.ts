/**
 * Reads one content file the way Astro's loaders do (js-yaml, the same
 * front-matter rule) but refuses what they accept silently or crash on: bytes
 * that are not UTF-8 (Astro decodes them to U+FFFD), an empty or comment-only
 * file (a stack trace from the glob loader's id generation), a YAML list or
 * scalar where a mapping is expected, a front-matter block that never closes
 * (read as no front matter at all). js-yaml's own errors (duplicate keys, tabs
 * in indentation) are reworded with the file, line and column.
 */
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';

export type ContentFormat = 'yaml' | 'frontmatter';

/** A fault in a content file as a whole; the message starts with the file. */
export class ContentFileError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ContentFileError';
    this.file = file;
    this.reason = reason;
  }
}

export interface ContentFile {
  /** The parsed mapping (YAML file or front matter). */
  data: Record<string, unknown>;
  /** Markdown body after the front matter ('' for YAML files). */
  body: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 strictly and drops a byte-order mark. */
export function decodeContent(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    throw new ContentFileError(file, `is not valid UTF-8 text (first bad byte at offset ${at}); save the file as UTF-8`);
  }
  return withoutBom(text);
}

/** The text without a leading byte-order mark, which editors on Windows add. */
export const withoutBom = (text: string): string => (text.startsWith('\uFEFF') ? text.slice(1) : text);

/** Offset of the first bad byte: where streaming decoding fails, or the start of the sequence it cut short. */
function firstInvalidByte(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; i++) {
    try {
      decoder.decode(bytes.subarray(i, i + 1), { stream: true });
    } catch {
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const b = bytes[k] ?? 0;
        if (b < 0x80) break;
        if (b >= 0xc0) return k + (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) > i ? k : i;
      }
      return i;
    }
  }
  return bytes.length;
}

/** Splits "---\n…\n---\n" front matter from the body (CRLF allowed). */
export function splitFrontmatter(text: string, file: string): { front: string; body: string } {
  if (!/^---\r?\n/.test(text)) throw new ContentFileError(file, 'has no front matter: expected the file to start with a line "---", the front matter, and a closing "---"');
  const m = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!m) throw new ContentFileError(file, 'front matter opened with "---" on line 1 is never closed: add a line "---" after the last field');
  return { front: m[1] ?? '', body: m[2]! };
}

/** Parses YAML text into a mapping, naming the file for every way that can fail. */
export function parseMapping(text: string, file: string, what: string): Record<string, unknown> {
  if (text.trim() === '') throw new ContentFileError(file, `is empty: expected ${what}`);
  let value: unknown;
  try {
    value = yaml.load(text, { filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const where = error.mark ? ` (line ${error.mark.line + 1}, column ${error.mark.column + 1})` : '';
      const reason = /tab characters/.test(error.reason) ? 'tab characters are not allowed in indentation; indent with spaces' : error.reason;
      throw new ContentFileError(file, `is not valid YAML${where}: ${reason}`);
    }
    throw error;
  }
  if (value === null || value === undefined) throw new ContentFileError(file, `holds no data (only comments or blank lines): expected ${what}`);
  if (Array.isArray(value)) throw new ContentFileError(file, `is a YAML list ("- " items): expected ${what}, one "key: value" per line`);
  if (typeof value !== 'object' || value instanceof Date) throw new ContentFileError(file, `is a single YAML value: expected ${what}`);
  return value as Record<string, unknown>;
}

/** Reads and parses a content file; throws ContentFileError naming the file and the fault. */
export function readContentText(text: string, file: string, format: ContentFormat): ContentFile {
  if (format === 'yaml') return { data: parseMapping(text, file, 'a YAML mapping of fields'), body: '' };
  if (text.trim() === '') throw new ContentFileError(file, 'is empty: expected front matter between "---" lines, then the body');
  const { front, body } = splitFrontmatter(text, file);
  return { data: parseMapping(front, file, 'front matter fields between the "---" lines'), body };
}

/** Reads the file at `path` (reported as `file`). */
export function readContentFile(path: string, format: ContentFormat, file = path): ContentFile {
  return readContentText(decodeContent(readFileSync(path), file), file, format);
}
