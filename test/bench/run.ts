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
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateContent, generateReferenceSite, type Format } from './generate.ts';
import { SOCIAL_IMAGES_COMMAND } from '../helpers/astro-build.ts';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const sizes = (args.get('sizes') ?? '1000,5000').split(',').map(Number);
const formats = (args.get('formats') ?? 'md,mdx').split(',') as Format[];
const runs = Math.max(1, Number(args.get('runs') ?? 1));
const OUT = resolve('bench-output');
const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const PAGEFIND = resolve('node_modules/.bin/pagefind');

interface Run {
  wall: number;
  /** User + system CPU seconds of the build and its child processes: steadier than wall time on a shared machine. */
  cpu: number;
  peakMb: number;
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

function buildOurs(content: string, name: string): Run {
  const outDir = join(OUT, `${name}-ours-dist`);
  // Start from an empty output folder, as the reference does: emptying a previous run's 200 MB is not build work.
  // A cold content cache each run, as the reference has: removed before and after, so runs leave nothing behind.
  const cacheDir = join(OUT, `${name}-ours-cache`);
  const imageDir = join(OUT, `${name}-ours-og`);
  const renderCache = join(OUT, `${name}-ours-og-renders`);
  for (const d of [outDir, cacheDir, imageDir, renderCache]) rmSync(d, { recursive: true, force: true });
  const env = {
    ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, SOCIAL_IMAGE_DIR: imageDir, SOCIAL_IMAGE_CACHE: renderCache,
    AS_OF: '2026-11-29', ASTRO_TELEMETRY_DISABLED: '1',
  };
  const cold = timed(process.execPath, SOCIAL_IMAGES_COMMAND, { env });
  const warm = timed(process.execPath, SOCIAL_IMAGES_COMMAND, { env });
  const r = timed(process.execPath, [ASTRO, 'build'], { env });
  for (const d of [cacheDir, renderCache]) rmSync(d, { recursive: true, force: true });
  const pagefind = Number(/indexed \d+ pages in (\d+) ms/.exec(r.output)?.[1] ?? NaN) / 1000;
  const images = { count: imageCounts(cold.output).count, cold: { wall: cold.wall, cpu: cold.cpu }, warm: { wall: warm.wall, cpu: warm.cpu }, renderedWarm: imageCounts(warm.output).rendered };
  return { wall: r.wall, cpu: r.cpu, peakMb: r.peakMb, pagefind, ...countOutputs(outDir), images };
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

/** Median wall, CPU and Pagefind time over the runs, peak memory over all of them. */
function summarise(all: Run[]): Run {
  const images = all.flatMap((r) => (r.images ? [r.images] : []));
  return {
    wall: median(all.map((r) => r.wall)), cpu: median(all.map((r) => r.cpu)), pagefind: median(all.map((r) => r.pagefind)), peakMb: Math.max(...all.map((r) => r.peakMb)),
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
      ourRuns.push(buildOurs(content, name));
    }
    const ref = summarise(refs);
    const ours = summarise(ourRuns);
    const ratios = ourRuns.map((o, i) => o.wall / refs[i]!.wall).sort((a, b) => a - b);
    const line = (site: string, r: Run, ratio: string, range: string, cpuRatio: string) =>
      `| ${n} | ${format} | ${site} | ${r.pages} | ${r.outputs} | ${r.wall.toFixed(1)} | ${((r.wall * 1000) / r.pages).toFixed(1)} | ${r.cpu.toFixed(1)} | ${Math.round(r.peakMb)} | ${r.pagefind.toFixed(1)} | ${ratio} | ${range} | ${cpuRatio} ${imageColumns(r)}`;
    const range = runs > 1 ? `${ratios[0]!.toFixed(2)}–${ratios.at(-1)!.toFixed(2)}× (${runs} runs)` : '1 run';
    for (const l of [line('reference', ref, '', '', ''), line('ours', ours, `${(ours.wall / ref.wall).toFixed(2)}×`, range, `${(ours.cpu / ref.cpu).toFixed(2)}×`)]) {
      console.log(l);
      rows.push(l);
    }
  }
}
const table = `${header}\n${rows.join('\n')}\n`;
writeFileSync(
  join(OUT, 'results.md'),
  `# Build benchmark (${new Date().toISOString().slice(0, 10)})\n\n` +
    `Wall time includes Pagefind for both sites (ours: integration; reference: CLI), median of ${runs} alternating run(s); ` +
    `CPU is user + system seconds of the build and its child processes (median); ` +
    `peak memory is the highest of the runs. "outputs" counts every generated page, feed and data file. ` +
    `Social images (ours only) are not in the build columns: the pre-build step is timed on its own, cold (empty render cache: ` +
    `every image drawn) and warm (the same content again: none drawn); CPU ms/image is its user + system time, worker threads ` +
    `included, over the number of images.\n\n${table}`,
);
console.log(`\nWritten to ${join(OUT, 'results.md')}`);
