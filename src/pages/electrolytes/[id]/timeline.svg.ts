import { electrolyteEmbeds } from '../../../lib/embed-list';
import { embedRoute } from '../../../lib/embed-route';
import { embedKey } from '../../../lib/cache-keys';
import { withCacheKeys } from '../../../lib/cache-key-routes';

const route = embedRoute(electrolyteEmbeds);
export const getStaticPaths = withCacheKeys(route.getStaticPaths, embedKey);
export const GET = route.GET;
