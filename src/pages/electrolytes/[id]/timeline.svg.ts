import { electrolyteEmbeds } from '../../../lib/embed-list';
import { embedRoute } from '../../../lib/embed-route';

const route = embedRoute(electrolyteEmbeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
