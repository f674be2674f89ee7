import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/export-data';
import { programmesCsv } from '../../lib/exports';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async ({ site }) => fileResponse(programmesCsv((await getSiteData()).programmes, site!.origin), 'text/csv');
