/**
 * Headless Chromium (Debian's package, driven by playwright-core; never a
 * downloaded browser). Without Chromium the browser tests are skipped, loudly;
 * under CI=true a missing Chromium is an error, so CI can never pass by skipping.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath) {
  if (process.env.CI === 'true') throw new Error('CI=true but no Chromium found (apt-get install -y chromium); browser tests must run in CI.');
  console.warn('\n*** BROWSER TESTS SKIPPED: no Chromium at /usr/bin/chromium. Install it with `apt-get install -y chromium`. ***\n');
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * One browser for the tests of a describe block: launched before them, closed
 * after. Returns a getter, since the browser exists only once beforeAll ran.
 */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser is launched in beforeAll; use it inside a test');
    return browser;
  };
}
