/**
 * The Astro side of the incremental-build keys (src/lib/cache-keys.ts): the
 * deployment settings as this build sees them, and a wrapper that adds a
 * `cacheKey` to every path a route-factory's getStaticPaths returns (feeds,
 * calendars, embeds), computed from the spec the path renders.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root as rootUrl, srcDir } from 'astro:config/server';
import { contentDir, websubHub } from './build-env';
import { codeDigest } from './code-digest';
import { getSiteData } from './site-data';
import { socialImage } from './social-images';
import type { KeyConfig } from './cache-keys';
import type { SiteIndex } from './site-index';

let code: string | undefined;

/** Astro's `site` and `base` for this build, the digest of the code it builds with (read once per build), the feeds' hub and the social images. */
export function keyConfig(): KeyConfig {
  if (code === undefined) {
    const root = fileURLToPath(rootUrl);
    code = codeDigest(root, [relative(root, fileURLToPath(srcDir)), 'astro.config.mjs'], resolve(root, contentDir()));
  }
  return { site: import.meta.env.SITE ?? '', base: import.meta.env.BASE_URL ?? '/', code, hub: websubHub() ?? null, image: socialImage };
}

interface SpecPath<S> {
  params: { id: string };
  props: { spec: S };
}

/** The same paths, each with the key `key` computes from its spec. */
export function withCacheKeys<S>(getStaticPaths: () => Promise<SpecPath<S>[]>, key: (index: SiteIndex, spec: S, config: KeyConfig) => string) {
  return async (): Promise<(SpecPath<S> & { cacheKey: string })[]> => {
    const [paths, data] = await Promise.all([getStaticPaths(), getSiteData()]);
    const config = keyConfig();
    return paths.map((path) => ({ ...path, cacheKey: key(data, path.props.spec, config) }));
  };
}
