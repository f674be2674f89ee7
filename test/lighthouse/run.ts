/**
 * `npm run lighthouse`: builds the site for the origin it is served from (so
 * canonical URLs are on the same host), serves it locally, runs Lighthouse
 * with Debian's Chromium on four key pages and prints the four scores.
 * Fails (exit 1) when accessibility, best practices or SEO is below 1.0;
 * performance is printed, not judged (it is noisy on 2 cores).
 */
import { createServer } from 'node:net';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveStatic } from '../helpers/static-server.ts';
import { SOCIAL_IMAGES_COMMAND } from '../helpers/astro-build.ts';

const PAGES = ['/', '/news/toyota-idemitsu-agreement/', '/programmes/toyota-idemitsu/', '/timeline/'];
const JUDGED = ['accessibility', 'best-practices', 'seo'];

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });
}

const port = await freePort();
const origin = `http://127.0.0.1:${port}`;
const outDir = resolve('test-output', 'lighthouse-site');
console.log(`Building for ${origin} …`);
const env = { ...process.env, SITE_URL: origin, OUT_DIR: outDir, ASTRO_CACHE_DIR: `${outDir}.cache`, SOCIAL_IMAGE_DIR: `${outDir}.og`, ASTRO_TELEMETRY_DISABLED: '1' };
// The pre-build step first, as `npm run build` runs it: pages need their social images' manifest.
const images = spawnSync(process.execPath, SOCIAL_IMAGES_COMMAND, { env, encoding: 'utf8' });
const build = images.status === 0 ? spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { env, encoding: 'utf8' }) : images;
if (build.status !== 0) {
  console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
  process.exit(1);
}
const { server } = await serveStatic(outDir, '/', port);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  console.log(`\n${'page'.padEnd(40)} perf  a11y  best  seo`);
  for (const page of PAGES) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
    const cats = result!.lhr.categories;
    const score = (k: string) => Math.round((cats[k]?.score ?? 0) * 100);
    console.log(`${page.padEnd(40)} ${['performance', ...JUDGED].map((k) => String(score(k)).padStart(4)).join('  ')}`);
    for (const k of JUDGED) {
      if ((cats[k]?.score ?? 0) < 1) {
        failed = true;
        const audits = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && cats[k]!.auditRefs.some((r) => r.id === a.id && r.weight > 0));
        for (const a of audits) console.log(`   ${k}: ${a.id}: ${a.title}`);
      }
    }
  }
} finally {
  chrome.kill();
  server.close();
}
console.log(failed ? '\nLighthouse: FAILED (accessibility, best practices and SEO must be 100)' : '\nLighthouse: accessibility, best practices and SEO are 100 on every page');
process.exit(failed ? 1 : 0);
