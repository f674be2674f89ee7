/**
 * Incremental builds are exact: a warm build (Astro's cache of the build
 * before) gives byte for byte what a cold build of the same content gives,
 * every file, the Pagefind index included. Three pairs, each in its own copy
 * of the project and the fixture content set, with its own cache:
 *
 *   1. nothing changed;
 *   2. content: an article's body edited, an article added, an article
 *      deleted, a target restated, an organisation renamed, an achieved date
 *      added, and the as-of day moved past a milestone window's end;
 *   3. code: a page component and its styles changed, and a component used
 *      inside an MDX article changed. Every page renders again: with the
 *      Content Security Policy each page lists the style and script hashes of
 *      the whole build, so the keys carry a digest of all the code
 *      (src/lib/code-digest.ts); this pair shows a page that never imports the
 *      changed components changing all the same.
 *
 * Each change has a page that only it changes (named below), so a key that
 * missed it would leave that page stale and fail the comparison. Each pair
 * also checks that the warm build did reuse pages (the cache's stored copies
 * of the pages it rendered are rewritten; the others keep their time), so the
 * comparison cannot pass by rendering everything.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, AS_OF, type BuildResult } from '../helpers/astro-build';
import { listFiles } from '../helpers/html';

const BASE = resolve('test-output', 'incremental');
const LATER = '2027-02-15';
const src = (slug: string) => `{ title: Fixture ${slug}, publisher: Fixture Wire, url: "https://news.example.com/${slug}" }`;

/**
 * A copy of the project (code, config, lockfile; node_modules linked) and of
 * the fixture content, with what the pairs need on top: an organisation and
 * articles of its own, a programme whose window closes in January 2027, an
 * article and a guide that print SiteFigures, and an article using a component
 * kept beside the content.
 */
