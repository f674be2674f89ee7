import type { APIRoute } from 'astro';
import { jsonChangeFeedResponse } from '../lib/feeds';
import { mainChangeFeed } from '../lib/feed-list';
import { getSiteData } from '../lib/site-data';
import { requireSite } from '../lib/build-env';

export const GET: APIRoute = async ({ site }) => jsonChangeFeedResponse(mainChangeFeed(await getSiteData()), requireSite(site));
