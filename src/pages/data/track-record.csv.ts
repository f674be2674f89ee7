import type { APIRoute } from 'astro';
import { fileResponse } from '../../lib/export-data';
import { trackRecordCsv } from '../../lib/exports';
import { getSiteData } from '../../lib/site-data';

export const GET: APIRoute = async () => {
  const { programmes, asOf } = await getSiteData();
  return fileResponse(trackRecordCsv(programmes, asOf), 'text/csv');
};
