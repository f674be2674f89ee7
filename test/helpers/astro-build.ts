/**
 * Runs the build in child processes on a given content set, the way
 * `npm run build` does (the social-image pre-build step, then `astro build`),
 * with its own output and cache folders so builds of different content sets
 * never share state. The one thing they share is the social-image render
 * cache: it is keyed by everything an image shows, so a hit is the image a
 * fresh render would draw.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

export const AS_OF = '2026-12-02';
export const SITE_URL = 'https://solid-state-tracker.example';

export interface BuildOptions {
  /** Content root, relative to the project or absolute. */
  contentDir: string;
  /** Name of the output folder under test-output/. */
  name: string;
  basePath?: string;
  asOf?: string;
  /** Project folder to build (a copy with its own src/); default this project. */
  root?: string;
  /** Astro's cache folder, used as it is and kept (incremental builds); default a fresh one beside the output. */
  cacheDir?: string;
  /** Build into the output folder as the last build of this name left it (incremental builds keep it). */
  keepOutput?: boolean;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** `npm run images`: the pre-build step, as a command line for spawnSync (the benchmark and Lighthouse runs use it too). */
export const SOCIAL_IMAGES_COMMAND = ['--import', './src/build/register.mjs', 'src/build/social-images.ts'];

export function astroBuild({ contentDir, name, basePath = '/', asOf = AS_OF, root = '.', cacheDir: keptCache, keepOutput = false }: BuildOptions): BuildResult {
  const outDir = resolve('test-output', name);
  const cacheDir = keptCache ?? resolve('test-output', `${name}.cache`);
  const imageDir = resolve('test-output', `${name}.og`);
  if (!keepOutput) rmSync(outDir, { recursive: true, force: true });
  if (!keptCache) rmSync(cacheDir, { recursive: true, force: true });
  rmSync(imageDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // Vitest's own variables (NODE_ENV=test, MODE, BASE_URL …) must not leak into the production build.
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(VITEST|VITE_|NODE_ENV$|MODE$|BASE_URL$|DEV$|PROD$|SSR$|TEST$)/.test(k)) env[k] = v;
  }
  Object.assign(env, {
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    SOCIAL_IMAGE_DIR: imageDir,
    AS_OF: asOf,
    BASE_PATH: basePath,
    SITE_URL,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  const images = spawnSync(process.execPath, SOCIAL_IMAGES_COMMAND, { cwd: root, env, encoding: 'utf8' });
  const imageOutput = `${images.stdout}\n${images.stderr}`;
  if (images.status !== 0) return { status: images.status, output: imageOutput, outDir };
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, output: `${imageOutput}\n${run.stdout}\n${run.stderr}`, outDir };
}

/** Builds a content set that must build: throws with the tail of Astro's output when it does not. */
export function astroBuildOrThrow(options: BuildOptions): BuildResult {
  const result = astroBuild(options);
  const where = options.basePath && options.basePath !== '/' ? ` under ${options.basePath}` : '';
  if (result.status !== 0) throw new Error(`Building ${options.contentDir} (${options.name})${where} failed:\n${result.output.slice(-4000)}`);
  return result;
}
