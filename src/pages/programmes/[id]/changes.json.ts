import { entityJsonChangeFeedRoute } from '../../../lib/feeds';
import { programmeChangeFeeds } from '../../../lib/feed-list';

const route = entityJsonChangeFeedRoute(programmeChangeFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
