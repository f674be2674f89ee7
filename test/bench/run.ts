/**
 * `npm run bench [-- --sizes 1000,5000 --formats md,mdx --runs 1]`: generates synthetic
 * content (test/bench/generate.ts), builds the whole site from it (pages,
 * Pagefind, every feed and data file) and, in the same run, a bare Astro
 * reference site (one collection, one page per article) from the same
 * articles, indexed by the Pagefind CLI. Prints a table — N, wall time, time
 * per page, peak memory, Pagefind time, for both, and ours/reference — and
 * writes it to bench-output/results.md. Not part of `npm test`.
 *
 * Our site's social images (the pre-build step, `npm run images`) are timed
 * apart from its build, twice per run: cold (an empty render cache, so every
 * image is drawn) and warm (the same content again, so none is). The build
 * columns exclude them, so they compare like with like against the reference.
 *
 * These machines are noisy (the same build varies by ±15%), so `--runs k`
 * builds both sites k times, alternating, and reports the median wall time of
 * each and the range of the per-run ratios.
 *
 * Warm rows (`--warm false` skips them): after the cold build of our site, its
 * cache and output are kept, one article's body is edited, and the site is
 * built again with that cache, into the kept output folder and into an empty
 * one, and without a cache (cold, the same content); the rows give wall and
 * CPU times, warm/cold, whether each warm output is byte-identical to the cold
 * one (every file, the Pagefind index included) and where each build's time
 * goes, from the moment each line of Astro's log arrives: start-up, content
 * sync, bundling, page generation (pages rendered and reused), Pagefind.
 * A second warm build of another edit, one page at a time (BUILD_CONCURRENCY=1),
 * splits page generation into rendered pages, rendered feeds and data files,
 * and copied pages, each line of the log then belonging to one path.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { generateContent, generateReferenceSite, type Format } from './generate.ts';
import { SOCIAL_IMAGES_COMMAND } from '../helpers/astro-build.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const sizes = (args.get('sizes') ?? '1000,5000').split(',').map(Number);
const formats = (args.get('formats') ?? 'md,mdx').split(',') as Format[];
const runs = Math.max(1, Number(args.get('runs') ?? 1));
const warm = args.get('warm') !== 'false';
const OUT = resolve('bench-output');
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const PAGEFIND = resolve('node_modules/.bin/pagefind');

interface Run {
  wall: number;
  /** User + system CPU seconds of the build and its child processes: steadier than wall time on a shared machine. */
  cpu: number;
  peakMb: number;
  /** Lowest and highest peak over the runs (summaries only). */
  peakRange?: [number, number];
  pagefind: number;
  pages: number;
  /** Every file the build generated outside the Pagefind bundle and copied assets: pages, feeds, data files. */
  outputs: number;
  /** Social images (ours only): how many, and the pre-build step's wall and CPU seconds cold and warm. */
  images?: { count: number; cold: Timing; warm: Timing; renderedWarm: number };
}

interface Timing {
  wall: number;
  cpu: number;
}

/** HTML pages and every generated output (HTML, XML, JSON, CSV, ICS), outside the Pagefind bundle. */
function countOutputs(dir: string): { pages: number; outputs: number } {
  const counts = { pages: 0, outputs: 0 };
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name === 'pagefind' || name === '_astro') continue;
      const sub = countOutputs(full);
      counts.pages += sub.pages;
      counts.outputs += sub.outputs;
    } else if (/\.(html|xml|json|csv|ics)$/.test(name)) {
      counts.outputs++;
      if (name.endsWith('.html')) counts.pages++;
    }
  }
  return counts;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** Runs a command under GNU time; returns wall seconds, CPU seconds (user + system), peak MB and its output. */
function timed(cmd: string, argv: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }) {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', cmd, ...argv], { ...options, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wall = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-4000)}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0);
  const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(run.stderr)?.[1] ?? NaN);
  return { wall, cpu: seconds('User') + seconds('System'), peakMb: peakKb / 1024, output: `${run.stdout}\n${run.stderr}` };
}

