import { entityChangeFeedRoute } from '../../../lib/feeds';
import { electrolyteChangeFeeds } from '../../../lib/feed-list';
import { changeFeedKey } from '../../../lib/cache-keys';
import { withCacheKeys } from '../../../lib/cache-key-routes';

const route = entityChangeFeedRoute(electrolyteChangeFeeds);
export const getStaticPaths = withCacheKeys(route.getStaticPaths, changeFeedKey);
export const GET = route.GET;
