/**
 * Astro's glob loader, refusing duplicate ids. The stock loader reads files
 * concurrently and checks for an existing id before either file is stored,
 * so `a.md` and `a.mdx` (or two entries with the same `slug`) silently
 * overwrite each other. Here each file's id is claimed when its data is
 * parsed: a second file with an id already taken fails the sync, naming both.
 *
 * Each file's parse is also made strict (src/lib/strict-entry-info.ts): an
 * empty file, bad UTF-8 or an unclosed front matter fails naming the file,
 * instead of a stack trace from the loader or silently replaced bytes.
 */
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strictEntryInfo, type GetEntryInfo } from './strict-entry-info';

export class DuplicateIdError extends Error {
  constructor(collection: string, id: string, first: string, second: string) {
    super(`Duplicate id "${id}" in collection "${collection}": both ${first} and ${second} would be published at the same address. Rename one of the files.`);
    this.name = 'DuplicateIdError';
  }
}

export function strictGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'strict-glob',
    load: (context: LoaderContext) => {
      // id → file that claimed it. Checked when each file's data is parsed,
      // which happens before Astro's own (racy) check and before any write.
      const owners = new Map<string, string>();
      const store = context.store;
      const checked = Object.create(store) as typeof store;
      checked.delete = (id) => {
        owners.delete(id);
        store.delete(id);
      };
      const parseData: typeof context.parseData = (props) => {
        const file = props.filePath ?? '';
        const owner = owners.get(props.id);
        if (owner !== undefined && owner !== file) {
          // Files are read concurrently, so either may come first; name them in a stable order.
          const [a, b] = [owner, file].map((f) => relative(process.cwd(), f)).sort() as [string, string];
          throw new DuplicateIdError(context.collection, props.id, a, b);
        }
        owners.set(props.id, file);
        return context.parseData(props);
      };
      const entryTypes = strictEntryTypes((context as ContextWithEntryTypes).entryTypes);
      return inner.load({ ...context, store: checked, parseData, ...(entryTypes && { entryTypes }) } as LoaderContext);
    },
  };
}

/** Astro passes the glob loader its parsers per extension, outside the public LoaderContext type. */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, { getEntryInfo: GetEntryInfo }> };

const locate = (fileUrl: URL) => {
  const path = fileURLToPath(fileUrl);
  return { path, file: relative(process.cwd(), path) };
};

/** The same parsers, made strict so file-level faults are named (src/lib/strict-entry-info.ts). */
function strictEntryTypes(types: ContextWithEntryTypes['entryTypes']): ContextWithEntryTypes['entryTypes'] {
  if (!types) return undefined;
  return new Map(
    [...types].map(([ext, type]) => [
      ext,
      { ...type, getEntryInfo: strictEntryInfo(type.getEntryInfo.bind(type), ext === '.yaml' || ext === '.yml' ? 'yaml' : 'frontmatter', locate) },
    ]),
  );
}