/** The pre-build step's report line: "social images: 1150 (1150 rendered, 0 unchanged) in 9000 ms". */
function imageCounts(output: string): { count: number; rendered: number } {
  const m = /social images: (\d+) \((\d+) rendered/.exec(output);
  if (!m) throw new Error(`no social-image report in:\n${output.slice(-2000)}`);
  return { count: Number(m[1]), rendered: Number(m[2]) };
}

const AS_OF = '2026-11-29';
const oursEnv = (content: string, outDir: string, cacheDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...process.env,
  CONTENT_DIR: content,
  OUT_DIR: outDir,
  ASTRO_CACHE_DIR: cacheDir,
  AS_OF,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...extra,
});

/** Our site, cold: an empty output folder and a cache of its own; `keepCache` leaves the cache for a warm build. */
function buildOurs(content: string, name: string, keepCache = false): Run {
  const outDir = join(OUT, `${name}-ours-dist`);
  // Start from an empty output folder, as the reference does: emptying a previous run's 200 MB is not build work.
  // A cold content cache each run, as the reference has: removed before and after, so runs leave nothing behind.
  const cacheDir = join(OUT, `${name}-ours-cache`);
  const imageDir = join(OUT, `${name}-ours-og`);
  const renderCache = join(OUT, `${name}-ours-og-renders`);
  for (const d of [outDir, cacheDir, imageDir, renderCache]) rmSync(d, { recursive: true, force: true });
  const env = oursEnv(content, outDir, cacheDir, { SOCIAL_IMAGE_DIR: imageDir, SOCIAL_IMAGE_CACHE: renderCache });
  const cold = timed(process.execPath, SOCIAL_IMAGES_COMMAND, { env });
  const warm = timed(process.execPath, SOCIAL_IMAGES_COMMAND, { env });
  const r = timed(process.execPath, [ASTRO, 'build'], { env });
  rmSync(renderCache, { recursive: true, force: true });
  if (!keepCache) rmSync(cacheDir, { recursive: true, force: true });
  const pagefind = Number(/indexed \d+ pages in (\d+) ms/.exec(r.output)?.[1] ?? NaN) / 1000;
  const images = { count: imageCounts(cold.output).count, cold: { wall: cold.wall, cpu: cold.cpu }, warm: { wall: warm.wall, cpu: warm.cpu }, renderedWarm: imageCounts(warm.output).rendered };
  return { wall: r.wall, cpu: r.cpu, peakMb: r.peakMb, pagefind, ...countOutputs(outDir), images };
}

// ---- Warm rebuilds -----------------------------------------------------------

/** Astro's log with colours removed, each line with the second it arrived at (from the start of the command). */
interface TimedLog {
  wall: number;
  /** User + system CPU seconds of the build and its children (GNU time), steadier than wall time on a shared machine. */
  cpu: number;
  lines: { at: number; text: string }[];
}

