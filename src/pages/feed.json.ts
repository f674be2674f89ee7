import type { APIRoute } from 'astro';
import { jsonNewsFeedResponse } from '../lib/feeds';
import { mainFeed } from '../lib/feed-list';
import { getSiteData } from '../lib/site-data';
import { requireSite } from '../lib/build-env';

export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  return jsonNewsFeedResponse(mainFeed(data), data, requireSite(site));
};
