/** getStaticPaths and GET for the embeddable SVG files, one per spec of embed-list.ts. */
import type { APIRoute } from 'astro';
import { requireSite } from './build-env';
import type { EmbedSpec } from './embed-list';
import { href } from './paths';
import { site as siteConfig } from './site-config';
import { getSiteData, type SiteData } from './site-data';
import { standaloneTimelineSvg } from './timeline-svg';

export function embedRoute(specs: (data: SiteData) => EmbedSpec[]) {
  return {
    getStaticPaths: async () => specs(await getSiteData()).map((spec) => ({ params: { id: spec.id }, props: { spec } })),
    GET: (({ props, site }) => {
      const spec = (props as { spec: EmbedSpec }).spec;
      const page = new URL(href(spec.pagePath), requireSite(site).origin).href;
      const body = standaloneTimelineSvg(spec.layout, { title: spec.title, desc: spec.desc, credit: `${siteConfig.title} · ${page}` });
      return new Response(body, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
    }) satisfies APIRoute,
  };
}
