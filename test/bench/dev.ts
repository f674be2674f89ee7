/**
 * `node test/bench/dev.ts --content bench-output/n5000-md-content [--article article-2500]`:
 * how long `astro dev` takes to serve a content set (start-up until the
 * server answers, then the first article page), and how long an edit of that
 * article's body takes to show on the page. Run `npm run bench` first for the
 * content. Not part of `npm test`.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i]!.replace(/^--/, ''), process.argv[i + 1] ?? '');
const content = resolve(args.get('content') ?? 'bench-output/n5000-md-content');
const article = args.get('article') ?? 'article-2500';
const port = Number(args.get('port') ?? 4399);
const file = readdirSync(join(content, 'articles')).find((f) => f.startsWith(`${article}.`));
if (!existsSync(content) || !file) throw new Error(`no ${article} under ${content}: run npm run bench first`);

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const env = { ...process.env, CONTENT_DIR: content, AS_OF: '2026-11-29', ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DEV_BACKGROUND: '0' };
const dev = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
let log = '';
dev.stdout.on('data', (c: Buffer) => (log += c));
dev.stderr.on('data', (c: Buffer) => (log += c));

const url = `http://127.0.0.1:${port}/news/${article}/`;
/** Polls `check` every 200 ms for at most `limit` seconds. */
async function until(check: () => Promise<boolean>, limit: number): Promise<void> {
  const end = performance.now() + limit * 1000;
  while (performance.now() < end) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`gave up after ${limit} s; log:\n${log.slice(-3000)}`);
}

try {
  await until(async () => (await fetch(`http://127.0.0.1:${port}/favicon.svg`)).ok, 600);
  const ready = seconds();
  const firstStart = performance.now();
  await until(async () => (await fetch(url)).ok, 600);
  const first = ((performance.now() - firstStart) / 1000).toFixed(1);
  const marker = `Edited to time the dev server ${Date.now()}.`;
  const editStart = performance.now();
  appendFileSync(join(content, 'articles', file), `\n${marker}\n`);
  await until(async () => (await (await fetch(url)).text()).includes(marker), 600);
  const reflect = ((performance.now() - editStart) / 1000).toFixed(1);
  console.log(`| ${readdirSync(join(content, 'articles')).length} articles | server answers after ${ready} s | first article page ${first} s | an edit shows after ${reflect} s |`);
} finally {
  if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
}
