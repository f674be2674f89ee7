import type { APIRoute } from 'astro';
import { exportProgrammes, fileResponse } from '../../lib/export-data';
import { milestonesIcs } from '../../lib/exports';
import { site as siteConfig } from '../../lib/site-config';

export const GET: APIRoute = async ({ site }) => {
  const { programmes, asOf } = await exportProgrammes(site!);
  return fileResponse(milestonesIcs(programmes, { asOf, host: site!.host, name: `${siteConfig.title}: milestones` }), 'text/calendar');
};
