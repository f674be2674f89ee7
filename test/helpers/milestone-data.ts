/** Milestone data for unit tests, shaped as the schema outputs it (targets parsed). */
import { parseTarget } from '../../src/lib/targets';
import type { Source } from '../../src/lib/schemas/common';

/** One announcement of `target` made on `announced`, citing `source`. */
export const announcementOf = (source: Source) => (announced: string, target: string, stated = target) => ({
  announced,
  target: parseTarget(target),
  stated,
  source,
});
