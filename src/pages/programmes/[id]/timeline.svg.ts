import { programmeEmbeds } from '../../../lib/embed-list';
import { embedRoute } from '../../../lib/embed-route';
import { embedKey } from '../../../lib/cache-keys';
import { withCacheKeys } from '../../../lib/cache-key-routes';

const route = embedRoute(programmeEmbeds);
export const getStaticPaths = withCacheKeys(route.getStaticPaths, embedKey);
export const GET = route.GET;
