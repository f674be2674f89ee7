import { entityJsonFeedRoute } from '../../../lib/feeds';
import { programmeFeeds } from '../../../lib/feed-list';
import { newsFeedKey } from '../../../lib/cache-keys';
import { withCacheKeys } from '../../../lib/cache-key-routes';

const route = entityJsonFeedRoute(programmeFeeds);
export const getStaticPaths = withCacheKeys(route.getStaticPaths, newsFeedKey);
export const GET = route.GET;
