import { programmeEmbeds } from '../../../lib/embed-list';
import { embedRoute } from '../../../lib/embed-route';

const route = embedRoute(programmeEmbeds);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
