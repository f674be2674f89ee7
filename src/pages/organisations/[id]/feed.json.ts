import { entityJsonFeedRoute } from '../../../lib/feeds';
import { organisationFeeds } from '../../../lib/feed-list';

const route = entityJsonFeedRoute(organisationFeeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
