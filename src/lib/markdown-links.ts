/**
 * Sätteri (Astro 7's Markdown processor) plugin that prefixes the deployment
 * base onto root-relative links written in content ("/programmes/catl/"), so
 * authors write site paths and the site still works under a sub-path.
 */
import type { MdastPluginDefinition } from 'satteri';
import { withBase } from './paths';

export function baseLinksPlugin(base: string): MdastPluginDefinition {
  return {
    name: 'base-links',
    link(node, ctx) {
      const url = withBase(node.url, base);
      if (url !== node.url) ctx.setProperty(node, 'url', url);
    },
  };
}