function workspace(name: string) {
  const dir = join(BASE, name);
  rmSync(dir, { recursive: true, force: true });
  const project = join(dir, 'project');
  const content = join(dir, 'content');
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(item, join(project, item), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  // The social-image render cache is keyed by everything an image shows, so the copies share the project's.
  mkdirSync(resolve('.cache/og/renders'), { recursive: true });
  mkdirSync(join(project, '.cache/og'), { recursive: true });
  symlinkSync(resolve('.cache/og/renders'), join(project, '.cache/og/renders'), 'dir');
  cpSync('test/fixtures/valid', content, { recursive: true });
  const write = (path: string, text: string) => {
    mkdirSync(join(content, path, '..'), { recursive: true });
    writeFileSync(join(content, path), text);
  };
  write('organisations/delta-labs.yaml', 'name: Delta Labs GmbH\nshortName: Delta Labs\nkind: start-up\ncountry: Germany\nwebsite: https://delta.example.com/\n');
  write('organisations/epsilon-energy.yaml', 'name: Epsilon Energy AB\nkind: cell-maker\ncountry: Sweden\nwebsite: https://epsilon.example.com/\n');
  write(
    'programmes/epsilon-cells.yaml',
    `name: Epsilon lithium-metal cells\nshortName: Epsilon\nlead: epsilon-energy\nregion: europe\nstatus: research\nsummary: A fixture programme whose only window closes at the end of January 2027.\nmilestones:\n  - id: a-samples\n    title: A-samples shipped\n    announcements:\n      - { announced: "2025-01-10", target: "2027-01", stated: January 2027, source: ${src('epsilon')} }\nlastVerified: "2026-11-01"\n`,
  );
  const article = (slug: string, front: string, body: string, ext = 'md') =>
    write(`articles/${slug}.${ext}`, `---\n${front}\nsources:\n  - ${src(slug)}\n---\n\n${body}\n`);
  article('delta-notes', 'title: Delta Labs opens a test lab\ndescription: The fixture start-up starts testing cells.\npublished: "2025-09-01"\norganisations: ["delta-labs"]', 'Delta Labs opened a lab.');
  article('delta-old', 'title: Delta Labs is founded\ndescription: The fixture start-up is founded.\npublished: "2024-02-01"\norganisations: ["delta-labs"]', 'Delta Labs was founded.');
  article('beta-profile', 'title: Who Beta is\ndescription: A profile of the fixture supplier.\npublished: "2024-03-03"\norganisations: ["beta-chemicals"]', 'Beta makes sulfide electrolyte.');
  article(
    'figures-note',
    'title: How many milestones are overdue\ndescription: A count the build computes.\npublished: "2025-11-20"',
    "import SiteFigure from '../../project/src/components/SiteFigure.astro';\n\nOn the fixture site <SiteFigure name=\"overdue-milestones\" /> are overdue; the largest slip is <SiteFigure name=\"biggest-slip\" />.",
    'mdx',
  );
  article('callout-note', 'title: Delta Labs, in a box\ndescription: An article with a component of its own.\npublished: "2025-10-10"\norganisations: ["delta-labs"]', "import Callout from '../components/Callout.astro';\n\n<Callout>Delta Labs tests cells at 60 °C.</Callout>", 'mdx');
  write('components/Callout.astro', '<aside class="callout"><slot /></aside>\n');
  appendFileSync(join(content, 'guides/fixture-glossary.mdx'), '\nThe fixture site has <SiteFigure name="overdue-milestones" /> overdue.\n');
  return { dir, project, content, cache: join(dir, 'cache') };
}

type Workspace = ReturnType<typeof workspace>;

function build(ws: Workspace, name: string, options: { cache: string; asOf?: string; keepOutput?: boolean }): BuildResult {
  const result = astroBuild({ contentDir: ws.content, name: `incremental/${name}`, root: ws.project, cacheDir: options.cache, asOf: options.asOf ?? AS_OF, keepOutput: options.keepOutput ?? false });
  expect(result.status, result.output.slice(-3000)).toBe(0);
  return result;
}

/** Stored copies of keyed pages in the cache, by output path, with their modification times. */
function storedCopies(cache: string): Map<string, number> {
  const root = join(cache, 'dist');
  const out = new Map<string, number>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const stat = statSync(full);
      if (stat.isDirectory()) walk(full);
      else out.set(relative(root, full), stat.mtimeMs);
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

/** Keyed pages the warm build rendered (its stored copy rewritten or new) and reused (untouched). */
function reuse(before: Map<string, number>, after: Map<string, number>) {
  const rendered = [...after].filter(([path, time]) => before.get(path) !== time).map(([path]) => path).sort();
  const reused = [...after].filter(([path, time]) => before.get(path) === time).map(([path]) => path).sort();
  return { rendered, reused };
}

/** Files that differ between the two outputs, or are in one only. */
function differences(a: string, b: string): string[] {
  const [fa, fb] = [listFiles(a), listFiles(b)];
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => !fa.includes(f) || !fb.includes(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/**
 * Builds warm on `ws.cache` and cold on a fresh cache; both outputs must be identical. The warm build goes into
 * `into`, the output folder of the build before (kept, so reused pages stay where they are and the pages of deleted
 * entries must be removed), or into a new folder (reused pages are copied from the cache).
 */
function warmAndCold(ws: Workspace, label: string, { asOf = AS_OF, into }: { asOf?: string; into?: string } = {}) {
  const before = storedCopies(ws.cache);
  const warm = build(ws, into ?? `${label}-warm`, { cache: ws.cache, asOf, keepOutput: into !== undefined });
  const after = storedCopies(ws.cache);
  const cold = build(ws, `${label}-cold`, { cache: join(ws.dir, `${label}-cold-cache`), asOf });
  expect(listFiles(warm.outDir)).toContain('pagefind/pagefind-entry.json');
  expect(differences(warm.outDir, cold.outDir)).toEqual([]);
  return { ...reuse(before, after), cold: cold.outDir };
}

const html = (path: string) => `${path.replace(/^\//, '')}index.html`;

describe('incremental builds give the bytes of a cold build', () => {
  it('when nothing changed: every keyed page is reused (copied from the cache into a new output folder)', { timeout: 120_000 }, () => {
    const ws = workspace('unchanged');
    build(ws, 'unchanged-first', { cache: ws.cache });
    const { rendered, reused } = warmAndCold(ws, 'unchanged');
    expect(rendered).toEqual([]);
    // 59 keyed files: 35 of the fixture and 24 of the additions (pages, feeds, calendars, embeds).
    expect(reused.length).toBeGreaterThan(50);
  });

  it('after content edits and a later as-of day: the pages that show them are rendered, the rest reused (in the kept output folder)', { timeout: 180_000 }, () => {
    const ws = workspace('content');
    build(ws, 'content-first', { cache: ws.cache });
    const file = (path: string) => join(ws.content, path);
    const replace = (path: string, from: string, to: string) => {
      const text = readFileSync(file(path), 'utf8');
      expect(text).toContain(from);
      writeFileSync(file(path), text.replace(from, to));
    };
    // An article's body edited (witness: its page, which nothing else changes).
    appendFileSync(file('articles/delta-notes.md'), '\nThe lab has two climate chambers.\n');
    // An article added (witness: its new page).
    writeFileSync(
      file('articles/gamma-update.md'),
      `---\ntitle: Gamma restates its sample date\ndescription: Gamma now aims for the second half of 2027.\npublished: "2026-11-20"\nprogrammes: ["gamma-oxide"]\norganisations: ["gamma-cells"]\nsources:\n  - ${src('gamma-update')}\n---\n\nGamma now aims for the second half of 2027.\n`,
    );
    // An article deleted (witness: Delta's page, whose news list only the deletion changes).
    unlinkSync(file('articles/delta-old.md'));
    // A target restated, into the future: Gamma's samples are no longer overdue (witness: gamma-oxide's calendar).
    replace(
      'programmes/gamma-oxide.yaml',
      '        source: { title: Gamma sets sample date, publisher: Fixture Wire, url: "https://news.example.com/gamma" }\n',
      `        source: { title: Gamma sets sample date, publisher: Fixture Wire, url: "https://news.example.com/gamma" }\n      - { announced: "2026-06-01", target: 2027-H2, stated: second half of 2027, source: ${src('gamma-h2')} }\n`,
    );
    // An organisation renamed (witness: the profile naming only Beta).
    replace('organisations/beta-chemicals.yaml', 'shortName: Beta Chemicals', 'shortName: Beta Chem');
    // An achieved date added (witness: alpha-sulfide's calendar, now CONFIRMED).
    replace('programmes/alpha-sulfide.yaml', '  - id: pilot-plant\n', `    achieved: { date: "2026-11", source: ${src('alpha-sop')} }\n  - id: pilot-plant\n`);
    // The as-of day past the end of Epsilon's January 2027 window (witness: Epsilon Energy's track record, no date on it).
    const { rendered, reused } = warmAndCold(ws, 'content', { asOf: LATER, into: 'content-first' });

    expect(rendered).toEqual(
      expect.arrayContaining([
        html('/news/delta-notes/'),
        html('/news/gamma-update/'),
        html('/organisations/delta-labs/'),
        'programmes/gamma-oxide/milestones.ics',
        html('/news/beta-profile/'),
        'programmes/alpha-sulfide/milestones.ics',
        html('/organisations/epsilon-energy/'),
      ]),
    );
    expect(rendered).not.toContain(html('/news/delta-old/'));
    // Untouched: a guide without figures, the MDX articles (the overdue count and largest slip come out the same),
    // a calendar (none judges against the day), and a feed of nothing that changed.
    expect(reused).toEqual(
      expect.arrayContaining([html('/guides/fixture-methodology/'), html('/guides/fixture-glossary/'), html('/news/figures-note/'), html('/news/callout-note/'), 'programmes/epsilon-cells/milestones.ics', 'programmes/epsilon-cells/changes.xml']),
    );
  });

  it('after code changes: a page component with its styles, and a component inside an MDX article', { timeout: 180_000 }, () => {
    const ws = workspace('code');
    const first = build(ws, 'code-first', { cache: ws.cache });
    const page = html('/guides/fixture-methodology/');
    const csp = (dir: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(join(dir, page), 'utf8'))?.[1];
    const cspBefore = csp(first.outDir);
    // CiteThis is on programme and article pages only (witness: any article page).
    const cite = join(ws.project, 'src/components/CiteThis.astro');
    writeFileSync(cite, `${readFileSync(cite, 'utf8')}\n<style>\n  details.cite summary { letter-spacing: 0.01em; }\n</style>\n`.replace('<summary>Cite {what}</summary>', '<summary>Cite {what} <span class="meta">(three formats)</span></summary>'));
    // The component inside callout-note.mdx (witnesses: its page, and Delta Labs' feeds, which carry its body).
    writeFileSync(join(ws.content, 'components/Callout.astro'), '<aside class="callout" role="note"><strong>Note:</strong> <slot /></aside>\n');
    const { rendered, reused, cold } = warmAndCold(ws, 'code', { into: 'code-first' });

    // Every keyed page rendered again, for the reason the next lines show.
    expect(reused).toEqual([]);
    expect(rendered).toEqual(expect.arrayContaining([html('/news/callout-note/'), 'organisations/delta-labs/rss.xml', html('/guides/fixture-methodology/')]));
    // A page that imports neither component changed all the same: its CSP lists the new style's hash.
    expect(cspBefore).toBeDefined();
    expect(csp(cold)).not.toBe(cspBefore);
  });
});
