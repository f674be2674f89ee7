import type { APIRoute } from 'astro';
import { exportProgrammes, fileResponse } from '../../lib/export-data';
import { programmesJson } from '../../lib/exports';
import { href } from '../../lib/paths';

export const GET: APIRoute = async ({ site }) => {
  const { programmes, asOf } = await exportProgrammes(site!);
  const doc = programmesJson(programmes, {
    asOf,
    site: new URL(href('/'), site).href,
    schemaUrl: new URL(href('/data/programmes.schema.json'), site).href,
  });
  return fileResponse(`${JSON.stringify(doc, null, 2)}\n`, 'application/json');
};
