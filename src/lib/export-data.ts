/** The programme list in export shape, with absolute page URLs; shared by the /data/ endpoints. */
import type { ExportProgramme } from './exports';
import { href } from './paths';
import { getSiteData } from './site-data';

export async function exportProgrammes(site: URL): Promise<{ programmes: ExportProgramme[]; asOf: string }> {
  const data = await getSiteData();
  return {
    asOf: data.asOf,
    programmes: data.programmes.map((p) => ({
      id: p.entry.id,
      data: p.entry.data,
      row: p.row,
      milestones: p.milestones,
      url: new URL(href(`/programmes/${p.entry.id}/`), site).href,
    })),
  };
}

/** A response with the given type; text files are served as UTF-8. */
export function fileResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}
