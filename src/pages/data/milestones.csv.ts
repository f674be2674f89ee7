import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/export-data';
import { milestonesCsv } from '../../lib/exports';
import { getSiteData } from '../../lib/site-data';
import { requireSite } from '../../lib/build-env';

export const GET: APIRoute = async ({ site }) => fileResponse(milestonesCsv((await getSiteData()).programmes, requireSite(site).origin), 'text/csv');
