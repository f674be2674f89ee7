import type { APIRoute } from 'astro';
import { exportProgrammes, fileResponse } from '../../lib/export-data';
import { programmesCsv } from '../../lib/exports';

export const GET: APIRoute = async ({ site }) => fileResponse(programmesCsv((await exportProgrammes(site!)).programmes), 'text/csv');
