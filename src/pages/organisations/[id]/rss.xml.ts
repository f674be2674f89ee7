import { entityFeedRoute } from '../../../lib/feeds';
import { organisationFeeds } from '../../../lib/feed-list';
import { newsFeedKey } from '../../../lib/cache-keys';
import { withCacheKeys } from '../../../lib/cache-key-routes';

const route = entityFeedRoute(organisationFeeds);
export const getStaticPaths = withCacheKeys(route.getStaticPaths, newsFeedKey);
export const GET = route.GET;
