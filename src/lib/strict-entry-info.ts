/**
 * Astro's per-format parser (`getEntryInfo`), made strict without parsing
 * every file twice. Astro has already read the file as UTF-8 and parses its
 * YAML with the same js-yaml; our strict reader (src/lib/content-reader.ts)
 * is needed only where Astro's result hides a fault: bytes Astro decoded to
 * U+FFFD, a parse error (reworded with the file), no mapping at all (an empty
 * or comment-only file, a list, a scalar, an unclosed front matter), or front
 * matter Astro found where our stricter rule (line 1, a closing "---" line)
 * finds none or finds another block. A valid file is parsed once, by Astro.
 */
import { readContentFile, readContentText, splitFrontmatter, withoutBom, type ContentFormat } from './content-reader';

export interface EntryInfoParams {
  fileUrl: URL;
  contents: string;
}
/** What Astro's parsers return; `rawData` is the YAML text they parsed (for front matter: between the fences). */
export interface EntryInfo {
  data: unknown;
  rawData?: string;
  [key: string]: unknown;
}
export type GetEntryInfo = (params: EntryInfoParams) => EntryInfo | Promise<EntryInfo>;

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && Object.keys(v).length > 0;

/**
 * Wraps `getEntryInfo` for one format. `path` is the file on disk, `file` how errors name it.
 * Any fault throws ContentFileError from the strict reader; otherwise Astro's own result is returned.
 */
export function strictEntryInfo(getEntryInfo: GetEntryInfo, format: ContentFormat, locate: (fileUrl: URL) => { path: string; file: string }): GetEntryInfo {
  return async (params) => {
    const { path, file } = locate(params.fileUrl);
    // Astro decodes bad bytes to U+FFFD; only the bytes on disk can tell a fault from a real U+FFFD.
    if (params.contents.includes('\uFFFD')) readContentFile(path, format, file);
    const text = withoutBom(params.contents);
    const strict = () => readContentText(text, file, format);
    let info: EntryInfo;
    try {
      info = await getEntryInfo(params);
    } catch (error) {
      strict();
      throw error;
    }
    if (!isMapping(info.data)) strict();
    else if (format === 'frontmatter') {
      // Cheap (a regex): throws on a missing or unclosed block; the YAML is parsed again only if the blocks differ.
      const { front } = splitFrontmatter(text, file);
      if ((info.rawData ?? '').replace(/^\r?\n/, '') !== front) strict();
    }
    return info;
  };
}
