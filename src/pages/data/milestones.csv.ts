import type { APIRoute } from 'astro';
import { exportProgrammes, fileResponse } from '../../lib/export-data';
import { milestonesCsv } from '../../lib/exports';

export const GET: APIRoute = async ({ site }) => fileResponse(milestonesCsv((await exportProgrammes(site!)).programmes), 'text/csv');
