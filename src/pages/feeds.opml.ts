import type { APIRoute } from 'astro';
import { opmlFolders } from '../lib/feed-list';
import { opmlDocument } from '../lib/opml';
import { href } from '../lib/paths';
import { site as siteConfig } from '../lib/site-config';
import { getSiteData } from '../lib/site-data';
import { requireSite } from '../lib/build-env';
import { fileResponse } from '../lib/export-data';

export const GET: APIRoute = async ({ site }) => {
  const origin = requireSite(site).origin;
  const folders = opmlFolders(await getSiteData(), (path) => new URL(href(path), origin).href);
  return fileResponse(opmlDocument(`${siteConfig.title}: every feed`, folders), 'text/x-opml');
};
