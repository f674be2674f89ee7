/**
 * Build settings read from the environment, each with the default used by
 * `npm start`. Names avoid BASE_URL, which Vite and Vitest set themselves.
 */
import { isValidIsoDate, todayIso } from './dates';

/** Root folder of the content set (CONTENT_DIR), relative to the project. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return (env.CONTENT_DIR ?? './content').replace(/\/+$/, '');
}

/**
 * The "as of" day (AS_OF) against which overdue milestones and freshness are
 * judged. Defaults to today (UTC); fix it for reproducible builds and tests.
 */
export function asOfDate(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.AS_OF;
  if (value === undefined || value === '') return todayIso();
  if (!isValidIsoDate(value)) throw new Error(`AS_OF: expected a date "YYYY-MM-DD", got "${value}"`);
  return value;
}

/**
 * The WebSub hub feeds declare (WEBSUB_HUB), so readers that support it get
 * new items pushed instead of polling; unset, feeds declare none. Must be an
 * absolute https URL (e.g. https://pubsubhubbub.appspot.com/).
 */
export function websubHub(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.WEBSUB_HUB;
  if (value === undefined || value === '') return undefined;
  if (!/^https:\/\/[^\s]+$/.test(value)) throw new Error(`WEBSUB_HUB: expected an https URL, got "${value}"`);
  return value;
}

/**
 * The absolute site URL Astro passes to endpoints (`site` in astro.config.mjs).
 * Feeds, calendars and data files need absolute links, so its absence is a
 * configuration error, said once here.
 */
export function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('astro.config.mjs: `site` must be set; feeds, calendars and data files need absolute URLs');
  return site;
}

/**
 * Where the social-image pre-build step leaves this build's images and their
 * manifest (SOCIAL_IMAGE_DIR, relative to the project): the build reads it and
 * copies the images to /og/. Tests give each content set its own.
 */
export function socialImageDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOCIAL_IMAGE_DIR ?? '.cache/og/site';
}

/** The render cache every build shares (SOCIAL_IMAGE_CACHE): PNGs named by cache key, so any build may reuse any. */
export function socialImageCache(env: NodeJS.ProcessEnv = process.env): string {
  return env.SOCIAL_IMAGE_CACHE ?? '.cache/og/renders';
}