/** Runs a command and notes when each line of its output arrives (Astro's own timestamps have whole seconds only). */
function timedLines(cmd: string, argv: string[], env: NodeJS.ProcessEnv): Promise<TimedLog> {
  return new Promise((resolveRun, reject) => {
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', cmd, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines: TimedLog['lines'] = [];
    const partial = { out: '', err: '' };
    const take = (stream: 'out' | 'err') => (chunk: Buffer) => {
      const at = (performance.now() - started) / 1000;
      const text = partial[stream] + chunk.toString('utf8');
      const parts = text.split('\n');
      partial[stream] = parts.pop() ?? '';
      // eslint-disable-next-line no-control-regex
      for (const line of parts) lines.push({ at, text: line.replace(/\x1b\[[0-9;]*m/g, '') });
    };
    child.stdout.on('data', take('out'));
    child.stderr.on('data', take('err'));
    child.on('error', reject);
    child.on('close', (code) => {
      const at = (performance.now() - started) / 1000;
      for (const rest of [partial.out, partial.err]) if (rest) lines.push({ at, text: rest });
      const seconds = (label: string) => Number(lines.map((l) => new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(l.text)?.[1]).find((v) => v !== undefined) ?? NaN);
      if (code !== 0) reject(new Error(`${cmd} ${argv.join(' ')} failed (${code}):\n${lines.slice(-40).map((l) => l.text).join('\n')}`));
      else resolveRun({ wall: at, cpu: seconds('User') + seconds('System'), lines });
    });
  });
}

/** The build's phases from its log; every phase ends where the next begins, so they add up to the wall time. */
export interface Phases {
  startup: number;
  sync: number;
  bundle: number;
  pages: number;
  pagefind: number;
  rest: number;
  rendered: number;
  copied: number;
}

function phases(log: TimedLog): Phases {
  const at = (pattern: RegExp, from = 0) => {
    const i = log.lines.findIndex((l, j) => j >= from && pattern.test(l.text));
    if (i === -1) throw new Error(`bench: no log line matches ${pattern}`);
    return i;
  };
  const sync = at(/\[content\] Syncing content/);
  const synced = at(/\[content\] Synced content/, sync);
  const generating = at(/generating static routes/, synced);
  const generated = at(/✓ Completed in/, generating);
  const indexed = at(/\[ssb-pagefind\] indexed \d+ pages in \d+ ms/, generated);
  const t = (i: number) => log.lines[i]!.at;
  const pagefind = Number(/indexed \d+ pages in (\d+) ms/.exec(log.lines[indexed]!.text)?.[1]) / 1000;
  const text = log.lines.slice(generating, generated + 1).map((l) => l.text).join('\n');
  return {
    startup: t(sync),
    sync: t(synced) - t(sync),
    bundle: t(generating) - t(synced),
    pages: t(generated) - t(generating),
    pagefind,
    rest: log.wall - t(generated) - pagefind,
    rendered: (text.match(/\(\+\d+(?:\.\d+)?m?s\)/g) ?? []).length,
    copied: (text.match(/\((?:restored|cached)\)/g) ?? []).length,
  };
}

/** One line a path at BUILD_CONCURRENCY=1: "├─ /path (+12ms)" (rendered) or "├─ /path (restored)" (copied). */
export interface Breakdown {
  html: { n: number; s: number };
  files: { n: number; s: number };
  copied: { n: number; s: number };
}

function breakdown(log: TimedLog): Breakdown {
  const out: Breakdown = { html: { n: 0, s: 0 }, files: { n: 0, s: 0 }, copied: { n: 0, s: 0 } };
  const generating = log.lines.findIndex((l) => /generating static routes/.test(l.text));
  const generated = log.lines.findIndex((l, j) => j > generating && /✓ Completed in/.test(l.text));
  const text = log.lines.slice(generating, generated).map((l) => l.text).join('\n');
  for (const m of text.matchAll(/├─ (\S+)\s*\((?:\+(\d+(?:\.\d+)?)(m?s)|(restored|cached))\)/g)) {
    if (m[4]) {
      out.copied.n++;
      continue;
    }
    const s = Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
    const kind = m[1]!.endsWith('.html') ? out.html : out.files;
    kind.n++;
    kind.s += s;
  }
  // Copies print no time of their own: they get what the phase spent beyond the rendered paths.
  out.copied.s = Math.max(0, log.lines[generated]!.at - log.lines[generating]!.at - out.html.s - out.files.s);
  return out;
}

/** SHA-256 of every file under `dir`, by relative path. */
function treeDigest(dir: string, root = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) treeDigest(full, root, out);
    else out.set(relative(root, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return out;
}

/** Files that differ between two trees (present in one only, or with other bytes). */
function treeDifferences(a: string, b: string): string[] {
  const [da, db] = [treeDigest(a), treeDigest(b)];
  return [...new Set([...da.keys(), ...db.keys()])].filter((f) => da.get(f) !== db.get(f)).sort();
}

/** Edits the body of one article, as an editor would: a sentence at the end. */
function editArticle(content: string, format: Format, i: number, run: number): string {
  const file = join(content, 'articles', `article-${i}.${format}`);
  appendFileSync(file, `\nCorrected for the warm-build benchmark, edit ${run}.\n`);
  return file;
}

interface Measured {
  wall: number;
  cpu: number;
  phases: Phases;
  /** Files that differ from the cold build of the same content. */
  differing: string[];
}

interface WarmRun {
  cold: Measured;
  /** Warm into the output folder of the build before, kept (an editor's machine, a host that keeps dist/). */
  kept: Measured;
  /** Warm into an empty output folder, from the cache alone (a host that keeps only the cache folder). */
  cacheOnly: Measured;
}

/**
 * After `buildOurs(…, keepCache)`: edit one article, then build it warm twice, from the same starting point (the
 * cache is copied first, outside the timings): into the kept output folder, and into an empty one from the cache
 * alone; then cold (a fresh cache); and compare each warm output with the cold one.
 */
async function warmRun(content: string, name: string, format: Format, n: number, run: number): Promise<WarmRun> {
  const cacheDir = join(OUT, `${name}-ours-cache`);
  const keptOut = join(OUT, `${name}-ours-dist`);
  const spareCache = join(OUT, `${name}-spare-cache`);
  const freshOut = join(OUT, `${name}-warm-dist`);
  const coldOut = join(OUT, `${name}-cold-dist`);
  const coldCache = join(OUT, `${name}-cold-cache`);
  rmSync(spareCache, { recursive: true, force: true });
  cpSync(cacheDir, spareCache, { recursive: true });
  editArticle(content, format, Math.floor(n / 2) + run, run);
  // The images of the cold run serve the warm builds: an edited body changes no image (the image step's own warm
  // cost is its column in the first table).
  const og = { SOCIAL_IMAGE_DIR: join(OUT, `${name}-ours-og`) };
  const kept = await timedLines(process.execPath, [ASTRO, 'build'], oursEnv(content, keptOut, cacheDir, og));
  rmSync(freshOut, { recursive: true, force: true });
  const cacheOnly = await timedLines(process.execPath, [ASTRO, 'build'], oursEnv(content, freshOut, spareCache, og));
  rmSync(spareCache, { recursive: true, force: true });
  rmSync(coldOut, { recursive: true, force: true });
  rmSync(coldCache, { recursive: true, force: true });
  const cold = await timedLines(process.execPath, [ASTRO, 'build'], oursEnv(content, coldOut, coldCache, og));
  rmSync(coldCache, { recursive: true, force: true });
  const measured = (log: TimedLog, dir: string): Measured => ({ wall: log.wall, cpu: log.cpu, phases: phases(log), differing: dir === coldOut ? [] : treeDifferences(dir, coldOut) });
  return { cold: measured(cold, coldOut), kept: measured(kept, keptOut), cacheOnly: measured(cacheOnly, freshOut) };
}

/** One more edit, rebuilt warm one page at a time, for the per-path breakdown. */
async function serialWarmRun(content: string, name: string, format: Format, n: number, run: number): Promise<Breakdown> {
  const cacheDir = join(OUT, `${name}-ours-cache`);
  const out = join(OUT, `${name}-ours-dist`);
  editArticle(content, format, Math.floor(n / 2) + run, run);
  const log = await timedLines(process.execPath, [ASTRO, 'build'], oursEnv(content, out, cacheDir, { BUILD_CONCURRENCY: '1', SOCIAL_IMAGE_DIR: join(OUT, `${name}-ours-og`) }));
  return breakdown(log);
}

function buildReference(content: string, name: string, format: Format): Run {
  const root = join(OUT, `${name}-ref`);
  generateReferenceSite(root, resolve(content, 'articles'), format);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const r = timed(process.execPath, [ASTRO, 'build'], { cwd: root, env });
  const pf = timed(PAGEFIND, ['--site', join(root, 'dist')], { cwd: root, env });
  return { wall: r.wall + pf.wall, cpu: r.cpu + pf.cpu, peakMb: Math.max(r.peakMb, pf.peakMb), pagefind: pf.wall, ...countOutputs(join(root, 'dist')) };
}

const medianTiming = (all: Timing[]): Timing => ({ wall: median(all.map((t) => t.wall)), cpu: median(all.map((t) => t.cpu)) });

const peakCell = (r: Run) =>
  r.peakRange && r.peakRange[0] !== r.peakRange[1] ? `${Math.round(r.peakMb)} (${Math.round(r.peakRange[0])}–${Math.round(r.peakRange[1])})` : `${Math.round(r.peakMb)}`;

/**
 * Medians over the runs, peak memory included: a build's peak RSS is bimodal on these machines (the same
 * 5,000-MDX build peaks at about 2.1 or 2.5 GB, ours and the reference alike, by when V8 collects), so the
 * highest of a few runs compares luck; the range is printed beside it.
 */
function summarise(all: Run[]): Run {
  const images = all.flatMap((r) => (r.images ? [r.images] : []));
  return {
    wall: median(all.map((r) => r.wall)), cpu: median(all.map((r) => r.cpu)), pagefind: median(all.map((r) => r.pagefind)), peakMb: median(all.map((r) => r.peakMb)),
    peakRange: [Math.min(...all.map((r) => r.peakMb)), Math.max(...all.map((r) => r.peakMb))],
    pages: all[0]!.pages, outputs: all[0]!.outputs,
    ...(images[0] && { images: { count: images[0].count, cold: medianTiming(images.map((i) => i.cold)), warm: medianTiming(images.map((i) => i.warm)), renderedWarm: Math.max(...images.map((i) => i.renderedWarm)) } }),
  };
}

/** The social-image columns: count, cold and warm seconds (wall) and CPU ms per image; blank for the reference. */
function imageColumns(r: Run): string {
  const i = r.images;
  if (!i) return '| | | | | |';
  const perImage = (t: Timing) => ((t.cpu * 1000) / i.count).toFixed(1);
  return `| ${i.count} | ${i.cold.wall.toFixed(1)} | ${perImage(i.cold)} | ${i.warm.wall.toFixed(1)} (${i.renderedWarm} drawn) | ${perImage(i.warm)} |`;
}

mkdirSync(OUT, { recursive: true });
const warmRows: string[] = [];
const breakdownRows: string[] = [];
const rows: string[] = [];
const header =
  '| N | format | site | pages | outputs | wall (s) | ms/page | CPU (s) | peak MB | Pagefind (s) | ours/ref wall | per-run ratios | ours/ref CPU | images | images cold (s) | CPU ms/image cold | images warm (s) | CPU ms/image warm |\n' +
  '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|';
console.log(header);
for (const n of sizes) {
  for (const format of formats) {
    const name = `n${n}-${format}`;
    const content = join(OUT, `${name}-content`);
    generateContent(content, n, format);
    const refs: Run[] = [];
    const ourRuns: Run[] = [];
    for (let i = 0; i < runs; i++) {
      refs.push(buildReference(content, name, format));
      ourRuns.push(buildOurs(content, name, warm && i === runs - 1));
    }
    const ref = summarise(refs);
    const ours = summarise(ourRuns);
    const ratios = ourRuns.map((o, i) => o.wall / refs[i]!.wall).sort((a, b) => a - b);
    const line = (site: string, r: Run, ratio: string, range: string, cpuRatio: string) =>
      `| ${n} | ${format} | ${site} | ${r.pages} | ${r.outputs} | ${r.wall.toFixed(1)} | ${((r.wall * 1000) / r.pages).toFixed(1)} | ${r.cpu.toFixed(1)} | ${peakCell(r)} | ${r.pagefind.toFixed(1)} | ${ratio} | ${range} | ${cpuRatio} ${imageColumns(r)}`;
    const range = runs > 1 ? `${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}× (${runs} runs)` : '1 run';
    for (const l of [line('reference', ref, '', '', ''), line('ours', ours, `${(ours.wall / ref.wall).toFixed(2)}×`, range, `${(ours.cpu / ref.cpu).toFixed(2)}×`)]) {
      console.log(l);
      rows.push(l);
    }
    if (!warm) continue;
    const warmRuns: WarmRun[] = [];
    for (let i = 0; i < runs; i++) warmRuns.push(await warmRun(content, name, format, n, i));
    const middle = warmRuns[(warmRuns.length - 1) >> 1]!;
    const cold = median(warmRuns.map((r) => r.cold.wall));
    const coldCpu = median(warmRuns.map((r) => r.cold.cpu));
    const phaseCells = (p: Phases) => `${p.rendered} / ${p.copied} | ${p.startup.toFixed(1)} | ${p.sync.toFixed(1)} | ${p.bundle.toFixed(1)} | ${p.pages.toFixed(1)} | ${p.pagefind.toFixed(1)} | ${p.rest.toFixed(1)}`;
    const row = (label: string, pick: (r: WarmRun) => Measured) => {
      const wall = median(warmRuns.map((r) => pick(r).wall));
      const cpu = median(warmRuns.map((r) => pick(r).cpu));
      const differing = [...new Set(warmRuns.flatMap((r) => pick(r).differing))];
      const identical = differing.length === 0 ? 'yes' : `**no**: ${differing.length} files (${differing.slice(0, 3).join(', ')}…)`;
      return `| ${n} | ${format} | ${label} | ${wall.toFixed(1)} | ${(wall / cold).toFixed(2)}× | ${cpu.toFixed(1)} | ${(cpu / coldCpu).toFixed(2)}× | ${identical} | ${phaseCells(pick(middle).phases)} |`;
    };
    for (const warmLine of [
      `| ${n} | ${format} | cold | ${cold.toFixed(1)} | | ${coldCpu.toFixed(1)} | | | ${phaseCells(middle.cold.phases)} |`,
      row('warm, output kept', (r) => r.kept),
      row('warm, cache only', (r) => r.cacheOnly),
    ]) {
      console.log(warmLine);
      warmRows.push(warmLine);
    }
    const b = await serialWarmRun(content, name, format, n, runs);
    const bLine = `| ${n} | ${format} | ${b.html.n} in ${b.html.s.toFixed(1)} s | ${b.files.n} in ${b.files.s.toFixed(1)} s | ${b.copied.n} in ${b.copied.s.toFixed(1)} s |`;
    console.log(bLine);
    breakdownRows.push(bLine);
  }
}
const warmHeader =
  '| N | format | build | wall (s) | warm/cold wall | CPU (s) | warm/cold CPU | byte-identical | rendered / reused | start-up | content sync | bundle | pages | Pagefind | rest |\n|---:|---|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|';
const breakdownHeader = '| N | format | HTML pages rendered | feeds, calendars, embeds, data files rendered | pages and files reused |\n|---:|---|---:|---:|---:|';
const warmTables = warm
  ? `\n## Warm rebuilds: one article's body edited\n\n` +
    `Cold is the same content built without a cache. Warm reuses the cache of the build before the edit, either into that build's output folder ` +
    `("output kept": reused pages stay where they are) or into an empty one ("cache only", as on a host that keeps only .cache/astro: reused pages are copied from the cache). ` +
    `Phases (seconds) are read from each build's log as it arrives; "rest" is the sitemap and exit. ` +
    `Median of ${runs} run(s), each editing another article; byte-identical compares every file of the warm and cold outputs, the Pagefind index included.\n\n` +
    `${warmHeader}\n${warmRows.join('\n')}\n\n` +
    `Page generation of one more warm rebuild rendered one path at a time (BUILD_CONCURRENCY=1), so each path's time is its own; ` +
    `reused paths print no time, and are given what the phase spent beyond the rendered paths.\n\n${breakdownHeader}\n${breakdownRows.join('\n')}\n`
  : '';
const table = `${header}\n${rows.join('\n')}\n`;
writeFileSync(
  join(OUT, 'results.md'),
  `# Build benchmark (${new Date().toISOString().slice(0, 10)})\n\n` +
    `Wall time includes Pagefind for both sites (ours: integration; reference: CLI), median of ${runs} alternating run(s); ` +
    `CPU is user + system seconds of the build and its child processes (median); ` +
    `peak memory is the median of the runs, with their range. "outputs" counts every generated page, feed and data file. ` +
    `Social images (ours only) are not in the build columns: the pre-build step is timed on its own, cold (empty render cache: ` +
    `every image drawn) and warm (the same content again: none drawn); CPU ms/image is its user + system time, worker threads ` +
    `included, over the number of images.\n\n${table}${warmTables}`,
);
console.log(`\nWritten to ${join(OUT, 'results.md')}`);
