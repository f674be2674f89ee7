import { entityFeedRoute } from '../../../lib/feeds';
import { organisationFeeds } from '../../../lib/feed-list';

const route = entityFeedRoute(organisationFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
