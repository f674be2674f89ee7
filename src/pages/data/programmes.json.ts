import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/export-data';
import { programmesJson } from '../../lib/exports';
import { paths } from '../../lib/paths';
import { getSiteData } from '../../lib/site-data';
import { requireSite } from '../../lib/build-env';

export const GET: APIRoute = async ({ site }) => {
  const { programmes, asOf } = await getSiteData();
  const doc = programmesJson(programmes, {
    asOf,
    site: new URL(paths.home(), site).href,
    schemaUrl: new URL(paths.dataFile('programmes.schema.json'), site).href,
    origin: requireSite(site).origin,
  });
  return fileResponse(`${JSON.stringify(doc, null, 2)}\n`, 'application/json');
};
