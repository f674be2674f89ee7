/**
 * The Astro side of the incremental-build keys (src/lib/cache-keys.ts): the
 * deployment settings as this build sees them, and a wrapper that adds a
 * `cacheKey` to every path a route-factory's getStaticPaths returns (feeds,
 * calendars, embeds), computed from the spec the path renders.
 */
import { getSiteData } from './site-data';
import type { KeyConfig } from './cache-keys';
import type { SiteIndex } from './site-index';

/** Astro's `site` and `base` for this build. */
export function keyConfig(): KeyConfig {
  return { site: import.meta.env.SITE ?? '', base: import.meta.env.BASE_URL ?? '/' };
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
