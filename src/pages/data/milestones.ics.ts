import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/export-data';
import { milestonesIcs } from '../../lib/exports';
import { getSiteData } from '../../lib/site-data';
import { site as siteConfig } from '../../lib/site-config';
import { requireSite } from '../../lib/build-env';

export const GET: APIRoute = async ({ site }) => {
  const { programmes, asOf } = await getSiteData();
  return fileResponse(milestonesIcs(programmes, { asOf, host: requireSite(site).host, name: `${siteConfig.title}: milestones`, origin: requireSite(site).origin }), 'text/calendar');
};
